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
    private org.sahifa.archive.ArchiveClient archiveClient;

    /** {@code --archive URL/C}: the window searches that shared archive (docs/archive.md), or {@code null}. */
    static String archiveOption(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--archive") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith("--archive=")) {
                return args.get(i).substring("--archive=".length());
            }
        }
        return null;
    }

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
        String archive = archiveOption(getParameters().getRaw());
        if (archive != null) {
            org.sahifa.archive.ArchiveAddress address = org.sahifa.archive.ArchiveAddress.parse(archive);
            org.sahifa.archive.ArchiveClient client = new org.sahifa.archive.ArchiveClient(address);
            archiveClient = client;
            window.useArchive(new org.sahifa.archive.ArchiveSearch(client, address));
        }
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
        if (archiveClient != null) {
            archiveClient.close();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
