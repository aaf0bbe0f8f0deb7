package org.sahifa.ingest.feed.images;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.ingest.feed.LoopbackServer;
import org.sahifa.ingest.feed.http.HardenedHttpClient;
import org.sahifa.ingest.feed.http.HttpLimits;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleHooks;
import org.sahifa.store.ArticleStore;
import org.sahifa.store.BookmarkStore;
import org.sahifa.store.Database;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCacheTest {

    @TempDir
    Path dir;
    private LoopbackServer server;
    private Database db;
    private final AtomicLong now = new AtomicLong(Instant.parse("2026-11-25T10:00:00Z").toEpochMilli());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        db = Database.open(dir);
        for (int i = 0; i < 4; i++) {
            server.serve("/img/" + i + ".png", "image/png", png(i, 64));
        }
        server.serve("/fake.png", "image/png", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8));
        server.serve("/page.html", "text/html", png(9, 8));
        server.serve("/big.png", "image/png", png(7, 600));
    }

    @AfterEach
    void stop() {
        db.close();
        server.stop();
    }

    private ImageCache cache(long cap) {
        HttpLimits limits = new HttpLimits(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(5),
                20_000, 3);
        return new ImageCache(db, dir.resolve("images"), new HardenedHttpClient(limits), limits, cap, clock);
    }

    @Test
    void cachesOnceAndReadsBackWithoutTheServer() {
        ImageCache c = cache(1_000_000);
        String ref = c.cache(server.uri("/img/0.png")).orElseThrow();
        assertThat(ref).matches("sahifa-image:[0-9a-f]{64}");
        assertThat(c.cache(server.uri("/img/0.png"))).contains(ref);
        assertThat(server.hits("/img/0.png")).isEqualTo(1);
        server.stop();
        assertThat(c.open(ref).orElseThrow().bytes()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(c.open(server.uri("/img/0.png").toString())).isPresent();
        assertThat(c.lookup(ref)).hasValueSatisfying(p -> assertThat(p).isRegularFile());
        assertThat(c.lookup(server.uri("/img/0.png").toString())).isEqualTo(c.lookup(ref));
        assertThat(c.lookup("sahifa-image:../x")).isEmpty();
        assertThat(Files.exists(dir.resolve("images").resolve(ref.substring(13, 15)).resolve(ref.substring(13))))
                .isTrue();
    }

    @Test
    void onlyRealImagesOfAcceptedTypesUnderTheCapAreKept() {
        ImageCache c = cache(1_000_000);
        assertThat(c.cache(server.uri("/fake.png"))).isEmpty();
        assertThat(c.cache(server.uri("/page.html"))).isEmpty();
        assertThat(c.cache(server.uri("/big.png"))).isEmpty();
        assertThat(c.cache(java.net.URI.create("file:///etc/passwd"))).isEmpty();
        assertThat(c.totalBytes()).isZero();
    }

    @Test
    void hostileReferencesReadNothing() {
        ImageCache c = cache(1_000_000);
        assertThat(c.open("sahifa-image:../../library.db")).isEmpty();
        assertThat(c.open("sahifa-image:" + "0".repeat(64))).isEmpty();
        assertThat(c.open("http://127.0.0.1:1/never-cached.png")).isEmpty();
        assertThat(c.open(null)).isEmpty();
    }

    @Test
    void localiseRewritesCachedImagesAndKeepsOthersAsData() {
        ImageCache c = cache(1_000_000);
        String html = "<p dir=\"rtl\">نص</p><img src=\"" + server.uri("/img/1.png") + "\" alt=\"صورة\">"
                + "<img src=\"" + server.uri("/fake.png") + "\" alt=\"مزيفة\">";
        ImageCache.Localised l = c.localise(html);
        assertThat(l.hashes()).hasSize(1);
        assertThat(l.failed()).isEqualTo(1);
        assertThat(l.html()).contains("src=\"sahifa-image:" + l.hashes().iterator().next() + "\"")
                .contains("<p dir=\"rtl\">نص</p>").contains("/fake.png");
    }

    @Test
    void evictionDropsTheLeastRecentlyUsedButNeverABookmarkedArticlesImages() {
        ArticleStore articles = new ArticleStore(db, new ArticleHooks(), clock);
        BookmarkStore bookmarks = new BookmarkStore(db, new ArticleHooks(), clock);
        long article = articles.insert(List.of(new ArticleDraft("خبر", null, "نص الخبر", null, null, null, null,
                "ar", null))).ids().get(0);
        ImageCache c = cache(1_000_000);
        String[] refs = new String[4];
        for (int i = 0; i < 4; i++) {
            now.addAndGet(1000);
            refs[i] = c.cache(server.uri("/img/" + i + ".png")).orElseThrow();
        }
        long size = c.open(refs[0]).orElseThrow().bytes().length;
        // image 0 is the oldest but belongs to a bookmarked article; image 1 was just read
        c.link(article, Set.of(refs[0].substring(13)));
        bookmarks.put(article, null, List.of());
        now.addAndGet(1000);
        c.open(refs[1]);
        ImageCache small = cache(c.totalBytes() - 1);
        assertThat(small.evict()).isEqualTo(1);
        assertThat(small.open(refs[0])).isPresent();
        assertThat(small.open(refs[1])).isPresent();
        assertThat(small.open(refs[2])).isEmpty();
        assertThat(small.open(refs[3])).isPresent();
        assertThat(small.totalBytes()).isLessThanOrEqualTo(small.capBytes());
        assertThat(size).isPositive();
    }

    static byte[] png(int seed, int side) {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                img.setRGB(x, y, (x * 31 + y * 17 + seed * 101) * 2654435761L > 0 ? (x * y + seed * 977) : seed);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
