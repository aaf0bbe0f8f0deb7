package org.sahifa.ui.feeds;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.ingest.feed.ArabicNewsSite;
import org.sahifa.ingest.feed.LoopbackServer;
import org.sahifa.library.Library;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The Sources section and the add-a-source dialog in a real right-to-left window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SourcesViewUiTest {

    private LoopbackServer server;
    private Library library;
    private SourcesViewModel vm;
    private I18n i18n;
    private Stage stage;
    private final AtomicBoolean broken = new AtomicBoolean();
    private SourceItem selected;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        AppFonts.load();
        server = new LoopbackServer();
        ArabicNewsSite site = new ArabicNewsSite(server);
        byte[] other = "<rss version=\"2.0\"><channel><title>وكالة الأنباء</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);
        server.on("/agency.xml", ex -> {
            if (broken.get()) {
                LoopbackServer.send(ex, 500, "text/plain", new byte[0]);
            } else {
                LoopbackServer.send(ex, 200, "application/rss+xml", other);
            }
        });
        library = Library.open(Files.createTempDirectory("sahifa-sources-ui"));
        library.feeds().subscribe(site.feedUri().toString(), "أخبار", null);
        library.feeds().subscribe(server.uri("/agency.xml").toString(), null, null);
        broken.set(true);
        library.feeds().refreshAll((d, t, r) -> { }, () -> false);

        i18n = new I18n();
        vm = new SourcesViewModel(library.feeds(), new CurrentThreadTaskExecutor());
        SourcesView view = new SourcesView(vm, i18n, item -> selected = item, () -> { });
        vm.reload();
        StackPane root = new StackPane(view.node());
        root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        root.getStylesheets().add(Objects.requireNonNull(
                SceneFactory.class.getResource(SceneFactory.STYLESHEET)).toExternalForm());
        root.getStyleClass().add("theme-light");
        root.setStyle("-fx-font-family: '" + AppFonts.FAMILY + "'; -fx-font-size: 15px;");
        stage.setScene(new Scene(root, 360, 320));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
        server.stop();
    }

    @Test
    void showsUnreadCountsAndAnErrorBadgeWithTheReason(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#sources-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        Label badge = robot.lookup(".source-error-badge").queryAll().stream()
                .map(Label.class::cast).filter(Node::isVisible).findFirst().orElseThrow();
        assertThat(badge.getTooltip().getText()).contains("HTTP 500").contains("أجاب الخادم بخطأ");
        assertThat(robot.lookup(".source-unread").queryAll().stream().map(n -> ((Label) n).getText()))
                .contains("٣");
        robot.clickOn(robot.lookup(".source-unread").queryAll().stream()
                .filter(n -> "٣".equals(((Label) n).getText())).findFirst().orElseThrow());
        assertThat(selected.title()).isEqualTo("أخبار العرب");
        assertThat(selected.source()).isEqualTo("أخبار العرب");

        robot.clickOn("#sources-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.lastSummaryProperty().get().failed()).isEqualTo(1);
        Path shot = Path.of("target", "screenshots", "feeds-sources.png");
        robot.interact(() -> {
            try {
                snapshot(stage.getScene(), shot);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(shot).isRegularFile();
    }

    @Test
    void theAddDialogSubscribesAndSaysWhyWhenItCannot(FxRobot robot) throws Exception {
        server.on("/gone.xml", ex -> LoopbackServer.send(ex, 404, "text/plain", new byte[0]));
        AddFeedViewModel add = new AddFeedViewModel(library.feeds(), new CurrentThreadTaskExecutor());
        AddFeedDialog[] dialog = new AddFeedDialog[1];
        robot.interact(() -> {
            dialog[0] = new AddFeedDialog(add, i18n, null, stage);
            dialog[0].dialog().getDialogPane().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            dialog[0].dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = robot.lookup("#add-feed-subscribe").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#add-feed-address").queryAs(TextField.class)
                .setText(server.uri("/gone.xml").toString()));
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].dialog().isShowing()).isTrue();
        assertThat(robot.lookup("#add-feed-error").queryAs(Label.class).getText()).contains("404");
        Path shot = Path.of("target", "screenshots", "feeds-add-dialog.png");
        robot.interact(() -> {
            try {
                snapshot(dialog[0].dialog().getDialogPane().getScene(), shot);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        server.serve("/new.xml", "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>جديد</title></channel></rss>", StandardCharsets.UTF_8);
        robot.interact(() -> robot.lookup("#add-feed-address").queryAs(TextField.class)
                .setText(server.uri("/new.xml").toString()));
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].dialog().isShowing()).isFalse();
        assertThat(add.addedProperty().get().feed().title()).isEqualTo("جديد");
    }

    /** Writes what {@code scene} shows to a PNG (the reviewer looks at it). */
    static void snapshot(Scene scene, Path file) throws java.io.IOException {
        javafx.scene.image.WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getPixelReader().getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row,
                    0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
