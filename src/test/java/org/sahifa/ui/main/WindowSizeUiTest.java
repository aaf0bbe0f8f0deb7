package org.sahifa.ui.main;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.TestWindow;
import org.sahifa.ui.settings.Settings;
import org.sahifa.ui.settings.SettingsModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The main window opens at the saved size (or the default), never smaller than its minimum, and keeps it — with
 * and without a window manager ({@code .ci/run} runs the "window" tests a second time under openbox, where
 * JavaFX 21 first showed every new window at 200×200).
 */
@Tag("ui")
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class WindowSizeUiTest {

    @TempDir
    static Path dir;

    private TestWindow t;
    private Stage stage;

    @AfterEach
    void tearDown(FxRobot robot) {
        if (t != null) {
            t.close(robot);
        }
    }

    private SettingsModel open(FxRobot robot, double width, double height) throws Exception {
        Path data = Files.createTempDirectory(dir, "lib");
        Library library = TestLibraries.withArticles(data, 5);
        Settings saved = new Settings();
        saved.windowWidth = width;
        saved.windowHeight = height;
        robot.interact(() -> t = new TestWindow(library, data, saved));
        stage = t.stage;
        // Longer than the window manager takes to settle the window (WindowSize.SETTLE), then some.
        WaitForAsyncUtils.sleep((long) WindowSize.SETTLE.toMillis() + 1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return t.settings;
    }

    @Test
    void opensAtTheSavedSize(FxRobot robot) throws Exception {
        SettingsModel settings = open(robot, 1100, 760);
        assertThat(stage.getWidth()).isCloseTo(1100, within(2.0));
        assertThat(stage.getHeight()).isCloseTo(760, within(2.0));
        // The scene fills the window (less a frame, if any): the panes are laid out at that size.
        assertThat(stage.getScene().getWidth()).isGreaterThan(1050);
        assertThat(stage.getScene().getHeight()).isGreaterThan(700);
        assertThat(stage.getScene().getRoot().getLayoutBounds().getWidth()).isGreaterThan(1050);
        // And the saved size is not overwritten by what the window went through while opening.
        assertThat(settings.windowWidthProperty().get()).isCloseTo(1100, within(2.0));
        assertThat(settings.windowHeightProperty().get()).isCloseTo(760, within(2.0));
    }

    @Test
    void opensAtTheDefaultSizeWithoutSavedSettings(FxRobot robot) throws Exception {
        open(robot, new Settings().windowWidth, new Settings().windowHeight);
        assertThat(stage.getWidth()).isCloseTo(1280, within(2.0));
        assertThat(stage.getHeight()).isCloseTo(820, within(2.0));
    }

    @Test
    void aSavedSizeBelowTheMinimumOpensAtTheMinimum(FxRobot robot) throws Exception {
        open(robot, 500, 400);
        assertThat(stage.getWidth()).isCloseTo(WindowSize.MIN_WIDTH, within(2.0));
        assertThat(stage.getHeight()).isCloseTo(WindowSize.MIN_HEIGHT, within(2.0));
        assertThat(stage.getMinWidth()).isEqualTo(WindowSize.MIN_WIDTH);
    }
}
