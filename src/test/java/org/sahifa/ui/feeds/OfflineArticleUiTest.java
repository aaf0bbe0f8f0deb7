package org.sahifa.ui.feeds;

import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.ingest.feed.ArabicNewsSite;
import org.sahifa.ingest.feed.LoopbackServer;
import org.sahifa.library.Library;
import org.sahifa.store.Article;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.document.ArticleDocument;
import org.sahifa.ui.layout.ArticleTextView;
import org.sahifa.ui.reader.ReaderViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed article read in the real reader view with the server stopped: text and image from the library only. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OfflineArticleUiTest {

    private Library library;
    private ArticleTextView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        AppFonts.load();
        library = Library.open(Files.createTempDirectory("sahifa-offline-ui"));
        try (LoopbackServer server = new LoopbackServer()) {
            ArabicNewsSite site = new ArabicNewsSite(server);
            library.feeds().subscribe(site.feedUri().toString(), null, null);
        } // the server is stopped from here on
        view = new ArticleTextView();
        StackPane root = new StackPane(view);
        root.getStylesheets().add(Objects.requireNonNull(
                SceneFactory.class.getResource(SceneFactory.STYLESHEET)).toExternalForm());
        root.getStyleClass().add("theme-light");
        stage.setScene(new Scene(root, 700, 560));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void theArticleAndItsImageShowWithoutTheServer(FxRobot robot) throws Exception {
        Article a = library.articles().getAll(library.feeds().articleIds(library.feeds().list().get(0).id()))
                .stream().filter(x -> x.title().contains("قره باغ")).findFirst().orElseThrow();
        ArticleDocument doc = ReaderViewModel.document(a, library.imageCache()::lookup);
        robot.interact(() -> view.setDocument(doc));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(n -> n instanceof ImageView).queryAll()).isNotEmpty();
        ImageView image = (ImageView) robot.lookup(n -> n instanceof ImageView).query();
        assertThat(image.getImage().isError()).isFalse();
        assertThat(image.getImage().getWidth()).isEqualTo(8);
        Path shot = Path.of("target", "screenshots", "feeds-offline-article.png");
        robot.interact(() -> {
            try {
                SourcesViewUiTest.snapshot(stage.getScene(), shot);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
