package org.sahifa.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.common.FxTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.common.StartupProbe;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.main.MainWindow;
import org.sahifa.ui.settings.SettingsModel;
import org.sahifa.ui.settings.SettingsStore;

import java.nio.file.Path;

/** The Sahifa window: reads the settings from the data folder, builds the main window, saves on every change. */
public final class SahifaApp extends Application {

    private TaskExecutor executor;
    private MainWindow window;
    private SettingsSaver saver;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("fx-start");
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Path dataDir = options.dataDir() != null ? options.dataDir() : org.sahifa.library.DataDirs.defaultDataDir();
        AppFonts.load();
        StartupProbe.mark("fonts");
        executor = new FxTaskExecutor(2);
        SettingsStore store = new SettingsStore(dataDir);
        SettingsModel settings = new SettingsModel(store.load());
        StartupProbe.mark("settings");
        saver = new SettingsSaver(store, settings, executor);
        settings.onChange(saver::schedule);
        I18n i18n = new I18n();
        i18n.languageProperty().bind(settings.languageProperty());
        i18n.digitsProperty().bind(settings.digitsProperty());
        SceneFactory scenes = new SceneFactory(settings);
        window = new MainWindow(stage, scenes, i18n, executor, getHostServices());
        StartupProbe.mark("window-built");
        window.show();
        StartupProbe.mark("window-shown");
        window.open(dataDir, options, LibraryPreload.take(dataDir));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (saver != null) {
            saver.flush();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
