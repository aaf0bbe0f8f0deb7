package org.sahifa.ingest;

import org.junit.jupiter.api.Test;
import org.sahifa.store.ArticleDraft;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 2: only http(s) article addresses are stored. */
class WebAddressTest {

    @Test
    void theRule() {
        assertThat(WebAddress.webOrNull(" https://example.com/x?a=1 ")).isEqualTo("https://example.com/x?a=1");
        assertThat(WebAddress.webOrNull("http://موقع.example/خبر")).isEqualTo("http://موقع.example/خبر");
        assertThat(WebAddress.webOrNull("/news/1", "https://example.com/feed")).isEqualTo("https://example.com/news/1");
        assertThat(WebAddress.webOrNull("/news/1", null)).isNull();
        assertThat(WebAddress.webOrNull("//example.com/x")).isNull();
        assertThat(WebAddress.webOrNull("//example.com/x", "https://a.example/")).isEqualTo("https://example.com/x");
        for (String bad : new String[]{"javascript:alert(1)", "JAVASCRIPT:alert(1)", "file:///etc/passwd",
                "data:text/html;base64,PHNjcmlwdD4=", "mailto:a@b.c", "ftp://example.com/", "http://",
                "vbscript:x", "http://a b/"}) {
            assertThat(WebAddress.webOrNull(bad)).as(bad).isNull();
            assertThat(WebAddress.webOrNull(bad, "https://example.com/")).as(bad).isNull();
        }
    }

    @Test
    void jsonAndJsonLinesDropUnsafeAddressesAndKeepTheArticles() throws Exception {
        String json = "[{\"title\":\"a\",\"body\":\"x\",\"url\":\"javascript:alert(1)\"},"
                + "{\"title\":\"b\",\"body\":\"y\",\"link\":\"file:///etc/passwd\"},"
                + "{\"title\":\"c\",\"body\":\"z\",\"url\":\"data:text/html,hi\"},"
                + "{\"title\":\"d\",\"body\":\"w\",\"url\":\"https://example.com/d\"}]";
        List<ArticleDraft> drafts = Collect.read(json.getBytes(StandardCharsets.UTF_8), "a.json");
        assertThat(drafts).extracting(ArticleDraft::url).containsExactly(null, null, null, "https://example.com/d");
        String lines = "{\"title\":\"a\",\"body\":\"x\",\"url\":\"javascript:alert(1)\"}\n"
                + "{\"title\":\"b\",\"body\":\"y\",\"url\":\"https://example.com/b\"}\n";
        assertThat(Collect.read(lines.getBytes(StandardCharsets.UTF_8), "a.jsonl"))
                .extracting(ArticleDraft::url).containsExactly(null, "https://example.com/b");
    }

    @Test
    void feedLinksOtherThanHttpAreDropped() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://example.com/</link>"
                + "<item><title>a</title><description>x</description><link>javascript:alert(1)</link></item>"
                + "<item><title>b</title><description>y</description><link>file:///etc/passwd</link></item>"
                + "<item><title>c</title><description>z</description><link>/news/3</link></item>"
                + "</channel></rss>";
        FeedDocument doc = new FeedDocumentParser().parse(rss.getBytes(StandardCharsets.UTF_8), null);
        assertThat(doc.items()).extracting(ArticleDraft::url)
                .containsExactly(null, null, "https://example.com/news/3");
    }
}
