package org.sahifa.ui.feeds;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.ingest.feed.ArabicNewsSite;
import org.sahifa.ingest.feed.LoopbackServer;
import org.sahifa.ingest.feed.NetworkState;
import org.sahifa.library.Library;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed view-models, without the JavaFX toolkit, against a real library and a loopback site. */
class FeedViewModelsTest {

    @TempDir
    Path dir;
    private LoopbackServer server;
    private ArabicNewsSite site;
    private Library library;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @BeforeEach
    void open() throws IOException {
        server = new LoopbackServer();
        site = new ArabicNewsSite(server);
        library = Library.open(dir);
    }

    @AfterEach
    void close() {
        library.close();
        server.stop();
    }

    @Test
    void addFeedSubscribesBySiteAddressAndReportsFailuresPlainly() {
        AddFeedViewModel add = new AddFeedViewModel(library.feeds(), executor);
        assertThat(add.canSubscribeProperty().get()).isFalse();
        add.addressProperty().set("ftp://127.0.0.1/x");
        add.subscribe();
        assertThat(add.errorProperty().get()).contains("not an http or https address");
        assertThat(add.addedProperty().get()).isNull();

        server.on("/gone", ex -> LoopbackServer.send(ex, 404, "text/plain", new byte[0]));
        add.addressProperty().set(server.uri("/gone").toString());
        add.subscribe();
        assertThat(add.errorProperty().get()).contains("404");
        assertThat(add.busyProperty().get()).isFalse();

        add.addressProperty().set(site.homeUri().toString());
        add.folderProperty().set("أخبار");
        add.subscribe();
        assertThat(add.errorProperty().get()).isNull();
        assertThat(add.addedProperty().get().feed().url()).isEqualTo(site.feedUri());
        assertThat(add.addedProperty().get().firstRefresh().newArticles()).isEqualTo(3);
        assertThat(new AddFeedViewModel(library.feeds(), executor).folders()).containsExactly("أخبار");
    }

    @Test
    void sourcesShowUnreadCountsErrorsAndRefreshProgress() {
        library.feeds().subscribe(site.feedUri().toString(), null, null);
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
        byte[] otherFeed = "<rss version=\"2.0\"><channel><title>أخرى</title></channel></rss>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.on("/other.xml", ex -> {
            if (broken.get()) {
                LoopbackServer.send(ex, 500, "text/plain", new byte[0]);
            } else {
                LoopbackServer.send(ex, 200, "application/rss+xml", otherFeed);
            }
        });
        long other = library.feeds().subscribe(server.uri("/other.xml").toString(), null, null).feed().id();
        broken.set(true);

        SourcesViewModel vm = new SourcesViewModel(library.feeds(), executor);
        vm.reload();
        assertThat(vm.items()).extracting(SourceItem::title).containsExactly("أخبار العرب", "أخرى");
        SourceItem news = vm.items().get(0);
        assertThat(news.unread()).isEqualTo(3);
        assertThat(news.source()).isEqualTo("أخبار العرب");
        assertThat(news.failing()).isFalse();

        library.articles().markRead(library.feeds().articleIds(news.feedId()).subList(0, 1), true);
        vm.refreshAll();
        assertThat(vm.refreshingProperty().get()).isFalse();
        assertThat(vm.lastSummaryProperty().get()).isEqualTo(new SourcesViewModel.Summary(0, 1, 2));
        assertThat(vm.items().get(0).unread()).isEqualTo(2);
        SourceItem failing = vm.items().stream().filter(i -> i.feedId() == other).findFirst().orElseThrow();
        assertThat(failing.failing()).isTrue();
        assertThat(failing.error()).contains("HTTP 500");
        assertThat(failing.errorKind()).isEqualTo("HTTP_STATUS");
        assertThat(vm.networkProperty().get()).isEqualTo(NetworkState.ONLINE);

        vm.unsubscribe(other);
        assertThat(vm.items()).hasSize(1);
        vm.rename(news.feedId(), "العرب");
        assertThat(vm.items().get(0).title()).isEqualTo("العرب");
    }

    @Test
    void theReaderShowsEveryArticleWithItsCachedImageWhileTheServerIsDown() {
        long feed = library.feeds().subscribe(site.feedUri().toString(), null, null).feed().id();
        server.stop();
        for (org.sahifa.store.Article a : library.articles().getAll(library.feeds().articleIds(feed))) {
            org.sahifa.ui.document.ArticleDocument doc =
                    org.sahifa.ui.reader.ReaderViewModel.document(a, library.imageCache()::lookup);
            assertThat(doc.plainText()).contains(ArabicNewsSite.STORIES.stream()
                    .filter(s -> s.title().equals(a.title())).findFirst().orElseThrow().paragraphs().get(1));
            assertThat(doc.blocks()).filteredOn(b -> b instanceof org.sahifa.ui.document.Block.Image)
                    .singleElement()
                    .satisfies(b -> assertThat(((org.sahifa.ui.document.Block.Image) b).file()).isRegularFile());
        }
    }
}
