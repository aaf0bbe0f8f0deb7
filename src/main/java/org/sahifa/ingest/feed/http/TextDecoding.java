package org.sahifa.ingest.feed.http;

import org.sahifa.ingest.DeclaredEncoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes fetched feed and page bytes by the library's one rule ({@link DeclaredEncoding}): byte-order mark,
 * UTF-16/UTF-32 from the document's first bytes, the declared charsets tried strictly, UTF-8, then windows-1256
 * only for text whose letters are mostly Arabic (windows-1252 for Latin); bytes that fit nothing are read as UTF-8
 * with «�» and the feed's status notes it.
 */
public final class TextDecoding {

    /** The fallback for text that is not what it claims: the Arabic Windows code page. */
    public static final Charset ARABIC_LEGACY = DeclaredEncoding.ARABIC_LEGACY;

    private TextDecoding() {
    }

    /** Decodes an XML document (feed, OPML): BOM, HTTP charset, XML prolog, UTF-8, fallback. */
    public static DecodedText decodeXml(byte[] bytes, String httpCharset) {
        return of(DeclaredEncoding.xml(bytes, httpCharset));
    }

    /** Decodes an HTML page: BOM, HTTP charset, {@code <meta charset>}, UTF-8, fallback. */
    public static DecodedText decodeHtml(byte[] bytes, String httpCharset) {
        return of(DeclaredEncoding.html(bytes, httpCharset));
    }

    private static DecodedText of(DeclaredEncoding.Result r) {
        return new DecodedText(r.text(), r.charset() == null ? StandardCharsets.UTF_8 : r.charset(), r.note());
    }

    /**
     * Re-encodes decoded XML as UTF-8 bytes with the declaration saying so, so any XML parser reads exactly the
     * text we decided on (rather than re-guessing from a declaration that lied).
     */
    public static byte[] asUtf8Xml(String xml) {
        String s = xml;
        Matcher m = Pattern.compile("^\\s*<\\?xml[^>]*\\?>").matcher(s);
        if (m.find()) {
            String decl = m.group();
            String fixed = decl.replaceFirst("encoding\\s*=\\s*[\"'][^\"']*[\"']", "encoding=\"UTF-8\"");
            s = fixed + s.substring(m.end());
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
