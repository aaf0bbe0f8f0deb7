package org.sahifa.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file. With an explicit charset, strictly in it. Otherwise: a byte-order mark decides
 * (UTF-8, UTF-16 LE/BE); without one the bytes must be valid UTF-8; if they are not, and they decode as
 * windows-1256 into text whose letters are mostly Arabic, they are taken as windows-1256 (the common legacy
 * encoding of Arabic text). Anything else is an error naming the byte offset of the first invalid sequence.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final double ARABIC_SHARE = 0.5;

    private TextDecoder() {
    }

    /** The decoded text, without a byte-order mark. */
    public static String decode(byte[] bytes, Charset forced) throws ImportException {
        if (forced != null) {
            int skip = bomLength(bytes, forced);
            return strict(bytes, skip, forced);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        long bad = firstMalformed(bytes, StandardCharsets.UTF_8);
        if (bad < 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (firstMalformed(bytes, WINDOWS_1256) < 0) {
            String text = new String(bytes, WINDOWS_1256);
            if (mostlyArabic(text)) {
                return text;
            }
        }
        throw new ImportException("byte " + bad, "invalid UTF-8 (and not Arabic windows-1256); give the file's"
                + " encoding with --encoding");
    }

    private static int bomLength(byte[] b, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((cs.equals(StandardCharsets.UTF_16LE) && startsWith(b, 0xFF, 0xFE))
                || (cs.equals(StandardCharsets.UTF_16BE) && startsWith(b, 0xFE, 0xFF))) {
            return 2;
        }
        return 0; // "UTF-16" itself consumes its BOM
    }

    private static String strict(byte[] bytes, int offset, Charset cs) throws ImportException {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            long at = firstMalformed(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), cs);
            throw new ImportException("byte " + (offset + Math.max(at, 0)), "invalid " + cs.name() + " text");
        }
    }

    /** The offset of the first byte that does not decode in {@code cs}, or -1 when all of them do. */
    static long firstMalformed(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : dec.flush(out);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            if (!in.hasRemaining()) {
                r = dec.flush(out);
                if (r.isOverflow()) {
                    out.clear();
                    continue;
                }
                return -1;
            }
        }
    }

    /**
     * Whether legacy-decoded text reads as Arabic: at least half its letters are Arabic, and hardly any other
     * non-ASCII letter, symbol or number (at most one for every {@value #FOREIGN_PER} Arabic letters) — text in
     * another legacy code page (EUC-KR, KOI8-R …) decoded as windows-1256 gives Arabic letters among Latin-1
     * symbols and accented letters.
     */
    static boolean mostlyArabic(String text) {
        int letters = 0;
        int arabic = 0;
        int foreign = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c);
            if (letter) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                    arabic++;
                    continue;
                }
            }
            if (c >= 0x80 && (letter || isSymbolOrNumber(c))) {
                foreign++;
            }
        }
        return letters > 0 && arabic >= letters * ARABIC_SHARE && foreign * FOREIGN_PER <= arabic;
    }

    static boolean isSymbolOrNumber(char c) {
        int t = Character.getType(c);
        return t == Character.CURRENCY_SYMBOL || t == Character.MATH_SYMBOL || t == Character.OTHER_SYMBOL
                || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_NUMBER;
    }

    private static final int FOREIGN_PER = 20;

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
