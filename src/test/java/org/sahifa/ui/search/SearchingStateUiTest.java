package org.sahifa.ui.search;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.search.IndexProgress;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.TestWindow;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.main.MainWindow;
import org.sahifa.ui.settings.Language;
import org.sahifa.ui.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window while the index is built and a search runs (decision 0238), made deterministic by a backend that
 * holds its index build and its search until the test lets them go: the status line counts the articles indexed
 * and can stop the build; the list says it is searching (not the old rows) until the answer comes.
 */
@Tag("ui")
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class SearchingStateUiTest {

    @TempDir
    static Path dir;

    /** Holds the first index build until stopped, and each search until {@link #answer} opens. */
    static final class HeldBackend implements SearchBackend {
        volatile boolean needsIndex = true;
        volatile int builds;
        final CountDownLatch answer = new CountDownLatch(1);

        @Override
        public boolean needsPreparation() {
            return needsIndex;
        }

        @Override
        public void prepare(IndexProgress progress, BooleanSupplier cancelled) throws InterruptedException {
            if (++builds > 1) { // the second build goes through
                progress.indexed(30_317, 30_317);
                needsIndex = false;
                return;
            }
            progress.indexed(1_234, 30_317);
            while (!cancelled.getAsBoolean()) {
                Thread.sleep(10);
            }
            throw new CancellationException();
        }

        @Override
        public Results search(String query, boolean newestFirst, int limit) throws InterruptedException {
            answer.await(30, TimeUnit.SECONDS);
            return new Results(1, List.of(new ArticleRow(1, "أردوغان في أنقرة", "وكالة", null, false, false,
                    "…", List.of("أردوغان"))));
        }

        @Override
        public List<String> suggest(String prefix, int limit) {
            return List.of();
        }
    }

    private final HeldBackend backend = new HeldBackend();
    private TestWindow t;
    private MainWindow window;

    @Start
    void start(Stage primary) throws Exception {
        Path data = Files.createTempDirectory(dir, "lib");
        Settings saved = TestWindow.sized(900, 700);
        saved.language = Language.EN;
        t = new TestWindow(TestLibraries.withArticles(data, 5), data, saved, lib -> backend);
        window = t.window;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        backend.answer.countDown();
        t.close(robot);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theStatusLineCountsTheIndexBuildAndTheListSaysItIsSearching(FxRobot robot) throws Exception {
        // The build started once the listing was in: its count in the interface's number format, and a stop link.
        TestWindow.waitFor(() -> text(robot, "#status-text").contains("1,234 of 30,317"));
        assertThat(text(robot, "#status-text")).isEqualTo("Building the search index: 1,234 of 30,317 articles");
        assertThat(robot.lookup("#status-index-stop").queryAs(Hyperlink.class).isVisible()).isTrue();
        assertThat(window.listView().list().getItems()).hasSize(6);

        // A search typed meanwhile waits for the index, and the list says so instead of showing the listing.
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("Erdogan"));
        TestWindow.waitFor(() -> shown(robot, "#list-searching"));
        assertThat(text(robot, "#list-searching")).isEqualTo("Searching for “Erdogan”…");
        assertThat(text(robot, "#article-count")).isEqualTo("Searching…");
        assertThat(window.listView().searchingShownProperty().get()).isTrue();

        // Stopping the build ends the wait: the listing is back, the status line says the next search starts it again.
        robot.clickOn("#status-index-stop");
        TestWindow.waitFor(() -> !shown(robot, "#list-searching"));
        assertThat(text(robot, "#status-text")).contains("was stopped");
        assertThat(robot.lookup("#status-index-stop").queryAs(Hyperlink.class).isVisible()).isFalse();
        assertThat(window.listView().searchingShownProperty().get()).isFalse();

        // Enter searches again: the build goes through, and the list says "searching" until the answer comes.
        robot.interact(() -> window.searchViewModel().runNow());
        TestWindow.waitFor(() -> shown(robot, "#list-searching"));
        TestWindow.waitFor(() -> text(robot, "#status-text").contains("articles in the library"));
        assertThat(text(robot, "#article-count")).isEqualTo("Searching…");
        backend.answer.countDown();
        TestWindow.waitFor(() -> !shown(robot, "#list-searching"));
        assertThat(text(robot, "#article-count")).isEqualTo("1 result");
        assertThat(window.listView().list().getItems()).extracting(ArticleRow::title)
                .containsExactly("أردوغان في أنقرة");
    }
}
