package org.sahifa.ui.main;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;
import org.sahifa.store.ArticleFilter;
import org.sahifa.ui.LaunchOptions;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.FxTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.importer.ImportDialog;
import org.sahifa.ui.settings.Language;
import org.sahifa.ui.settings.SettingsModel;
import org.sahifa.ui.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main flows in a real window: open, select, read, search, bookmark, import a bad file, switch language. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    static Path dir;

    private Library library;
    private MainWindow window;
    private SettingsModel settings;
    private FxTaskExecutor executor;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path data = Files.createTempDirectory(dir, "lib");
        library = TestLibraries.withArticles(data, 30);
        settings = new SettingsModel();
        I18n i18n = new I18n();
        i18n.languageProperty().bind(settings.languageProperty());
        i18n.digitsProperty().bind(settings.digitsProperty());
        executor = new FxTaskExecutor(2);
        window = new MainWindow(stage, new SceneFactory(settings), i18n, executor, null);
        window.show();
        window.attach(library, new LaunchOptions(data, false));
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> stage.close());
        executor.shutdown();
        library.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<ArticleRow> list() {
        return window.listView().list();
    }

    /**
     * Clicks the visible cell of row {@code index} and waits until the reader shows that row's article. Under a
     * loaded machine a click can land while the list is still laying out its cells (a cell being reused, the hidden
     * measuring cell); such a click is repeated, at most three times. A click that never opens the row still fails.
     */
    private void clickRow(FxRobot robot, int index) throws Exception {
        waitFor(() -> list().getItems().size() > index && list().getItems().get(index) != null);
        long id = list().getItems().get(index).id();
        for (int attempt = 1; ; attempt++) {
            Node cell = robot.lookup("#article-list .list-cell").match((ListCell<?> c) -> c.isVisible()
                    && c.getIndex() == index && c.getItem() != null).queryAs(Node.class);
            robot.clickOn(cell);
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.readerViewModel().loadedProperty().get() != null
                        && window.readerViewModel().loadedProperty().get().article().id() == id);
                WaitForAsyncUtils.waitForFxEvents();
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void selectSeed(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 31);
        long seedId = library.articles().list(ArticleFilter.ALL.withSource("فرانس برس"), 0, 1).get(0).id();
        // The seed is the newest article: the first row.
        waitFor(() -> list().getItems().get(0) != null);
        assertThat(list().getItems().get(0).id()).isEqualTo(seedId);
        clickRow(robot, 0);
    }

    @Test
    void openSelectAndReadInRightToLeft(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        selectSeed(robot);
        waitFor(() -> !window.readerView().textView().lineNodes().isEmpty());
        String text = String.join(" ", window.readerView().textView().lineNodes().stream()
                .map(javafx.scene.text.Text::getText).toList());
        assertThat(text).contains("الكرملين").contains("ناغورني كراباخ");
        long id = window.readerViewModel().loadedProperty().get().article().id();
        waitFor(() -> library.articles().require(id).read());
        // j moves to the next article, k back.
        robot.interact(() -> list().requestFocus());
        robot.type(KeyCode.J);
        waitFor(() -> window.readerViewModel().loadedProperty().get().article().id() != id);
        robot.type(KeyCode.K);
        waitFor(() -> window.readerViewModel().loadedProperty().get().article().id() == id);
    }

    @Test
    void bookmarkWithTheKeyboard(FxRobot robot) throws Exception {
        selectSeed(robot);
        long id = window.readerViewModel().loadedProperty().get().article().id();
        robot.interact(() -> list().requestFocus());
        robot.type(KeyCode.B);
        waitFor(() -> library.bookmarks().get(id).isPresent());
        waitFor(() -> list().getItems().get(0).bookmarked());
        robot.type(KeyCode.B);
        waitFor(() -> library.bookmarks().get(id).isEmpty());
    }

    @Test
    void searchShowsResultsAndHighlightsTheMatchedSpelling(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 31);
        robot.interact(() -> list().requestFocus());
        robot.type(KeyCode.SLASH);
        waitFor(() -> robot.lookup("#search-field").queryAs(TextField.class).isFocused());
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("كراباخ"));
        waitFor(() -> window.searchViewModel().activeProperty().get() && list().getItems().size() == 1);
        clickRow(robot, 0);
        waitFor(() -> window.readerView().textView().matchCountProperty().get() > 0);
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText()).isNotEmpty();
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !window.searchViewModel().activeProperty().get() && list().getItems().size() == 31);
    }

    @Test
    void importAFolderWithABrokenFileShowsWhy(FxRobot robot) throws Exception {
        Path in = Files.createTempDirectory(dir, "in");
        Files.writeString(in.resolve("good.jsonl"), "{\"title\": \"خبر مستورد\", \"content\": \"نص مستورد\"}\n");
        Files.writeString(in.resolve("broken.json"), "[{\"title\": \"ناقص\", ");
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = window.importPaths(List.of(in)));
        waitFor(() -> robot.lookup("#import-rejected").tryQueryAs(ListView.class)
                .map(l -> l.getItems().size() == 1).orElse(false));
        @SuppressWarnings("unchecked")
        ListView<org.sahifa.ingest.ImportProblem> rejected =
                robot.lookup("#import-rejected").queryAs(ListView.class);
        assertThat(rejected.getItems().get(0).file().getFileName().toString()).isEqualTo("broken.json");
        assertThat(robot.lookup("#import-message").queryAs(Label.class).getText()).contains("مقالة واحدة").contains("١");
        waitFor(() -> list().getItems().size() == 32);
        robot.interact(() -> dialog[0].stage().close());
    }

    @Test
    void switchLanguageAndThemeWithoutRestart(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 31);
        robot.interact(() -> {
            settings.languageProperty().set(Language.EN);
            settings.digitsProperty().set(org.sahifa.ui.settings.Digits.LATIN);
            settings.themeProperty().set(Theme.DARK);
        });
        assertThat(stage.getScene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
        assertThat(stage.getTitle()).isEqualTo("Sahifa");
        assertThat(robot.lookup("#article-count").queryAs(Label.class).getText()).isEqualTo("31 articles");
        robot.interact(() -> {
            settings.languageProperty().set(Language.AR);
            settings.digitsProperty().set(org.sahifa.ui.settings.Digits.ARABIC_INDIC);
        });
        assertThat(stage.getScene().getRoot().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(robot.lookup("#article-count").queryAs(Label.class).getText()).isEqualTo("٣١ مقالة");
        robot.interact(() -> settings.languageProperty().set(Language.EN));
        assertThat(robot.lookup("#article-count").queryAs(Label.class).getText()).isEqualTo("٣١ articles");
    }
}
