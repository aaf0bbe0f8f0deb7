package org.sahifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.ingest.feed.ArabicNewsSite;
import org.sahifa.ingest.feed.LoopbackServer;
import org.sahifa.library.Library;
import org.sahifa.store.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", through the command line and the library: subscribe to a feed served on loopback (by
 * its site address), refresh, stop the server, and read every new article — body and images — from the library
 * with no network; OPML round-trips; failures give a per-feed status.
 */
class FeedCommandsEndToEndTest {

    @TempDir
    Path tmp;
    private LoopbackServer server;
    private ArabicNewsSite site;
    private String data;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        site = new ArabicNewsSite(server);
        data = tmp.resolve("lib").toString();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void subscribeRefreshStopTheServerAndReadEverythingOffline() throws Exception {
        CliRun add = run("feed", "add", "--data", data, "--folder", "أخبار", site.homeUri().toString());
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("Subscribed to أخبار العرب").contains("3 new article(s)")
                .contains("3 whole article(s)");

        List<JsonNode> feeds = run("feed", "list", "--data", data, "--json").jsonLines();
        assertThat(feeds).hasSize(1);
        JsonNode feed = feeds.get(0);
        assertThat(feed.get("url").asText()).isEqualTo(site.feedUri().toString());
        assertThat(feed.get("folder").asText()).isEqualTo("أخبار");
        assertThat(feed.get("unread").asLong()).isEqualTo(3);
        assertThat(feed.get("state").asText()).isEqualTo("ok");

        CliRun refresh = run("feed", "refresh", "--data", data);
        assertThat(refresh.code()).as(refresh.err()).isZero();
        assertThat(refresh.out()).contains("not modified");

        server.stop();

        try (Library library = Library.open(Path.of(data))) {
            List<Long> ids = library.feeds().articleIds(feed.get("id").asLong());
            assertThat(ids).hasSize(ArabicNewsSite.STORIES.size());
            for (Article a : library.articles().getAll(ids)) {
                ArabicNewsSite.Story story = ArabicNewsSite.STORIES.stream()
                        .filter(s -> s.title().equals(a.title())).findFirst().orElseThrow();
                for (String p : story.paragraphs()) {
                    assertThat(a.bodyText()).contains(p);
                }
                List<Element> images = Jsoup.parseBodyFragment(a.bodyHtml()).select("img");
                assertThat(images).isNotEmpty();
                for (Element img : images) {
                    String src = img.attr("src");
                    assertThat(src).startsWith("sahifa-image:");
                    Path file = library.imageCache().lookup(src).orElseThrow();
                    assertThat(Files.readAllBytes(file)).startsWith(0x89, 'P', 'N', 'G');
                    assertThat(library.imageCache().open(src)).isPresent();
                }
            }
        }

        CliRun offline = run("feed", "refresh", "--data", data);
        assertThat(offline.code()).isEqualTo(1);
        assertThat(offline.out()).contains("FAILED").contains("network seems unavailable");
        JsonNode after = run("feed", "list", "--data", data, "--json").jsonLines().get(0);
        assertThat(after.get("state").asText()).isEqualTo("error");
        assertThat(after.get("lastError").asText()).contains("could not connect");
        assertThat(after.get("unread").asLong()).isEqualTo(3);
    }

    @Test
    void opmlExportRemoveImportAndRename() throws Exception {
        assertThat(run("feed", "add", "--data", data, "--folder", "عربي", "--title", "العرب",
                site.feedUri().toString()).code()).isZero();
        Path opml = tmp.resolve("subs.opml");
        CliRun export = run("opml", "export", "--data", data, opml.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(opml)).contains("xmlUrl=\"" + site.feedUri() + "\"").contains("عربي");

        CliRun remove = run("feed", "remove", "--data", data, site.feedUri().toString());
        assertThat(remove.code()).as(remove.err()).isZero();
        assertThat(run("feed", "list", "--data", data, "--json").jsonLines()).isEmpty();
        assertThat(run("list", "--data", data, "--json").jsonLines()).hasSize(3); // articles are kept

        CliRun imp = run("opml", "import", "--data", data, opml.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("1 feed(s) added");
        JsonNode back = run("feed", "list", "--data", data, "--json").jsonLines().get(0);
        assertThat(back.get("title").asText()).isEqualTo("العرب");
        assertThat(back.get("folder").asText()).isEqualTo("عربي");

        CliRun rename = run("feed", "rename", "--data", data, back.get("id").asText(), "الأخبار");
        assertThat(rename.code()).isZero();
        assertThat(run("feed", "list", "--data", data, "--json").jsonLines().get(0).get("title").asText())
                .isEqualTo("الأخبار");

        CliRun move = run("feed", "move", "--data", data, back.get("id").asText(), "--folder", "سياسة", "--every", "30",
                "--no-full-text");
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(move.out()).contains("every 30 min").contains("whole articles off");
        JsonNode moved = run("feed", "list", "--data", data, "--json").jsonLines().get(0);
        assertThat(moved.get("folder").asText()).isEqualTo("سياسة");
        assertThat(moved.get("intervalMinutes").asInt()).isEqualTo(30);

        Path bad = tmp.resolve("bad.opml");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<opml/>");
        CliRun refused = run("opml", "import", "--data", data, bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("bad.opml:2:").contains("DOCTYPE");
    }

    @Test
    void addingSomethingThatIsNotAFeedSaysSo() {
        server.on("/404", ex -> LoopbackServer.send(ex, 404, "text/plain", new byte[0]));
        CliRun r = run("feed", "add", "--data", data, server.uri("/404").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("HTTP 404");
        CliRun scheme = run("feed", "add", "--data", data, "file:///etc/passwd");
        assertThat(scheme.code()).isEqualTo(1);
        assertThat(scheme.err()).contains("not an http or https address");
    }
}
