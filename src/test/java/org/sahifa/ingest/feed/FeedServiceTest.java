package org.sahifa.ingest.feed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.ingest.HtmlSanitizer;
import org.sahifa.ingest.feed.http.HttpLimits;
import org.sahifa.ingest.feed.images.CachedImage;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleHooks;
import org.sahifa.store.ArticleStore;
import org.sahifa.store.Database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedServiceTest {

    static final HttpLimits FAST = new HttpLimits(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofSeconds(5), HttpLimits.FEED_MAX_BYTES, 5);

    @TempDir
    Path dir;
    private LoopbackServer server;
    private ArabicNewsSite site;
    private Database db;
    private ArticleStore articles;
    private FeedService feeds;

    @BeforeEach
    void open() throws IOException {
        server = new LoopbackServer();
        site = new ArabicNewsSite(server);
        db = Database.open(dir);
        articles = new ArticleStore(db, new ArticleHooks(), Clock.systemUTC());
        feeds = new FeedService(db, dir, articles::insert, FeedParser.of(new org.sahifa.ingest.FeedDocumentParser()), new HtmlSanitizer(),
                FeedOptions.defaults().withLimits(FAST, FAST.withMaxBytes(HttpLimits.PAGE_MAX_BYTES),
                        FAST.withMaxBytes(HttpLimits.IMAGE_MAX_BYTES)), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        feeds.close();
        db.close();
        server.stop();
    }

    @Test
    void subscribingStoresWholeArticlesWithCachedImagesReadableOffline() {
        FeedService.Subscription s = feeds.subscribe(site.feedUri().toString(), "عربي", null);
        assertThat(s.feed().title()).isEqualTo("أخبار العرب");
        assertThat(s.feed().folder()).isEqualTo("عربي");
        assertThat(s.feed().language()).isEqualTo("ar");
        assertThat(s.firstRefresh().newArticles()).isEqualTo(3);
        assertThat(s.firstRefresh().fullTexts()).isEqualTo(3);

        server.stop();
        List<Long> ids = feeds.articleIds(s.feed().id());
        assertThat(ids).hasSize(3);
        for (Article a : articles.getAll(ids)) {
            ArabicNewsSite.Story story = ArabicNewsSite.STORIES.stream()
                    .filter(x -> x.title().equals(a.title())).findFirst().orElseThrow();
            assertThat(a.source()).isEqualTo("أخبار العرب");
            assertThat(a.language()).isEqualTo("ar");
            assertThat(a.bodyText()).contains(story.paragraphs().get(0)).contains(story.paragraphs().get(2))
                    .doesNotContain("الرئيسية").doesNotContain("تعليق").doesNotContain("جميع الحقوق");
            assertThat(a.bodyHtml()).contains("dir=\"rtl\"").doesNotContain("<script").doesNotContain("http://");
            String ref = a.bodyHtml().replaceAll("(?s).*src=\"(sahifa-image:[0-9a-f]{64})\".*", "$1");
            CachedImage img = feeds.images().open(ref).orElseThrow();
            assertThat(img.mediaType()).isEqualTo("image/png");
            assertThat(img.bytes()).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(feeds.counts().get(s.feed().id())).containsExactly(3, 3);
    }

    @Test
    void aSiteAddressFindsItsAdvertisedFeed() {
        FeedService.Subscription s = feeds.subscribe(site.homeUri().toString(), null, "اسمي");
        assertThat(s.feed().url()).isEqualTo(site.feedUri());
        assertThat(s.feed().title()).isEqualTo("اسمي");
    }

    @Test
    void aPageWithoutFeedIsRefusedClearly() {
        server.serve("/plain.html", "text/html", "<html><body><p>لا شيء</p></body></html>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> feeds.subscribe(server.uri("/plain.html").toString(), null, null))
                .isInstanceOf(FeedException.class).hasMessageContaining("advertises no RSS or Atom feed");
        assertThat(feeds.list()).isEmpty();
    }

    @Test
    void theSecondRefreshIsANotModifiedAndStoresNothingTwice() {
        Feed f = feeds.subscribe(site.feedUri().toString(), null, null).feed();
        RefreshReport r = feeds.refresh(f.id());
        assertThat(r.outcome()).isEqualTo(RefreshReport.Outcome.NOT_MODIFIED);
        assertThat(feeds.get(f.id()).state()).isEqualTo(FeedState.NOT_MODIFIED);
        assertThat(articles.count()).isEqualTo(3);
        var last = server.requests.stream().filter(e -> e.getKey().equals("/feed.xml")).reduce((a, b) -> b)
                .orElseThrow().getValue();
        assertThat(last.getFirst("If-None-Match")).isEqualTo("\"feed-v1\"");
    }

    @Test
    void failingAndSlowFeedsDoNotBlockTheOthersAndSayWhy() throws Exception {
        Feed good = feeds.subscribe(site.feedUri().toString(), null, null).feed();
        server.serve("/ok2.xml", "application/rss+xml", "<rss><channel><title>ب</title></channel></rss>",
                StandardCharsets.UTF_8);
        Feed missing = feeds.subscribe(server.uri("/ok2.xml").toString(), null, "مفقود").feed();
        Feed broken = feeds.subscribe(server.uri("/ok2.xml?b").toString(), null, "معطل").feed();
        Feed slow = feeds.subscribe(server.uri("/ok2.xml?s").toString(), null, "بطيء").feed();
        // now make three of them fail in different ways
        server.on("/gone.xml", ex -> LoopbackServer.send(ex, 404, "text/plain", new byte[0]));
        server.on("/err.xml", ex -> LoopbackServer.send(ex, 500, "text/plain", new byte[0]));
        server.on("/slow.xml", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackServer.send(ex, 200, "application/rss+xml", new byte[]{'<'});
        });
        moveUrl(missing.id(), server.uri("/gone.xml"));
        moveUrl(broken.id(), server.uri("/err.xml"));
        moveUrl(slow.id(), server.uri("/slow.xml"));

        List<RefreshReport> reports = feeds.refreshAll(RefreshListener.NONE, () -> false);
        Map<Long, RefreshReport> byId = new java.util.HashMap<>();
        reports.forEach(r -> byId.put(r.feedId(), r));
        assertThat(byId.get(good.id()).outcome()).isEqualTo(RefreshReport.Outcome.NOT_MODIFIED);
        assertThat(byId.get(missing.id()).error()).contains("404");
        assertThat(byId.get(broken.id()).error()).contains("500");
        assertThat(byId.get(slow.id()).error()).contains("timed out");

        Feed m = feeds.get(missing.id());
        assertThat(m.state()).isEqualTo(FeedState.ERROR);
        assertThat(m.lastError()).contains("404");
        assertThat(m.failures()).isEqualTo(1);
        assertThat(m.nextDue()).isAfter(Instant.now().plus(Duration.ofMinutes(4)));
        assertThat(feeds.networkState()).isEqualTo(NetworkState.ONLINE);

        feeds.refresh(missing.id());
        Feed again = feeds.get(missing.id());
        assertThat(again.failures()).isEqualTo(2);
        assertThat(Duration.between(again.lastFetch(), again.nextDue()))
                .isEqualTo(BackoffPolicy.delayAfterFailure(again.interval(), 2, null));
    }

    @Test
    void aFeedThatLiesAboutItsEncodingIsReadWithANote() {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>الخليج</title>"
                + "<item><title>ارتفاع أسعار الذهب في دبي</title><guid>g1</guid>"
                + "<description>سجلت أسعار الذهب ارتفاعاً ملحوظاً في أسواق دبي اليوم.</description></item>"
                + "</channel></rss>";
        server.serve("/liar.xml", "application/rss+xml; charset=utf-8", rss, Charset.forName("windows-1256"));
        Feed f = feeds.subscribe(server.uri("/liar.xml").toString(), null, null).feed();
        assertThat(f.title()).isEqualTo("الخليج");
        assertThat(f.note()).contains("windows-1256");
        Article a = articles.getAll(feeds.articleIds(f.id())).get(0);
        assertThat(a.title()).isEqualTo("ارتفاع أسعار الذهب في دبي");
        assertThat(a.bodyText()).contains("سجلت أسعار الذهب");
    }

    @Test
    void windows1256AndUtf16FeedsAreReadInTheirDeclaredEncoding() {
        String template = "<?xml version=\"1.0\" encoding=\"%s\"?><rss version=\"2.0\"><channel><title>%s</title>"
                + "<language>ar</language><item><title>%s</title><guid isPermaLink=\"false\">x</guid>"
                + "<description>%s</description></item></channel></rss>";
        server.serve("/cp1256.xml", "text/xml", String.format(template, "windows-1256", "هسبريس", "انتخابات في المغرب",
                "انتخابات بلدية في الرباط والدار البيضاء هذا الأسبوع."),
                Charset.forName("windows-1256"));
        server.serve("/utf16.xml", "application/rss+xml", String.format(template, "UTF-16", "الشروق", "أمطار في الجزائر",
                "أمطار غزيرة على الجزائر العاصمة ووهران، والأرصاد تحذر من فيضانات."),
                StandardCharsets.UTF_16);
        Feed a = feeds.subscribe(server.uri("/cp1256.xml").toString(), null, null).feed();
        Feed b = feeds.subscribe(server.uri("/utf16.xml").toString(), null, null).feed();
        assertThat(a.title()).isEqualTo("هسبريس");
        assertThat(a.note()).isNull();
        assertThat(b.title()).isEqualTo("الشروق");
        assertThat(articles.getAll(feeds.articleIds(a.id())).get(0).title()).isEqualTo("انتخابات في المغرب");
        Article fromUtf16 = articles.getAll(feeds.articleIds(b.id())).get(0);
        assertThat(fromUtf16.title()).isEqualTo("أمطار في الجزائر");
        assertThat(fromUtf16.language()).isEqualTo("ar");
        assertThat(fromUtf16.bodyText()).contains("وهران");
    }

    @Test
    void noNetworkAnywhereMeansOffline() throws Exception {
        Feed f = feeds.subscribe(site.feedUri().toString(), null, null).feed();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        moveUrl(f.id(), URI.create("http://127.0.0.1:" + port + "/feed.xml"));
        List<NetworkState> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        feeds.addNetworkListener(seen::add);
        feeds.refreshAll(RefreshListener.NONE, () -> false);
        assertThat(feeds.networkState()).isEqualTo(NetworkState.OFFLINE);
        assertThat(seen).containsExactly(NetworkState.OFFLINE);
        assertThat(articles.count()).isEqualTo(3); // everything stored earlier is still there

        moveUrl(f.id(), site.feedUri());
        feeds.refreshAll(RefreshListener.NONE, () -> false);
        assertThat(feeds.networkState()).isEqualTo(NetworkState.ONLINE);
    }

    @Test
    void renameMoveAndUnsubscribeKeepTheArticles() {
        Feed f = feeds.subscribe(site.feedUri().toString(), null, null).feed();
        assertThat(feeds.rename(f.id(), "العرب").title()).isEqualTo("العرب");
        assertThat(feeds.get(f.id()).source()).isEqualTo("أخبار العرب");
        assertThat(feeds.moveToFolder(f.id(), "سياسة").folder()).isEqualTo("سياسة");
        assertThat(feeds.folders()).containsExactly("سياسة");
        assertThatThrownBy(() -> feeds.subscribe(site.feedUri().toString(), null, null))
                .isInstanceOf(FeedException.class).hasMessageContaining("already subscribed");
        feeds.unsubscribe(f.id());
        assertThat(feeds.list()).isEmpty();
        assertThat(articles.count()).isEqualTo(3);
    }

    @Test
    void opmlRoundTripsThroughTheService() throws Exception {
        feeds.subscribe(site.feedUri().toString(), "أخبار", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feeds.exportOpml(out);
        feeds.unsubscribe(feeds.list().get(0).id());
        FeedService.OpmlImport imp = feeds.importOpml(out.toByteArray(), "subs.opml");
        assertThat(imp.added()).isEqualTo(1);
        Feed back = feeds.list().get(0);
        assertThat(back.url()).isEqualTo(site.feedUri());
        assertThat(back.folder()).isEqualTo("أخبار");
        assertThat(back.title()).isEqualTo("أخبار العرب");
        assertThat(feeds.importOpml(out.toByteArray(), "subs.opml").alreadySubscribed()).isEqualTo(1);
    }

    @Test
    void aServerThatAsksForPatienceGetsIt() {
        Feed f = feeds.subscribe(site.feedUri().toString(), null, null).feed();
        server.on("/busy.xml", ex -> {
            ex.getResponseHeaders().set("Retry-After", "7200");
            LoopbackServer.send(ex, 503, "text/plain", new byte[0]);
        });
        moveUrl(f.id(), server.uri("/busy.xml"));
        RefreshReport r = feeds.refresh(f.id());
        assertThat(r.error()).contains("503");
        Feed after = feeds.get(f.id());
        assertThat(Duration.between(after.lastFetch(), after.nextDue())).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void withoutFullTextTheFeedsOwnTextIsKeptAndNoPageIsFetched() throws Exception {
        String opml = "<opml version=\"2.0\"><body><outline text=\"أخبار\" xmlUrl=\"" + site.feedUri()
                + "\"/></body></opml>";
        feeds.importOpml(opml.getBytes(StandardCharsets.UTF_8), "x.opml");
        long id = feeds.list().get(0).id();
        assertThat(feeds.setFullText(id, false).fullText()).isFalse();
        RefreshReport r = feeds.refresh(id);
        assertThat(r.newArticles()).isEqualTo(3);
        assertThat(r.fullTexts()).isZero();
        assertThat(server.hits("/news/karabakh.html")).isZero();
        assertThat(articles.getAll(feeds.articleIds(id))).extracting(Article::bodyText)
                .contains(ArabicNewsSite.STORIES.get(0).summary());
    }

    @Test
    void theSchedulerRefreshesDueFeedsWhileRunning() throws Exception {
        String opml = "<opml version=\"2.0\"><body><outline text=\"أخبار\" xmlUrl=\"" + site.feedUri()
                + "\"/></body></opml>";
        feeds.importOpml(opml.getBytes(StandardCharsets.UTF_8), "x.opml");
        long id = feeds.list().get(0).id();
        assertThat(feeds.get(id).state()).isEqualTo(FeedState.NEW);
        feeds.startScheduler(Duration.ZERO, Duration.ofMillis(100));
        assertThat(feeds.schedulerRunning()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (feeds.get(id).state() == FeedState.NEW && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        feeds.stopScheduler();
        assertThat(feeds.schedulerRunning()).isFalse();
        assertThat(feeds.get(id).state()).isEqualTo(FeedState.OK);
        assertThat(feeds.articleIds(id)).hasSize(3);
        assertThat(server.hits("/feed.xml")).isEqualTo(1); // after that it is not due for an hour
    }

    private void moveUrl(long id, URI to) {
        db.transaction(c -> {
            try (var p = c.prepareStatement("UPDATE feeds SET url = ?, etag = NULL WHERE id = ?")) {
                p.setString(1, to.toString());
                p.setLong(2, id);
                p.executeUpdate();
            }
            return null;
        });
    }
}
