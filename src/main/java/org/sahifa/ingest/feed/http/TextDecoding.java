package org.sahifa.ingest.feed.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes feed and page bytes honouring what they declare, and survives when they lie.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>A byte order mark (UTF-8, UTF-16 BE/LE) decides.</li>
 *   <li>Without one, UTF-16 is recognised from the {@code <?xml} pattern ({@code 00 3C 00 3F} / {@code 3C 00 3F 00}).</li>
 *   <li>The declared charsets are tried strictly, HTTP {@code charset} first, then the XML prolog's
 *       {@code encoding} (or for HTML the {@code <meta charset>}); the first that decodes without an error wins.</li>
 *   <li>A single-byte declaration (windows-1256, ISO-8859-x) over bytes that are valid UTF-8 with non-ASCII
 *       sequences is taken as UTF-8: such bytes are practically never legacy text.</li>
 *   <li>Nothing declared: UTF-8 if valid.</li>
 *   <li>Declared or assumed UTF-8 that is not valid UTF-8: windows-1256, the legacy encoding of Arabic news
 *       sites, with a note saying so.</li>
 * </ol>
 * Unknown charset names are skipped with a note.
 */
public final class TextDecoding {

    /** The fallback for text that is not what it claims: the Arabic Windows code page. */
    public static final Charset ARABIC_LEGACY = Charset.forName("windows-1256");

    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 2048;

    private TextDecoding() {
    }

    /** Decodes an XML document (feed, OPML): BOM, HTTP charset, XML prolog, UTF-8, fallback. */
    public static DecodedText decodeXml(byte[] bytes, String httpCharset) {
        return decode(bytes, httpCharset, false);
    }

    /** Decodes an HTML page: BOM, HTTP charset, {@code <meta charset>}, UTF-8, fallback. */
    public static DecodedText decodeHtml(byte[] bytes, String httpCharset) {
        return decode(bytes, httpCharset, true);
    }

    private static DecodedText decode(byte[] bytes, String httpCharset, boolean html) {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new DecodedText(bom.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString(), bom,
                    null);
        }
        Charset utf16 = html ? null : utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new DecodedText(utf16.decode(ByteBuffer.wrap(bytes)).toString(), utf16, null);
        }
        List<String> notes = new ArrayList<>();
        List<Charset> declared = new ArrayList<>();
        addDeclared(declared, notes, httpCharset, "HTTP header");
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = (html ? META_CHARSET : XML_ENCODING).matcher(head);
        if (m.find()) {
            addDeclared(declared, notes, m.group(1), html ? "meta charset" : "XML declaration");
        }
        boolean validUtf8 = strict(bytes, StandardCharsets.UTF_8) != null;
        for (Charset cs : declared) {
            if (isUtf16(cs)) {
                // Declared UTF-16 without BOM or '<' pattern: trust big-endian per the standard.
                String s = strict(bytes, cs);
                if (s != null) {
                    return result(s, cs, notes);
                }
                continue;
            }
            if (validUtf8 && hasNonAscii(bytes) && isSingleByte(cs)) {
                notes.add("declared " + cs.name() + " but the bytes are UTF-8; read as UTF-8");
                return result(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, notes);
            }
            String s = strict(bytes, cs);
            if (s != null) {
                return result(s, cs, notes);
            }
            notes.add("declared " + cs.name() + " but the bytes are not valid " + cs.name());
        }
        if (validUtf8) {
            return result(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, notes);
        }
        if (declared.isEmpty()) {
            notes.add("no encoding declared and the bytes are not UTF-8");
        }
        notes.add("read as " + ARABIC_LEGACY.name());
        return result(new String(bytes, ARABIC_LEGACY), ARABIC_LEGACY, notes);
    }

    private static DecodedText result(String text, Charset cs, List<String> notes) {
        return new DecodedText(text, cs, notes.isEmpty() ? null : String.join("; ", notes));
    }

    private static void addDeclared(List<Charset> out, List<String> notes, String name, String where) {
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            Charset cs = Charset.forName(name.trim());
            if (!out.contains(cs)) {
                out.add(cs);
            }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            notes.add("unknown encoding '" + name + "' in the " + where);
        }
    }

    /** Strictly decodes, or returns {@code null} on the first malformed or unmappable byte. */
    static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(bytes));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isUtf16(Charset cs) {
        return cs.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
    }

    private static boolean isSingleByte(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-") || n.startsWith("iso-8859-") || n.equals("us-ascii") || n.startsWith("koi8");
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
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
