package org.sahifa.ingest;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.sahifa.store.ArticleDraft;

import java.net.URI;
import java.net.URISyntaxException;
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

    /**
     * The rule's last step as it was written, with java.net.URI parsing the address (the reference for the scan
     * that replaced it): {@code a} has an http(s) scheme and no spaces or controls.
     */
    private static String withUriParser(String a) {
        try {
            URI uri = new URI(a);
            String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
            return host == null || host.isEmpty() ? null : a;
        } catch (URISyntaxException e) {
            int hostStart = a.toLowerCase(java.util.Locale.ROOT).indexOf("//") + 2;
            int hostEnd = hostStart;
            while (hostEnd < a.length() && "/?#".indexOf(a.charAt(hostEnd)) < 0) {
                hostEnd++;
            }
            return hostEnd > hostStart ? a : null;
        }
    }

    /** What the rule said before for {@code address} (free of controls in these tests). */
    private static String before(String address) {
        String a = address.strip();
        String lower = a.toLowerCase(java.util.Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        return !web || a.indexOf(' ') >= 0 ? null : withUriParser(a);
    }

    /**
     * Deciding by the scheme and a non-empty authority, without parsing the address as a URI, accepts exactly what
     * the URI parser's rule accepted: hosts, IPv6 literals, ports, user info, registry names, empty and missing
     * authorities, illegal characters, percent escapes, Arabic, upper-case schemes and look-alike letters.
     */
    @Property(tries = 5000)
    void sameAnswerAsParsingTheAddress(@ForAll @StringLength(max = 10) @Chars({'a', 'Z', '0', '9', '.', '-', ':', '/',
            '?', '#', '@', '[', ']', '%', '|', '_', '~', '+', '\u0645', '\u00E9', '\u017F', '\u0130', ' '}) String rest,
            @ForAll @StringLength(max = 3) @Chars({'/', '?', '#', '@', ':', 'x', '['}) String head) {
        for (String scheme : new String[] {"http://", "https://", "HTTP://", "HtTpS://", "http:/", "httpſ://", "hTTp:"}) {
            String address = scheme + head + rest;
            assertThat(WebAddress.webOrNull(address)).as(address).isEqualTo(before(address));
        }
    }

    @Test
    void authoritiesTheParserAcceptsOrRefuses() {
        for (String address : new String[] {"http://[::1]:8080/x", "http://user@example.com/", "http://@/", "http://:80/",
                "http:///x", "http://?q", "http://#f", "http://ex|ample.com/a", "http://ex%zzample/", "https://a/b|c",
                "http://ex_ample.com/", "http://[bad/x", "https://\u0645\u0648\u0642\u0639/"}) {
            assertThat(WebAddress.webOrNull(address)).as(address).isEqualTo(before(address));
        }
    }
}
