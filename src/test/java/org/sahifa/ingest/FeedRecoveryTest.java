package org.sahifa.ingest;

import org.junit.jupiter.api.Test;
import org.sahifa.ingest.feed.http.TextDecoding;
import org.sahifa.store.ArticleDraft;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14, items 3, 6 and 7: feed encodings, messages in words, harmless flaws recovered. */
class FeedRecoveryTest {

    private final FeedDocumentParser parser = new FeedDocumentParser();

    private static String rss(String items) {
        return "<rss version=\"2.0\"><channel><title>Feed</title><link>https://example.com/</link>" + items
                + "</channel></rss>";
    }

    private FeedDocument parse(String xml) throws ImportException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null);
    }

    // --- item 3: encodings

    @Test
    void anUndeclaredLatin1FeedIsNotReadAsArabic() throws Exception {
        byte[] latin1 = rss("<item><title>À la une : école</title><description>Déjà vu à Montréal, ça va.</description>"
                + "</item>").getBytes(StandardCharsets.ISO_8859_1);
        FeedDocument doc = parser.parse(latin1, null);
        assertThat(doc.items()).extracting(ArticleDraft::title).containsExactly("À la une : école");
        // the same bytes fetched over HTTP without a charset
        assertThat(TextDecoding.decodeXml(latin1, null).text()).contains("À la une : école")
                .doesNotContainPattern("\\p{IsArabic}");
    }

    @Test
    void anUndeclaredArabicWindows1256FeedIsStillRead() throws Exception {
        byte[] cp1256 = rss("<item><title>وزير الخارجية يصل إلى مسقط</title><description>قال مسؤول إن الزيارة"
                + " تستمر يومين.</description></item>").getBytes(Charset.forName("windows-1256"));
        assertThat(parser.parse(cp1256, null).items()).extracting(ArticleDraft::title)
                .containsExactly("وزير الخارجية يصل إلى مسقط");
    }

    @Test
    void utf16AndUtf32WithoutAByteOrderMarkAndUtf32WithOneAreRead() throws Exception {
        for (String cs : new String[]{"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
            String name = cs.substring(0, 6);
            String xml = "<?xml version=\"1.0\" encoding=\"" + name + "\"?>\n"
                    + rss("<item><title>خبر " + cs + "</title><description>نص</description></item>");
            byte[] bytes = xml.getBytes(Charset.forName(cs));
            assertThat(parser.parse(bytes, null).items()).as(cs + " without BOM").extracting(ArticleDraft::title)
                    .containsExactly("خبر " + cs);
            byte[] bom = ("\uFEFF" + xml).getBytes(Charset.forName(cs));
            assertThat(parser.parse(bom, null).items()).as(cs + " with BOM").extracting(ArticleDraft::title)
                    .containsExactly("خبر " + cs);
        }
    }

    // --- item 6: messages in words

    @Test
    void rssWithoutChannelIsSaidInWords() {
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><item><title>a</title></item></rss>"))
                .isInstanceOf(ImportException.class).hasMessage("an <rss> document without a <channel> element");
        assertThatThrownBy(() -> parse("<html><body>hi</body></html>")).isInstanceOf(ImportException.class)
                .hasMessageContaining("not an RSS or Atom feed").hasMessageContaining("<html>");
        assertThatThrownBy(() -> parse(rss("<item><title>a</title><description>b</descr"))).satisfies(e -> {
            assertThat(((ImportException) e).position()).startsWith("line 1, column ");
            assertThat(InternalText.isInternal(e.getMessage())).as(e.getMessage()).isFalse();
        });
    }

    @Test
    void atom03Base64ContentIsDecodedAndABrokenOneLosesNothingElse() throws Exception {
        String b64 = java.util.Base64.getEncoder().encodeToString("<p>نص مشفر</p>".getBytes(StandardCharsets.UTF_8));
        String atom = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>A</title>"
                + "<entry><title>one</title><id>1</id><content type=\"text/html\" mode=\"base64\">" + b64
                + "</content></entry>"
                + "<entry><title>two</title><id>2</id><content type=\"text/html\" mode=\"base64\">!!not base64~~"
                + "</content></entry>"
                + "<entry><title>three</title><id>3</id><content type=\"text/plain\">plain</content></entry></feed>";
        FeedDocument doc = parse(atom);
        assertThat(doc.items()).extracting(ArticleDraft::title).containsExactly("one", "two", "three");
        assertThat(doc.items().get(0).bodyText()).isEqualTo("نص مشفر");
        assertThat(doc.items().get(1).bodyText()).contains("not base64");
    }

    // --- item 7: harmless flaws recovered, defences kept

    @Test
    void aPublicDoctypeWithoutInternalSubsetIsIgnoredAndHtmlEntitiesRead() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Old</title><link>http://example.com/</link>"
                + "<description>d</description><language>fr</language>"
                + "<item><title>Caf&eacute;&nbsp;noir</title><link>http://example.com/1</link>"
                + "<description>Fish &amp; chips, AT&T &copy; &unknown;</description></item></channel></rss>";
        FeedDocument doc = parser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(doc.items()).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Café noir");
            assertThat(d.bodyText()).isEqualTo("Fish & chips, AT&T © &unknown;");
        });
    }

    @Test
    void invalidCharacterReferencesControlsAndLeadingWhitespaceAreRecovered() throws Exception {
        String xml = "\n\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + rss("<item><title>bad&#x1F;ref&#0; and \u0001control</title><description>text\u000B here</description>"
                + "</item><item><title>second</title><description>ok</description></item>");
        FeedDocument doc = parse(xml);
        assertThat(doc.items()).extracting(ArticleDraft::title).containsExactly("badref and control", "second");
    }

    @Test
    void declarationsThatCouldDeclareEntitiesAreStillRefused() {
        for (String hostile : new String[]{
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + rss("<item><title>&x;</title></item>"),
                "<!DOCTYPE rss SYSTEM \"http://example.com/x.dtd\" [<!ENTITY a \"aaaa\">]>" + rss(""),
                "<!ENTITY x \"y\">" + rss("")}) {
            assertThatThrownBy(() -> parse(hostile)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("may not declare entities");
        }
    }
}
