package org.sahifa.ingest.feed.opml;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpmlRoundTripTest {

    @Test
    void writeThenReadGivesTheSameFeedsAndFolders() throws Exception {
        OpmlDocument doc = new OpmlDocument("اشتراكاتي", List.of(
                new OpmlFeed("الجزيرة نت", "https://www.aljazeera.net/rss", "https://www.aljazeera.net/", "أخبار"),
                new OpmlFeed("بي بي سي عربي", "https://feeds.bbci.co.uk/arabic/rss.xml", null, "أخبار"),
                new OpmlFeed("Tom & Jerry <\"quoted\">", "http://127.0.0.1/feed?a=1&b=2", null, null),
                new OpmlFeed("اقتصاد", "https://example.org/eco.xml", null, "اقتصاد/أسواق")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpmlWriter.write(doc, out);
        OpmlDocument back = OpmlReader.read(out.toByteArray(), "subscriptions.opml");
        assertThat(back.title()).isEqualTo("اشتراكاتي");
        assertThat(back.feeds()).containsExactlyInAnyOrderElementsOf(doc.feeds());
    }

    @Test
    void nestedFoldersAndTitleOnlyOutlinesAreRead() throws Exception {
        String opml = """
                <?xml version="1.0"?>
                <opml version="1.0"><head><title>t</title></head><body>
                  <outline title="عربي">
                    <outline text="سياسة">
                      <outline title="الشرق الأوسط" xmlUrl="http://a/1"/>
                    </outline>
                    <outline text="بلا عنوان" type="rss" xmlUrl="http://a/2" htmlUrl="http://a/"/>
                  </outline>
                  <outline xmlUrl="http://a/3"/>
                </body></opml>""";
        OpmlDocument doc = OpmlReader.read(opml.getBytes(StandardCharsets.UTF_8), "x.opml");
        assertThat(doc.feeds()).containsExactly(
                new OpmlFeed("الشرق الأوسط", "http://a/1", null, "عربي/سياسة"),
                new OpmlFeed("بلا عنوان", "http://a/2", "http://a/", "عربي"),
                new OpmlFeed(null, "http://a/3", null, null));
    }

    @Test
    void externalEntitiesAreRefusedWithThePosition() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <opml><body><outline text="&xxe;" xmlUrl="http://a/"/></body></opml>""";
        assertThatThrownBy(() -> OpmlReader.read(xxe.getBytes(StandardCharsets.UTF_8), "evil.opml"))
                .isInstanceOf(OpmlException.class)
                .hasMessageStartingWith("evil.opml:2:")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void entityBombsAreRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<opml><body><outline text=\"&lol2;\" xmlUrl=\"http://a/\"/></body></opml>";
        assertThatThrownBy(() -> OpmlReader.read(bomb.getBytes(StandardCharsets.UTF_8), "bomb.opml"))
                .isInstanceOf(OpmlException.class);
    }

    @Test
    void brokenXmlNamesLineAndColumn() {
        String broken = "<opml>\n<body>\n<outline text=\"x\" xmlUrl=\"http://a/\">\n</body></opml>";
        assertThatThrownBy(() -> OpmlReader.read(broken.getBytes(StandardCharsets.UTF_8), "broken.opml"))
                .isInstanceOf(OpmlException.class)
                .hasMessageMatching("broken\\.opml:4:\\d+: .*");
    }

    @Test
    void notOpmlIsSaidPlainly() {
        assertThatThrownBy(() -> OpmlReader.read("<rss/>".getBytes(StandardCharsets.UTF_8), "feed.xml"))
                .isInstanceOf(OpmlException.class)
                .hasMessageContaining("not <opml>");
    }
}
