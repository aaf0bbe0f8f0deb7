package org.sahifa.ingest.feed.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecodingTest {

    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final String TITLE = "ناغورني قره باغ: أذربيجان تعلن";

    private static String xml(String encoding) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><rss><channel><title>" + TITLE
                + "</title></channel></rss>";
    }

    @Test
    void declaredWindows1256IsHonoured() {
        DecodedText d = TextDecoding.decodeXml(xml("windows-1256").getBytes(CP1256), null);
        assertThat(d.text()).contains(TITLE);
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.note()).isNull();
    }

    @Test
    void httpCharsetWinsOverTheProlog() {
        DecodedText d = TextDecoding.decodeXml(xml("ISO-8859-1").getBytes(CP1256), "windows-1256");
        assertThat(d.text()).contains(TITLE);
    }

    @Test
    void utf16WithBomAndWithout() {
        byte[] le = xml("UTF-16").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(TextDecoding.decodeXml(withBom, null).text()).startsWith("<?xml").contains(TITLE);
        assertThat(TextDecoding.decodeXml(le, null).text()).contains(TITLE);
        assertThat(TextDecoding.decodeXml(xml("UTF-16").getBytes(StandardCharsets.UTF_16BE), null).text())
                .contains(TITLE);
        // The UTF-16 encoder writes a big-endian BOM
        assertThat(TextDecoding.decodeXml(xml("UTF-16").getBytes(StandardCharsets.UTF_16), "utf-16").text())
                .startsWith("<?xml").contains(TITLE);
    }

    @Test
    void utf8BomIsDroppedAndWins() {
        byte[] b = xml("windows-1256").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[b.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(b, 0, withBom, 3, b.length);
        DecodedText d = TextDecoding.decodeXml(withBom, "windows-1256");
        assertThat(d.text()).startsWith("<?xml").contains(TITLE);
    }

    @Test
    void aFeedThatClaimsUtf8ButIsWindows1256IsRescuedWithANote() {
        DecodedText d = TextDecoding.decodeXml(xml("UTF-8").getBytes(CP1256), "utf-8");
        assertThat(d.text()).contains(TITLE);
        assertThat(d.charset()).isEqualTo(CP1256);
        assertThat(d.note()).contains("UTF-8").contains("windows-1256");
    }

    @Test
    void aFeedThatClaimsWindows1256ButIsUtf8IsReadAsUtf8() {
        DecodedText d = TextDecoding.decodeXml(xml("windows-1256").getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).contains(TITLE);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.note()).contains("UTF-8");
    }

    @Test
    void unknownCharsetNameIsNotedAndSurvived() {
        DecodedText d = TextDecoding.decodeXml(xml("x-no-such-thing").getBytes(StandardCharsets.UTF_8), "bogus!!");
        assertThat(d.text()).contains(TITLE);
        assertThat(d.note()).contains("unknown encoding");
    }

    @Test
    void htmlMetaCharsetIsHonoured() {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>" + TITLE + "</p></body></html>";
        assertThat(TextDecoding.decodeHtml(html.getBytes(CP1256), null).text()).contains(TITLE);
    }

    @Test
    void asUtf8XmlRewritesTheDeclaration() {
        byte[] out = TextDecoding.asUtf8Xml(xml("windows-1256"));
        String s = new String(out, StandardCharsets.UTF_8);
        assertThat(s).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains(TITLE);
    }
}
