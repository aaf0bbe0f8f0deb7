package org.sahifa.ingest;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedDocumentParserTest {

    final FeedDocumentParser parser = new FeedDocumentParser();

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>أخبار &amp; تقارير</title><link>https://news.example/</link>
            <language>ar</language>
            <item><title>موسكو تستقبل &lt;b&gt;الوفد&lt;/b&gt;</title><link>/a/1</link><guid>urn:1</guid>
            <pubDate>Thu, 21 Sep 2023 10:15:00 GMT</pubDate>
            <description><![CDATA[<p onclick="steal()">الفقرة الأولى <script>alert(1)</script>هنا.</p>
            <iframe src="https://evil/"></iframe><p style="color:red">الفقرة الثانية <img src="/img/x.png" onerror="x()"></p>
            <a href="javascript:alert(1)">رابط</a>]]></description></item>
            <item><description>بلا عنوان: نص الخبر الكامل.</description></item>
            <item><title> </title></item>
            </channel></rss>
            """;

    @Test
    void rssItemsBecomeSanitisedDrafts() throws Exception {
        FeedDocument doc = parser.parse(RSS.strip().getBytes(StandardCharsets.UTF_8), null);
        assertThat(doc.title()).isEqualTo("أخبار & تقارير");
        assertThat(doc.items()).hasSize(2);
        var first = doc.items().get(0);
        assertThat(first.title()).isEqualTo("موسكو تستقبل الوفد");
        assertThat(first.url()).isEqualTo("https://news.example/a/1");
        assertThat(first.guid()).isEqualTo("urn:1");
        assertThat(first.source()).isEqualTo("أخبار & تقارير");
        assertThat(first.language()).isEqualTo("ar");
        assertThat(first.published()).isEqualTo(Instant.parse("2023-09-21T10:15:00Z"));
        assertThat(first.bodyHtml()).doesNotContain("script", "onclick", "iframe", "style", "onerror", "javascript")
                .contains("<img src=\"https://news.example/img/x.png\"");
        assertThat(first.bodyText()).isEqualTo("الفقرة الأولى هنا.\n\nالفقرة الثانية\n\nرابط");
        assertThat(doc.items().get(1).title()).isEqualTo("بلا عنوان: نص الخبر الكامل.");
        assertThat(doc.problems()).singleElement().satisfies(p -> assertThat(p.position()).isEqualTo("item 3"));
    }

    @Test
    void atomEntries() throws Exception {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
                <entry><title>Tehran talks</title><id>tag:x,2024:1</id><updated>2024-02-01T08:00:00Z</updated>
                <link href="https://x.example/1"/><content type="html">&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</content></entry>
                </feed>""";
        FeedDocument doc = parser.parse(atom.getBytes(StandardCharsets.UTF_8), URI.create("https://x.example/feed"));
        assertThat(doc.items()).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Tehran talks");
            assertThat(d.guid()).isEqualTo("tag:x,2024:1");
            assertThat(d.bodyText()).isEqualTo("One.\n\nTwo.");
            assertThat(d.published()).isEqualTo(Instant.parse("2024-02-01T08:00:00Z"));
            assertThat(d.language()).isEqualTo("en");
        });
    }

    @Test
    void theDeclaredEncodingIsHonoured() throws Exception {
        String rss = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><title>صحيفة</title>"
                + "<item><title>طهران وواشنطن</title><description>نص عربي.</description></item></channel></rss>";
        FeedDocument doc = parser.parse(rss.getBytes(Charset.forName("windows-1256")), null);
        assertThat(doc.items().get(0).title()).isEqualTo("طهران وواشنطن");
        String utf16 = rss.replace("windows-1256", "UTF-16");
        FeedDocument doc16 = parser.parse(utf16.getBytes(StandardCharsets.UTF_16), null); // with BOM
        assertThat(doc16.items().get(0).bodyText()).isEqualTo("نص عربي.");
    }

    @Test
    void xxeIsRefusedBeforeAnythingIsResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><description>x</description></item></channel></rss>""";
        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(((ImportException) e).position()).isEqualTo("line 2, column 1"));
    }

    @Test
    void romeItselfRefusesADoctypeToo() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";
        com.rometools.rome.io.SyndFeedInput input = new com.rometools.rome.io.SyndFeedInput();
        input.setAllowDoctypes(false);
        assertThatThrownBy(() -> input.build(new java.io.StringReader(xxe)))
                .isInstanceOf(com.rometools.rome.io.FeedException.class);
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        sb.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        assertThatThrownBy(() -> parser.parse(sb.toString().getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void anUndeclaredEntityIsTextNotALookup() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>&ext;</title><item><title>a &ext; b</title>"
                + "<description>x</description></item></channel></rss>";
        FeedDocument doc = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null);
        assertThat(doc.title()).isEqualTo("&ext;");
        assertThat(doc.items()).singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("a &ext; b"));
    }

    @Test
    void aTruncatedFeedNamesWhereItBroke() {
        String cut = RSS.strip().substring(0, RSS.strip().indexOf("<item><description>"));
        assertThatThrownBy(() -> parser.parse(cut.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).position()).matches("line \\d+, column \\d+"));
    }

    @Test
    void bytesThatFitNoEncodingAreAnError() {
        // 0x81 is not UTF-8 and not windows-1252; in windows-1256 it is an Arabic letter, among Latin words
        byte[] bad = TextDecoderTest.concat("<rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0x81, (byte) 0x28}, " cafe latte</title></channel></rss>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> parser.parse(bad, null))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).position()).isEqualTo("byte 35"));
    }

    @Test
    void tooLargeAndEmptyDocumentsAreRefused() {
        FeedDocumentParser small = new FeedDocumentParser(new HtmlSanitizer(), 100);
        assertThatThrownBy(() -> small.parse(RSS.getBytes(StandardCharsets.UTF_8), null)).hasMessageContaining("limit");
        assertThatThrownBy(() -> parser.parse(new byte[0], null)).hasMessageContaining("empty");
    }
}
