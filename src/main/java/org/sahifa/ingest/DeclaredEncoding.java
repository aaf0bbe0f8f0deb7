package org.sahifa.ingest;

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
 * Decodes feed (XML) and page (HTML) bytes honouring what they declare, and survives when they lie — the one rule
 * for feed files and fetched feeds (decision 0101, revised by 0106).
 * <ol>
 *   <li>A byte-order mark decides: UTF-8, UTF-16 BE/LE, UTF-32 BE/LE.</li>
 *   <li>Without one, XML in UTF-32 or UTF-16 is recognised from the zero bytes around its first {@code <}
 *       ({@code 00 00 00 3C}, {@code 3C 00 00 00}, {@code 00 3C}, {@code 3C 00}); its declaration can then be read.</li>
 *   <li>The declared charsets are tried strictly, the transport's ({@code charset} of HTTP) first, then the XML
 *       declaration's {@code encoding} (for HTML {@code <meta charset>}); the first that decodes wins. A single-byte
 *       declaration over bytes that are valid UTF-8 with non-ASCII sequences is read as UTF-8.</li>
 *   <li>Nothing declared (or nothing declared fits): UTF-8 if valid.</li>
 *   <li>Otherwise a legacy code page, only when the text proves it: windows-1256 when its letters are mostly Arabic
 *       (as for plain text, decision 0007), windows-1252 when they are mostly Latin. Each with a note.</li>
 *   <li>Otherwise the bytes are undecodable: {@link Result#charset()} is {@code null} (a file import refuses them
 *       with the byte offset; a fetched feed is read as UTF-8 with «�» for the bad bytes, and its status says so).</li>
 * </ol>
 */
public final class DeclaredEncoding {

    /** The Arabic Windows code page, the legacy encoding of Arabic news sites. */
    public static final Charset ARABIC_LEGACY = Charset.forName("windows-1256");
    /** The Western Windows code page, what browsers take undeclared legacy Latin text as. */
    public static final Charset LATIN_LEGACY = Charset.forName("windows-1252");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 2048;

    /**
     * Decoded text.
     *
     * @param text          the text, without a byte-order mark
     * @param charset       the charset used, or {@code null} when no charset fits (the text is then UTF-8 with «�»)
     * @param note          why a charset other than the declared one was used, or {@code null}
     * @param invalidOffset for an undecodable text, the offset of the first byte that is not UTF-8; else -1
     */
    public record Result(String text, Charset charset, String note, long invalidOffset) {
    }

    private DeclaredEncoding() {
    }

    /** Decodes an XML document. */
    public static Result xml(byte[] bytes, String transportCharset) {
        return decode(bytes, transportCharset, false);
    }

    /** Decodes an HTML page. */
    public static Result html(byte[] bytes, String transportCharset) {
        return decode(bytes, transportCharset, true);
    }

    private static Result decode(byte[] bytes, String transportCharset, boolean html) {
        int[] skip = new int[1];
        Charset bom = bom(bytes, skip);
        if (bom != null) {
            String s = strict(bytes, skip[0], bom);
            if (s != null) {
                return new Result(s, bom, null, -1);
            }
        }
        Charset wide = html ? null : wideWithoutBom(bytes);
        if (wide != null) {
            String s = strict(bytes, 0, wide);
            if (s != null) {
                return new Result(s, wide, null, -1);
            }
        }
        List<String> notes = new ArrayList<>();
        List<Charset> declared = new ArrayList<>();
        addDeclared(declared, notes, transportCharset, "HTTP header");
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = (html ? META_CHARSET : XML_ENCODING).matcher(head);
        if (m.find()) {
            addDeclared(declared, notes, m.group(1), html ? "meta charset" : "XML declaration");
        }
        boolean validUtf8 = strict(bytes, 0, StandardCharsets.UTF_8) != null;
        for (Charset cs : declared) {
            if (validUtf8 && hasNonAscii(bytes) && isSingleByte(cs)) {
                notes.add("declared " + cs.name() + " but the bytes are UTF-8; read as UTF-8");
                return result(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, notes);
            }
            String s = strict(bytes, 0, cs);
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
        Charset legacy = legacy(bytes);
        if (legacy != null) {
            notes.add("read as " + legacy.name() + (legacy.equals(ARABIC_LEGACY) ? " (the letters are Arabic)"
                    : " (the letters are Latin)"));
            return result(new String(bytes, legacy), legacy, notes);
        }
        notes.add("the bytes fit no known encoding; undecodable bytes are shown as \uFFFD");
        return new Result(new String(bytes, StandardCharsets.UTF_8), null, String.join("; ", notes),
                TextDecoder.firstMalformed(bytes, StandardCharsets.UTF_8));
    }

    /**
     * The legacy code page the bytes prove: windows-1256 when its letters are mostly Arabic, windows-1252 when
     * they are mostly Latin; {@code null} otherwise.
     */
    static Charset legacy(byte[] bytes) {
        String arabic = strict(bytes, 0, ARABIC_LEGACY);
        if (arabic != null && TextDecoder.mostlyArabic(outsideMarkup(arabic))) {
            return ARABIC_LEGACY;
        }
        String latin = strict(bytes, 0, LATIN_LEGACY);
        if (latin != null && mostlyLatin(outsideMarkup(latin))) {
            return LATIN_LEGACY;
        }
        return null;
    }

    /** The text without tags and character references: the letters of markup say nothing about the encoding. */
    static String outsideMarkup(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean tag = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (tag) {
                tag = c != '>';
            } else if (c == '<') {
                tag = true;
            } else if (c == '&') {
                int semi = s.indexOf(';', i);
                i = semi > i && semi - i < 12 ? semi : i;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether legacy-decoded text reads as a Latin-script language: at least 90% of its letters Latin, at most 30%
     * of them accented (non-ASCII), and hardly any non-ASCII symbol or number (one per 20 letters) — what a
     * double-byte or Cyrillic text misread as windows-1252 is full of.
     */
    private static boolean mostlyLatin(String text) {
        int letters = 0;
        int latin = 0;
        int accented = 0;
        int symbols = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                    if (c >= 0x80) {
                        accented++;
                    }
                }
            } else if (c >= 0x80 && TextDecoder.isSymbolOrNumber(c)) {
                symbols++;
            }
        }
        return letters > 0 && latin >= letters * 0.9 && accented * 10 <= latin * 3 && symbols * 20 <= letters;
    }

    private static Result result(String text, Charset cs, List<String> notes) {
        return new Result(text, cs, notes.isEmpty() ? null : String.join("; ", notes), -1);
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

    /** Strictly decodes from {@code offset}, or returns {@code null} on the first malformed or unmappable byte. */
    static String strict(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset bom(byte[] b, int[] skip) {
        if (TextDecoder.startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            skip[0] = 4;
            return UTF_32BE;
        }
        if (TextDecoder.startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            skip[0] = 4;
            return UTF_32LE;
        }
        if (TextDecoder.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            skip[0] = 3;
            return StandardCharsets.UTF_8;
        }
        if (TextDecoder.startsWith(b, 0xFE, 0xFF)) {
            skip[0] = 2;
            return StandardCharsets.UTF_16BE;
        }
        if (TextDecoder.startsWith(b, 0xFF, 0xFE)) {
            skip[0] = 2;
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** UTF-32 or UTF-16 without a byte-order mark, from the zero bytes around the first {@code <}. */
    private static Charset wideWithoutBom(byte[] b) {
        if (TextDecoder.startsWith(b, 0x00, 0x00, 0x00, '<')) {
            return UTF_32BE;
        }
        if (TextDecoder.startsWith(b, '<', 0x00, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (TextDecoder.startsWith(b, 0x00, '<') || b.length >= 4 && b[0] == 0 && isSpace(b[1]) && b[2] == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (TextDecoder.startsWith(b, '<', 0x00) || b.length >= 4 && isSpace(b[0]) && b[1] == 0 && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
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
}
