package org.sahifa.ui;

import javafx.stage.Stage;
import org.sahifa.library.Library;
import org.sahifa.ui.common.FxTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.main.MainWindow;
import org.sahifa.ui.settings.Settings;
import org.sahifa.ui.settings.SettingsModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The main window of a UI test in a stage of its own, around a library, with the given saved settings; closed
 * with everything it started. Build it on the JavaFX thread (in {@code @Start} or {@code robot.interact}).
 */
public final class TestWindow {

    public final Library library;
    public final SettingsModel settings;
    public final I18n i18n = new I18n();
    public final FxTaskExecutor executor = new FxTaskExecutor(2);
    public final Stage stage = new Stage();
    public final MainWindow window;

    public TestWindow(Library library, Path data, Settings saved) {
        this(library, data, saved, null);
    }

    /** A window whose searches go to the backend {@code backends} makes (the engine's when {@code null}). */
    public TestWindow(Library library, Path data, Settings saved,
                      java.util.function.Function<Library, org.sahifa.ui.search.SearchBackend> backends) {
        this.library = library;
        this.settings = new SettingsModel(saved);
        i18n.languageProperty().bind(settings.languageProperty());
        i18n.digitsProperty().bind(settings.digitsProperty());
        window = new MainWindow(stage, new SceneFactory(settings), i18n, executor, null);
        if (backends != null) {
            window.setSearchBackends(backends);
        }
        window.show();
        window.attach(library, new LaunchOptions(data, false));
    }

    /** Settings with the window at {@code width} × {@code height}, the rest the defaults. */
    public static Settings sized(double width, double height) {
        Settings saved = new Settings();
        saved.windowWidth = width;
        saved.windowHeight = height;
        return saved;
    }

    /** Lets a query typed last run (the search waits 250 ms for more typing), then closes everything. */
    public void close(FxRobot robot) {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(stage::close);
        executor.shutdown();
        library.close();
    }

    /** Waits (30 s at most) until {@code condition} holds, then for the JavaFX events it caused. */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
