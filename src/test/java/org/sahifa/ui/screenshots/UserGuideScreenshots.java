package org.sahifa.ui.screenshots;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.library.Library;
import org.sahifa.ui.LaunchOptions;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.FxTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.common.Snapshots;
import org.sahifa.ui.importer.ImportDialog;
import org.sahifa.ui.main.MainWindow;
import org.sahifa.ui.settings.Digits;
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

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Takes the user guide's screenshots from the running window (bundled samples, a search for a variant spelling,
 * Arabic and English, light and dark, the import summary). Runs only when {@code SAHIFA_SCREENSHOTS} names the
 * output folder: {@code scripts/screenshots.sh}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UserGuideScreenshots {

    private static final String OUT = System.getenv("SAHIFA_SCREENSHOTS");

    private Stage stage;
    private MainWindow window;
    private SettingsModel settings;
    private Library library;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        if (OUT == null) {
            return;
        }
        data = Files.createTempDirectory("sahifa-shots");
        library = Library.open(data);
        library.importBundledSamples();
        settings = new SettingsModel();
        I18n i18n = new I18n();
        i18n.languageProperty().bind(settings.languageProperty());
        i18n.digitsProperty().bind(settings.digitsProperty());
        window = new MainWindow(stage, new SceneFactory(settings), i18n, new FxTaskExecutor(2), null);
        stage.setWidth(1400);
        stage.setHeight(860);
        window.show();
        stage.setWidth(1400);
        stage.setHeight(860);
        window.attach(library, new LaunchOptions(data, false));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Snapshots.write(stage.getScene(), Path.of(OUT, name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        assumeTrue(OUT != null, "SAHIFA_SCREENSHOTS is not set");
        ListView<ArticleRow> list = window.listView().list();
        waitFor(() -> !list.getItems().isEmpty() && list.getItems().get(0) != null);
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("كاراباخ"));
        waitFor(() -> window.searchViewModel().activeProperty().get() && !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> window.readerViewModel().loadedProperty().get() != null);
        // A bookmark with a note and tags, so that the reader shows them; the second row stays selected.
        robot.interact(() -> window.readerViewModel().saveBookmark("للمتابعة مع تطورات الإقليم", "قره_باغ، روسيا"));
        waitFor(() -> window.readerViewModel().bookmarkedProperty().get());
        // Every language and theme at the smallest usual window and a large one (issue 12).
        for (double[] size : new double[][] {{900, 700}, {1600, 1000}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (Language language : Language.values()) {
                for (Theme theme : Theme.values()) {
                    robot.interact(() -> {
                        settings.languageProperty().set(language);
                        settings.digitsProperty().set(Digits.BY_LANGUAGE);
                        settings.themeProperty().set(theme);
                    });
                    waitFor(() -> true);
                    shot(robot, String.format(java.util.Locale.ROOT, "main-%s-%s-%.0fx%.0f.png", language.tag(),
                            theme.name().toLowerCase(java.util.Locale.ROOT), size[0], size[1]));
                }
            }
        }
        robot.interact(() -> {
            stage.setWidth(1400);
            stage.setHeight(860);
            settings.languageProperty().set(Language.AR);
            settings.themeProperty().set(Theme.SEPIA);
            field.setText("");
        });
        waitFor(() -> !window.searchViewModel().activeProperty().get());
        shot(robot, "main-ar-sepia.png");

        robot.interact(() -> {
            settings.themeProperty().set(Theme.LIGHT);
            window.navigationView().select(org.sahifa.ui.navigation.NavItem.Kind.PLACES, null);
        });
        waitFor(() -> !window.entityViews().list().getItems().isEmpty());
        robot.interact(() -> {
            ListView<org.sahifa.entities.EntitySummary> places = window.entityViews().list();
            int karabakh = 0;
            for (int i = 0; i < places.getItems().size(); i++) {
                if (places.getItems().get(i).spellings().size() > 1) {
                    karabakh = i;
                    break;
                }
            }
            places.getSelectionModel().select(karabakh);
        });
        waitFor(() -> robot.lookup("#entity-name").tryQuery().isPresent());
        shot(robot, "places-ar-light.png");

        Path in = Files.createTempDirectory("sahifa-import");
        Files.writeString(in.resolve("new.jsonl"), "{\"title\": \"خبر جديد\", \"content\": \"نص جديد\"}\n");
        Files.writeString(in.resolve("broken.json"), "[{\"title\": \"ناقص\", ");
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = window.importPaths(List.of(in)));
        waitFor(() -> robot.lookup("#import-rejected").tryQueryAs(ListView.class)
                .map(l -> !l.getItems().isEmpty()).orElse(false));
        robot.interact(() -> {
            try {
                Snapshots.write(dialog[0].stage().getScene(), Path.of(OUT, "import-ar.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            dialog[0].stage().close();
        });
    }
}
