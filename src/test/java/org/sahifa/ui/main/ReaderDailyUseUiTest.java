package org.sahifa.ui.main;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleFilter;
import org.sahifa.ui.LaunchOptions;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.FxTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.navigation.NavItem;
import org.sahifa.ui.settings.Language;
import org.sahifa.ui.settings.SettingsModel;
import org.sahifa.ui.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12 in a real window: contrast of selected rows, a reader that never goes stale, notes, loose ends. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReaderDailyUseUiTest {

    private static final String LONG_TITLE = "تقرير طويل عن الموانئ";
    private static final String RARE_WORD = "زنجبيل";

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
        library = TestLibraries.withArticles(data, 12);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            body.append("الفقرة ").append(i).append(" تتحدث عن حركة السفن في الموانئ وعن البضائع والركاب.\n\n");
        }
        body.append("وفي الختام ذكر التقرير تجارة ال").append(RARE_WORD).append(" في الميناء.");
        library.store(List.of(new ArticleDraft(LONG_TITLE, null, body.toString(), null, "long", "وكالة", null, "ar",
                Instant.parse("2023-08-01T08:00:00Z"))));
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

    private void search(FxRobot robot, String query) throws Exception {
        robot.interact(() -> {
            window.searchViewModel().queryProperty().set(query);
            window.searchViewModel().runNow();
        });
        waitFor(() -> window.searchViewModel().activeProperty().get() && !list().getItems().isEmpty()
                && list().getItems().get(0) != null && !list().getItems().get(0).matched().isEmpty());
    }

    private void open(FxRobot robot, int index) throws Exception {
        long id = list().getItems().get(index).id();
        robot.interact(() -> list().getSelectionModel().clearAndSelect(index));
        waitFor(() -> window.readerViewModel().loadedProperty().get() != null
                && window.readerViewModel().loadedProperty().get().article().id() == id);
    }

    private ListCell<?> visibleCell(FxRobot robot, int index) {
        return robot.lookup("#article-list .list-cell").match((ListCell<?> c) -> c.isVisible()
                && c.getIndex() == index && c.getItem() != null).queryAs(ListCell.class);
    }

    private static double contrast(Paint a, Paint b) {
        return org.sahifa.ui.common.ThemeContrastTestAccess.ratio((Color) a, (Color) b);
    }

    /** The colour on top of a region's background: its last fill (the end colour of a gradient). */
    private static Color background(Region r) {
        List<javafx.scene.layout.BackgroundFill> fills = r.getBackground().getFills();
        Paint top = fills.get(fills.size() - 1).getFill();
        if (top instanceof javafx.scene.paint.LinearGradient g) {
            return g.getStops().get(g.getStops().size() - 1).getColor();
        }
        return (Color) top;
    }

    @Test
    void theSelectedRowAndTheSearchPromptAreReadableInEveryTheme(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 14 && list().getItems().get(0) != null);
        robot.interact(() -> list().getSelectionModel().clearAndSelect(0));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> settings.themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            ListCell<?> cell = visibleCell(robot, 0);
            assertThat(cell.isSelected()).isTrue();
            Color bg = background(cell);
            for (Node n : cell.lookupAll(".label")) {
                Label l = (Label) n;
                if (l.isVisible() && l.getText() != null && !l.getText().isBlank()
                        && !l.getStyleClass().contains("star")) {
                    assertThat(contrast(l.getTextFill(), bg)).as("%s: «%s» on the selected row", theme, l.getText())
                            .isGreaterThanOrEqualTo(4.5);
                }
            }
            TextField field = robot.lookup("#search-field").queryAs(TextField.class);
            Text prompt = (Text) field.lookupAll(".text").stream()
                    .filter(t -> t instanceof Text x && field.getPromptText().equals(x.getText()))
                    .findFirst().orElseThrow();
            assertThat(contrast(prompt.getFill(), background(field))).as("%s: the search placeholder", theme)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void aNewSearchLeavesNoOldHighlightsAndTheFirstMatchIsOnScreen(FxRobot robot) throws Exception {
        search(robot, RARE_WORD);
        open(robot, 0);
        waitFor(() -> window.readerView().textView().matchCountProperty().get() == 1);
        ScrollPane scroll = (ScrollPane) window.readerView().root().lookup(".reader-scroll");
        double[] view = new double[3];
        List<javafx.geometry.Bounds> match = new ArrayList<>();
        robot.interact(() -> {
            double content = window.readerView().textView().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            view[0] = scroll.getVvalue() * (content - viewport);
            view[1] = viewport;
            view[2] = content;
            match.addAll(window.readerView().textView().matchBounds());
        });
        assertThat(view[2]).as("the article is longer than the pane").isGreaterThan(view[1] * 2);
        assertThat(match.get(0).getMinY()).as("the first match is on screen").isBetween(view[0], view[0] + view[1]);

        search(robot, "باكو"); // the numbered articles; not the open one
        waitFor(() -> window.readerView().textView().matchCountProperty().get() == 0);
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText()).isEmpty();
        assertThat(window.readerViewModel().highlightsProperty().get()).isEmpty();
    }

    @Test
    void switchingToEnglishRewritesEveryRowsMetaLineWithLatinDigits(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 14 && list().getItems().get(1) != null);
        waitFor(() -> ((Label) visibleCell(robot, 1).lookup(".row-meta")).getText().contains("٢٠٢٣"));
        robot.interact(() -> settings.languageProperty().set(Language.EN));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 5; i++) {
            Label label = (Label) visibleCell(robot, i).lookup(".row-meta");
            String meta = label.getText();
            assertThat(meta).as("row %s", i).contains("2023").doesNotContain("٢٠٢٣").doesNotContain("سبتمبر");
            // And it reads left to right: the Arabic source name first (at the left), then the date.
            Text drawn = (Text) label.lookup(".text");
            String shown = drawn.getText();
            int source = shown.indexOf(" — ") - 3; // the last letters of the (Arabic) source name
            int year = shown.indexOf("2023");
            assertThat(source).as("«%s»", shown).isGreaterThanOrEqualTo(0);
            assertThat(year).as("«%s»", shown).isGreaterThan(source);
            double[] x = new double[2];
            robot.interact(() -> {
                x[0] = drawn.rangeShape(source, source + 3)[0] instanceof javafx.scene.shape.MoveTo m ? m.getX() : -1;
                x[1] = drawn.rangeShape(year, year + 4)[0] instanceof javafx.scene.shape.MoveTo m ? m.getX() : -1;
            });
            assertThat(x[0]).as("row %s: the source before the date", i).isLessThan(x[1]);
        }
    }

    @Test
    void notesAndTagsAreShownAndATagFiltersTheBookmarks(FxRobot robot) throws Exception {
        waitFor(() -> list().getItems().size() == 14 && list().getItems().get(0) != null);
        open(robot, 0);
        long id = window.readerViewModel().loadedProperty().get().article().id();
        robot.interact(() -> window.readerViewModel().saveBookmark("للمتابعة مع المحرر", "قره_باغ، روسيا"));
        waitFor(() -> robot.lookup("#bookmark-note-text").tryQueryAs(Label.class).isPresent());
        assertThat(robot.lookup("#bookmark-note-text").queryAs(Label.class).getText()).contains("للمتابعة مع المحرر");
        Set<Button> tagChips = robot.lookup("#bookmark-info .tag-chip").queryAllAs(Button.class);
        assertThat(tagChips).extracting(Button::getText).containsExactlyInAnyOrder("قره_باغ", "روسيا");
        waitFor(() -> window.navigationView().list().getItems().stream().anyMatch(i -> i.kind() == NavItem.Kind.TAG));
        Button karabakh = tagChips.stream().filter(b -> b.getText().equals("قره_باغ")).findFirst().orElseThrow();
        robot.interact(karabakh::fire);
        waitFor(() -> list().getItems().size() == 1 && list().getItems().get(0) != null
                && list().getItems().get(0).id() == id);
        waitFor(() -> visibleCell(robot, 0).lookup("#row-note").isVisible());
        assertThat(((Label) visibleCell(robot, 0).lookup("#row-note")).getText())
                .contains("للمتابعة مع المحرر").contains("قره_باغ");
        assertThat(library.articles().count(ArticleFilter.ALL.withTag("روسيا"))).isEqualTo(1);
    }

    @Test
    void aboutSpeaksArabicAndHelpListsEveryShortcutThatTheMenusShow(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().stream().filter(m -> "menu-help".equals(m.getId())).findFirst().orElseThrow();
        MenuItem about = help.getItems().get(help.getItems().size() - 1);
        Platform.runLater(about::fire);
        waitFor(() -> robot.lookup("#about-dialog").tryQueryAs(DialogPane.class).isPresent());
        DialogPane pane = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(pane.getButtonTypes()).extracting(b -> b.getText()).containsExactly("موافق");
        robot.interact(() -> pane.getScene().getWindow().hide());

        Menu go = bar.getMenus().stream().filter(m -> "menu-go".equals(m.getId())).findFirst().orElseThrow();
        assertThat(go.getItems()).isNotEmpty().allMatch(i -> i.getAccelerator() != null);
        MenuItem shortcuts = help.getItems().stream().filter(i -> "menu-shortcuts".equals(i.getId()))
                .findFirst().orElseThrow();
        Platform.runLater(shortcuts::fire);
        waitFor(() -> robot.lookup("#shortcuts-list").tryQueryAs(GridPane.class).isPresent());
        GridPane grid = robot.lookup("#shortcuts-list").queryAs(GridPane.class);
        List<String> shown = grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        List<String> accelerators = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i.getAccelerator() != null) {
                    accelerators.add(i.getAccelerator().getDisplayText());
                    assertThat(shown).as("the list names «%s»", i.getText()).contains(i.getText());
                }
            }
        }
        assertThat(shown).containsAll(accelerators).contains("J", "K", "Escape");
        assertThat(accelerators).hasSizeGreaterThan(12);
        robot.interact(() -> grid.getScene().getWindow().hide());
    }
}
