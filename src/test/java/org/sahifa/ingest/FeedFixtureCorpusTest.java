package org.sahifa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, corpus level: a generated set of feed files — RSS 0.91/0.92/1.0/2.0, Atom 0.3/1.0, every encoding the
 * rules name, real-world flaws and hostile documents — imported through {@link FileImporter}. Figures (printed and
 * reported in docs/formats.md): files accepted, entries kept, messages that are internal text (must be 0),
 * decoding mismatches — a kept title that is not the one written (must be 0).
 */
class FeedFixtureCorpusTest {

    private static final String T1 = "وزير الخارجية يصل إلى مسقط";
    private static final String T2 = "Déjà vu à Montréal";
    private static final String T3 = "الكرملين: اعتذار عن مقتل جنود";

    /** A fixture: its bytes, the titles it must give, and whether the file must be refused. */
    private record Fixture(byte[] bytes, List<String> titles, boolean refused) {
    }

    @TempDir
    Path dir;

    private static String rss2(String items) {
        return "<rss version=\"2.0\"><channel><title>قناة</title><link>https://example.com/</link>" + items
                + "</channel></rss>";
    }

    private static String item(String title) {
        return "<item><title>" + title + "</title><link>https://example.com/" + Math.abs(title.hashCode())
                + "</link><description>نص الخبر: " + title + ".</description></item>";
    }

    private static Map<String, Fixture> fixtures() {
        Map<String, Fixture> f = new LinkedHashMap<>();
        String two = item(T1) + item(T3);
        List<String> arabic = List.of(T1, T3);
        String decl = "<?xml version=\"1.0\" encoding=\"%s\"?>\n";
        // versions
        f.put("rss20.xml", ok(rss2(two), arabic));
        f.put("rss092.xml", ok("<rss version=\"0.92\"><channel><title>c</title><link>http://e.com/</link>"
                + "<description>d</description>" + two + "</channel></rss>", arabic));
        f.put("rss091-doctype.xml", ok("<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD"
                + " RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\">"
                + "<channel><title>c</title><link>http://e.com/</link><description>d</description><language>ar</language>"
                + two + "</channel></rss>", arabic));
        f.put("rss10.rdf", ok("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://e.com/\"><title>c</title>"
                + "<link>https://e.com/</link><description>d</description></channel>"
                + "<item rdf:about=\"https://e.com/1\"><title>" + T1 + "</title><link>https://e.com/1</link>"
                + "<description>x</description></item><item rdf:about=\"https://e.com/2\"><title>" + T3
                + "</title><link>https://e.com/2</link></item></rdf:RDF>", arabic));
        f.put("atom10.atom", ok("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>c</title><id>urn:c</id>"
                + "<updated>2024-01-01T00:00:00Z</updated>"
                + "<entry><title type=\"html\">" + T1 + "</title><id>urn:1</id><updated>2024-01-01T00:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;نص&lt;/p&gt;</content></entry>"
                + "<entry><title>" + T3 + "</title><id>urn:2</id><updated>2024-01-01T00:00:00Z</updated>"
                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>نص</p></div></content>"
                + "</entry></feed>", arabic));
        String b64 = Base64.getEncoder().encodeToString("<p>نص مشفر</p>".getBytes(StandardCharsets.UTF_8));
        f.put("atom03.xml", ok("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>c</title>"
                + "<entry><title>" + T1 + "</title><id>1</id><content type=\"text/html\" mode=\"base64\">" + b64
                + "</content></entry><entry><title>" + T3 + "</title><id>2</id><content type=\"text/html\""
                + " mode=\"escaped\">&lt;p&gt;نص&lt;/p&gt;</content></entry></feed>", arabic));
        f.put("atom03-bad-base64.xml", ok("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>c</title>"
                + "<entry><title>" + T1 + "</title><id>1</id><content type=\"text/html\" mode=\"base64\">%%%notbase64"
                + "</content></entry></feed>", List.of(T1)));
        // encodings
        for (String cs : new String[]{"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
            String xml = String.format(decl, cs.substring(0, 6)) + rss2(two);
            f.put("enc-" + cs + ".xml", new Fixture(xml.getBytes(Charset.forName(cs)), arabic, false));
            f.put("enc-" + cs + "-bom.xml", new Fixture(("\uFEFF" + xml).getBytes(Charset.forName(cs)), arabic, false));
        }
        f.put("enc-utf8-bom.xml", new Fixture(("\uFEFF" + rss2(two)).getBytes(StandardCharsets.UTF_8), arabic, false));
        f.put("enc-1256-declared.xml", new Fixture((String.format(decl, "windows-1256") + rss2(two))
                .getBytes(Charset.forName("windows-1256")), arabic, false));
        f.put("enc-1256-undeclared.xml", new Fixture(rss2(two).getBytes(Charset.forName("windows-1256")), arabic, false));
        f.put("enc-1256-declared-utf8.xml", new Fixture((String.format(decl, "UTF-8") + rss2(two))
                .getBytes(Charset.forName("windows-1256")), arabic, false));
        f.put("enc-8859-6.xml", new Fixture((String.format(decl, "ISO-8859-6") + rss2(item("وزير الخارجية يصل")))
                .getBytes(Charset.forName("ISO-8859-6")), List.of("وزير الخارجية يصل"), false));
        f.put("enc-latin1-undeclared.xml", new Fixture(rss2(item(T2)).getBytes(StandardCharsets.ISO_8859_1),
                List.of(T2), false));
        f.put("enc-latin1-declared.xml", new Fixture((String.format(decl, "ISO-8859-1") + rss2(item(T2)))
                .getBytes(StandardCharsets.ISO_8859_1), List.of(T2), false));
        // harmless flaws
        f.put("flaw-leading-space.xml", ok("\n\n   " + String.format(decl, "UTF-8") + rss2(two), arabic));
        f.put("flaw-bad-reference.xml", ok(rss2(item("خبر&#x1F; أول") + item(T3)), List.of("خبر أول", T3)));
        f.put("flaw-control-char.xml", ok(rss2(item("خبر\u0001 ثان") + item(T3)), List.of("خبر ثان", T3)));
        f.put("flaw-html-entities.xml", ok(rss2(item("Caf&eacute;&nbsp;noir &amp; AT&T")), List.of("Café noir & AT&T")));
        f.put("flaw-undeclared-entity.xml", ok(rss2(item("قيمة &foo; هنا")), List.of("قيمة &foo; هنا")));
        f.put("flaw-javascript-link.xml", ok(rss2("<item><title>" + T1 + "</title><link>javascript:alert(1)</link>"
                + "<description>x</description></item>"), List.of(T1)));
        f.put("flaw-entity-title.xml", ok(rss2(item("&amp;#8220;iOS 9&amp;#8243;")), List.of("“iOS 9″")));
        f.put("empty-channel.xml", ok(rss2(""), List.of()));
        f.put("entry-without-title.xml", ok(rss2("<item><description>نص بلا عنوان يصلح عنوانا.</description></item>"),
                List.of("نص بلا عنوان يصلح عنوانا.")));
        // not feeds, broken, hostile: refused in words
        f.put("no-channel.xml", refused("<rss version=\"2.0\"><item><title>a</title></item></rss>"));
        f.put("html-page.xml", refused("<html><head><title>t</title></head><body><p>x</p></body></html>"));
        f.put("truncated.xml", refused(rss2(two).substring(0, 120)));
        f.put("mismatched.xml", refused("<rss version=\"2.0\"><channel><title>t</titel></channel></rss>"));
        f.put("xxe.xml", refused("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + rss2(item("&x;"))));
        f.put("bomb.xml", refused("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2"
                + " \"&lol;&lol;&lol;&lol;\">]>" + rss2(item("&lol2;"))));
        f.put("not-xml.xml", refused("this is not a feed at all"));
        f.put("undecodable.xml", new Fixture(concat("<rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0x81, (byte) 0x8D, 0x20, (byte) 0x9D}, " abc</title></channel></rss>".getBytes(
                StandardCharsets.UTF_8)), List.of(), true));
        return f;
    }

    private static Fixture ok(String xml, List<String> titles) {
        return new Fixture(xml.getBytes(StandardCharsets.UTF_8), titles, false);
    }

    private static Fixture refused(String xml) {
        return new Fixture(xml.getBytes(StandardCharsets.UTF_8), List.of(), true);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void everyFixtureIsReadOrRefusedInWordsAndNothingIsMisdecoded() throws Exception {
        FileImporter importer = new FileImporter();
        int accepted = 0;
        int entries = 0;
        int internal = 0;
        int mismatches = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, Fixture> all = fixtures();
        for (Map.Entry<String, Fixture> e : all.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.write(file, e.getValue().bytes());
            Collect c = new Collect();
            List<String> messages = new ArrayList<>();
            boolean refused = false;
            try {
                importer.importFile(file, null, c);
            } catch (ImportException ex) {
                refused = true;
                messages.add(ex.getMessage());
            }
            messages.addAll(c.problems);
            if (!refused) {
                accepted++;
            }
            entries += c.items.size();
            for (String m : messages) {
                if (InternalText.isInternal(m)) {
                    internal++;
                    wrong.add(e.getKey() + ": internal text: " + m);
                }
            }
            if (refused != e.getValue().refused()) {
                wrong.add(e.getKey() + (refused ? ": refused: " + messages : ": accepted"));
            }
            if (!c.titles().equals(e.getValue().titles())) {
                mismatches++;
                wrong.add(e.getKey() + ": titles " + c.titles() + " instead of " + e.getValue().titles());
            }
            for (ImportedItem i : c.items) {
                String url = i.draft().url();
                assertThat(url == null || url.startsWith("http")).as(e.getKey() + " " + url).isTrue();
            }
        }
        System.out.printf("Feed fixtures: %d files, %d accepted, %d entries kept, %d internal messages,"
                + " %d decoding mismatches%n", all.size(), accepted, entries, internal, mismatches);
        assertThat(wrong).isEmpty();
        assertThat(internal).isZero();
        assertThat(mismatches).isZero();
    }
}
