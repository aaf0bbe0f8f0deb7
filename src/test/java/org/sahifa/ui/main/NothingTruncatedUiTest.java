package org.sahifa.ui.main;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.TestWindow;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.navigation.NavItem;
import org.sahifa.ui.settings.Digits;
import org.sahifa.ui.settings.Language;
import org.sahifa.ui.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No control is cut, from the minimum window size with the largest text and interface sizes to the default window:
 * every visible {@link Labeled} (buttons, labels, menus, check boxes, combo boxes, navigation entries) shows its
 * whole text — the text drawn equals the control's text (no "…") and lies inside every clip around it (a pane of
 * the split, a scroll pane) and inside the window. Checked with an article open, bookmarked (the longest button
 * text), a search with its match counter and the filter row shown, and on an entity page, in Arabic and English.
 * The summary lines of list rows (an article's title, source and date, snippet; an entity's line of spellings) are
 * content, not controls: they may end in "…" (the whole text is in the reader or on the page) and are not checked;
 * an entity's name and figures in the list are.
 */
@Tag("ui")
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class NothingTruncatedUiTest {

    @TempDir
    static Path dir;

    private TestWindow t;
    private MainWindow window;

    @AfterEach
    void tearDown(FxRobot robot) {
        if (t != null) {
            t.close(robot);
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        TestWindow.waitFor(condition);
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, text {3}, interface {4}")
    @CsvSource({
            "AR, 900, 600, 36, 22",
            "EN, 900, 600, 36, 22",
            "AR, 1280, 820, 19, 17",
            "EN, 1280, 820, 19, 17",
    })
    void noControlIsCut(Language language, double width, double height, double textSize, double interfaceSize,
                        FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory(dir, "lib");
        Library library = TestLibraries.withArticles(data, 30);
        Settings saved = new Settings();
        saved.windowWidth = width;
        saved.windowHeight = height;
        saved.fontSize = textSize;
        saved.interfaceSize = interfaceSize;
        saved.language = language;
        saved.digits = language == Language.AR ? Digits.ARABIC_INDIC : Digits.LATIN;
        assertThat(width).isGreaterThanOrEqualTo(WindowSize.MIN_WIDTH);
        assertThat(textSize).isLessThanOrEqualTo(Settings.MAX_FONT_SIZE);
        if (width == WindowSize.MIN_WIDTH) {
            assertThat(height).isEqualTo(WindowSize.MIN_HEIGHT);
            assertThat(textSize).isEqualTo(Settings.MAX_FONT_SIZE);
            assertThat(interfaceSize).isEqualTo(Settings.MAX_INTERFACE_SIZE);
        }
        robot.interact(() -> t = new TestWindow(library, data, saved));
        window = t.window;
        Stage stage = t.stage;
        WaitForAsyncUtils.sleep((long) WindowSize.SETTLE.toMillis() + 500, TimeUnit.MILLISECONDS);
        ListView<ArticleRow> list = window.listView().list();
        waitFor(() -> list.getItems().size() == 31 && list.getItems().get(0) != null);

        // A search with matches, its result open and bookmarked, the filter row shown.
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("كراباخ"));
        waitFor(() -> window.searchViewModel().activeProperty().get() && list.getItems().size() == 1);
        robot.interact(() -> window.searchBar().suggestions().hide());
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> window.readerViewModel().loadedProperty().get() != null
                && window.readerView().textView().matchCountProperty().get() > 0);
        robot.interact(() -> window.readerViewModel().toggleBookmark());
        waitFor(() -> window.readerViewModel().bookmarkedProperty().get());
        robot.interact(() -> robot.lookup("#search-filters").queryAs(ToggleButton.class).setSelected(true));
        settle();
        assertThat(truncated(stage.getScene())).as("reader, bookmarked, with a search").isEmpty();

        // An entity page.
        robot.interact(() -> window.navigationView().select(NavItem.Kind.PLACES, null));
        waitFor(() -> !window.entityViews().list().getItems().isEmpty());
        robot.interact(() -> window.entityViews().list().getSelectionModel().select(0));
        waitFor(() -> robot.lookup("#entity-name").tryQuery().map(n -> n.getScene() != null).orElse(false));
        settle();
        assertThat(truncated(stage.getScene())).as("entity page").isEmpty();
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Descriptions of the visible labelled controls whose text is not shown whole. */
    static List<String> truncated(Scene scene) {
        List<String> out = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        visit(scene.getRoot(), scene, out);
        return out;
    }

    private static void visit(Node node, Scene scene, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node.getStyleClass().contains("row-title") || node.getStyleClass().contains("row-meta")
                || node.getStyleClass().contains("row-snippet") || node.getStyleClass().contains("row-matched")) {
            return; // the lines of a row in a list: content summaries (see the class comment)
        }
        if (node instanceof Labeled l) {
            check(l, scene, out);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, scene, out);
            }
        }
    }

    /** The node that draws a labelled control's text: its own Text, or that of the label inside (menu buttons). */
    private static Text shownText(Labeled l, String text) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t;
            }
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Labeled inner && text.equals(inner.getText())) {
                return shownText(inner, text);
            }
        }
        return null;
    }

    private static void check(Labeled l, Scene scene, List<String> out) {
        String text = l.getText();
        if (text == null || text.isBlank() || (l instanceof ListCell<?> c && c.isEmpty())) {
            return;
        }
        Text shown = shownText(l, text);
        String what = l.getClass().getSimpleName() + (l.getId() == null ? "" : "#" + l.getId()) + " «" + text + "»";
        if (shown == null || !shown.isVisible() || !text.equals(shown.getText())) {
            out.add(what + " shows «" + (shown == null ? "" : shown.getText()) + "»");
            return;
        }
        if (l.isWrapText() && shown.getWrappingWidth() > 0) {
            for (String word : text.split("\\s+")) {
                Text w = new Text(word);
                w.setFont(shown.getFont());
                if (w.getLayoutBounds().getWidth() > shown.getWrappingWidth() + 0.5) {
                    out.add(what + " breaks the word «" + word + "» (" + w.getLayoutBounds().getWidth() + " > "
                            + shown.getWrappingWidth() + ")");
                    return;
                }
            }
        }
        Bounds b = shown.localToScene(shown.getLayoutBounds());
        if (b.getMinX() < -1 || b.getMaxX() > scene.getWidth() + 1) {
            out.add(what + " runs past the window: " + b.getMinX() + ".." + b.getMaxX());
            return;
        }
        for (Node a = l.getParent(); a != null; a = a.getParent()) {
            if (a.getClip() != null) {
                Bounds clip = a.localToScene(a.getClip().getBoundsInParent());
                if (b.getMinX() < clip.getMinX() - 1 || b.getMaxX() > clip.getMaxX() + 1) {
                    out.add(what + " is cut by " + a.getClass().getSimpleName() + ": " + b.getMinX() + ".."
                            + b.getMaxX() + " outside " + clip.getMinX() + ".." + clip.getMaxX());
                    return;
                }
            }
        }
    }
}
