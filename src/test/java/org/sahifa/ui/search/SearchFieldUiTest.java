package org.sahifa.ui.search;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.TestWindow;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.main.MainWindow;
import org.sahifa.ui.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The search field from the keyboard: "/" to get there, Down to the results; its suggestions inside the window. */
@Tag("ui")
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class SearchFieldUiTest {

    @TempDir
    static Path dir;

    private TestWindow t;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        Path data = Files.createTempDirectory(dir, "lib");
        Settings saved = TestWindow.sized(900, 700);
        t = new TestWindow(TestLibraries.withArticles(data, 30), data, saved);
        window = t.window;
        stage = t.stage;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        t.close(robot);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        TestWindow.waitFor(condition);
    }

    private ListView<ArticleRow> list() {
        return window.listView().list();
    }

    private TextField field(FxRobot robot) {
        return robot.lookup("#search-field").queryAs(TextField.class);
    }

    @Test
    void slashFromTheListFocusesTheSearchWithoutTypingASlash(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 31);
        robot.interact(() -> list().requestFocus());
        robot.type(KeyCode.SLASH);
        waitFor(() -> field(robot).isFocused());
        assertThat(field(robot).getText()).isEmpty();
        // With a query in the field, "/" selects it (to type over) and still types nothing.
        robot.interact(() -> field(robot).setText("باكو"));
        robot.interact(() -> list().requestFocus());
        robot.type(KeyCode.SLASH);
        waitFor(() -> field(robot).isFocused());
        assertThat(field(robot).getText()).isEqualTo("باكو");
        assertThat(field(robot).getSelectedText()).isEqualTo("باكو");
        // In the field, "/" is a character like any other.
        robot.interact(() -> field(robot).end());
        robot.type(KeyCode.SLASH);
        waitFor(() -> field(robot).getText().equals("باكو/"));
    }

    @Test
    void downFromTheFieldReachesTheResults(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 31);
        robot.interact(() -> {
            field(robot).requestFocus();
            field(robot).setText("كراباخ");
        });
        waitFor(() -> window.searchViewModel().activeProperty().get() && list().getItems().size() == 1);
        robot.interact(() -> window.searchBar().suggestions().hide());
        robot.interact(() -> field(robot).requestFocus());
        robot.type(KeyCode.DOWN);
        waitFor(() -> list().isFocused());
        assertThat(list().getSelectionModel().getSelectedIndex()).isZero();
        waitFor(() -> window.readerViewModel().loadedProperty().get() != null
                && window.readerViewModel().loadedProperty().get().article().id() == list().getItems().get(0).id());
        // And on down the list from there.
        robot.interact(() -> field(robot).setText(""));
        waitFor(() -> list().getItems().size() == 31);
        robot.interact(() -> field(robot).requestFocus());
        robot.type(KeyCode.DOWN);
        waitFor(() -> list().isFocused());
        robot.type(KeyCode.DOWN);
        waitFor(() -> list().getSelectionModel().getSelectedIndex() >= 1);
    }

    @Test
    void suggestionsStayInsideTheWindow(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 31);
        robot.interact(() -> {
            field(robot).requestFocus();
            // the start of a name the library tags (suggestions are names only, decision 0164)
            field(robot).setText("كاراب");
        });
        ContextMenu popup = window.searchBar().suggestions();
        waitFor(popup::isShowing);
        assertThat(popup.getItems()).isNotEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popup.getX()).isGreaterThanOrEqualTo(stage.getX() - 1);
        assertThat(popup.getX() + popup.getWidth()).isLessThanOrEqualTo(stage.getX() + stage.getWidth() + 1);
        // Under the field, on the side where Arabic text starts (its right).
        javafx.geometry.Bounds f = field(robot).localToScreen(field(robot).getBoundsInLocal());
        assertThat(popup.getY()).isGreaterThanOrEqualTo(f.getMaxY() - 12);
        assertThat(popup.getX() + popup.getWidth()).isGreaterThan(f.getMaxX() - 40);
    }
}
