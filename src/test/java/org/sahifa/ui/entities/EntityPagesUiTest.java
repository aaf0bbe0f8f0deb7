package org.sahifa.ui.entities;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.entities.Entity;
import org.sahifa.entities.EntityType;
import org.sahifa.library.Library;
import org.sahifa.ui.TestWindow;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.main.MainWindow;
import org.sahifa.ui.navigation.NavItem;
import org.sahifa.ui.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity pages in the window, on the reference article: a chip above the article opens the place's page (its
 * forms of name listed), the page's search is one click away, an article opened from the page counts every
 * mention (قرة باغ too), and the Places list has a filter field.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EntityPagesUiTest {

    @TempDir
    static Path dir;

    private TestWindow t;
    private Library library;
    private MainWindow window;
    private I18n i18n;
    private long kremlin;
    private Entity karabakh;

    @Start
    void start(Stage primary) throws Exception {
        Path data = Files.createTempDirectory(dir, "lib");
        library = Library.open(data);
        library.imports().importPaths(List.of(EntityPagesWithinReachTest.SEED));
        kremlin = library.articles().scan(0, 10).stream()
                .filter(a -> a.title().startsWith("الكرملين")).findFirst().orElseThrow().id();
        karabakh = library.entities().resolve(EntityType.PLACE, "كاراباخ").orElseThrow();
        t = new TestWindow(library, data, new Settings());
        window = t.window;
        i18n = t.i18n;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        t.close(robot);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        TestWindow.waitFor(condition);
    }

    private void openKremlinArticle(FxRobot robot) throws Exception {
        ListView<ArticleRow> list = window.listView().list();
        waitFor(() -> list.getItems().size() == 2 && list.getItems().stream().allMatch(r -> r != null));
        int index = list.getItems().get(0).id() == kremlin ? 0 : 1;
        robot.interact(() -> list.getSelectionModel().clearAndSelect(index));
        waitFor(() -> window.readerViewModel().loadedProperty().get() != null
                && window.readerViewModel().loadedProperty().get().article().id() == kremlin);
    }

    @Test
    void aChipOpensThePlacePageAndItsArticleCountsEveryMention(FxRobot robot) throws Exception {
        openKremlinArticle(robot);
        waitFor(() -> robot.lookup("#chip-" + karabakh.id()).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#chip-" + karabakh.id()).queryAs(Button.class));
        waitFor(() -> robot.lookup("#entity-name").tryQueryAs(Label.class)
                .map(l -> l.getText().equals(karabakh.name()) && l.getScene() != null).orElse(false));
        // The page, not a search: the navigation shows Places, the search field is untouched.
        assertThat(window.searchViewModel().activeProperty().get()).isFalse();
        assertThat(window.navigationView().list().getSelectionModel().getSelectedItem().kind())
                .isEqualTo(NavItem.Kind.PLACES);
        // And the place is chosen in the list, once the list has loaded.
        waitFor(() -> window.entityViews().list().getSelectionModel().getSelectedItem() != null
                && window.entityViews().list().getSelectionModel().getSelectedItem().entity().id() == karabakh.id());
        // The forms of the name with their article counts.
        javafx.scene.layout.GridPane forms = robot.lookup("#entity-forms").queryAs(javafx.scene.layout.GridPane.class);
        List<String> texts = forms.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("قره باغ", "كاراباخ", i18n.get("entity.formArticles", 2));

        // An article from the page: all eleven mentions highlighted (قرة باغ among them).
        @SuppressWarnings("unchecked")
        ListView<ArticleRow> articles = robot.lookup("#entity-articles").queryAs(ListView.class);
        waitFor(() -> articles.getItems().size() == 2);
        int row = articles.getItems().get(0).id() == kremlin ? 0 : 1;
        robot.interact(() -> articles.getSelectionModel().select(row)); // the list is below the chart: no click

        waitFor(() -> window.readerView().textView().matchCountProperty().get() > 0
                && window.readerViewModel().loadedProperty().get().article().id() == kremlin);
        assertThat(window.readerView().textView().matchCountProperty().get()).isEqualTo(11);
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText())
                .isEqualTo(i18n.get("reader.matchCount", 1, 11));
    }

    @Test
    void thePageSearchesForTheNameInOneClick(FxRobot robot) throws Exception {
        openKremlinArticle(robot);
        waitFor(() -> robot.lookup("#chip-" + karabakh.id()).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#chip-" + karabakh.id()).queryAs(Button.class));
        waitFor(() -> robot.lookup("#entity-search").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#entity-search").queryAs(Button.class));
        waitFor(() -> window.searchViewModel().activeProperty().get()
                && window.listView().list().getItems().size() == 2);
        assertThat(robot.lookup("#search-field").queryAs(TextField.class).getText()).contains(karabakh.name());
    }

    @Test
    void thePlacesListHasAFilterField(FxRobot robot) throws Exception {
        waitFor(() -> window.listView().list().getItems().size() == 2);
        robot.interact(() -> window.navigationView().select(NavItem.Kind.PLACES, null));
        ListView<?> places = window.entityViews().list();
        waitFor(() -> places.getItems().size() > 3);
        TextField filter = robot.lookup("#entity-filter").queryAs(TextField.class);
        robot.clickOn(filter);
        robot.interact(() -> filter.setText("قرة"));
        waitFor(() -> places.getItems().size() == 1);
        assertThat(window.entityViews().list().getItems().get(0).entity().id()).isEqualTo(karabakh.id());
        robot.type(javafx.scene.input.KeyCode.DOWN);
        waitFor(() -> robot.lookup("#entity-name").tryQueryAs(Label.class)
                .map(l -> l.getText().equals(karabakh.name())).orElse(false));
    }
}
