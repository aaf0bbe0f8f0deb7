package org.sahifa.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a JSON file, decoded strictly, with the line, column and byte offset of each. The encoding is
 * the one given, else RFC 8259's: a byte-order mark, else the pattern of zero bytes in the first four (UTF-32 or
 * UTF-16, big or little endian), else UTF-8.
 */
final class JsonTextSource {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final int bytesPerUnit;
    private final boolean utf8;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean badBytes;
    private long consumed;
    long line = 1;
    long column = 1;
    /** Byte offset of the next character. */
    long offset;

    JsonTextSource(InputStream in, Charset forced) throws IOException {
        this.in = in;
        byte[] head = in.readNBytes(4);
        Charset cs = forced;
        int bom = 0;
        if (cs == null) {
            int b0 = head.length > 0 ? head[0] & 0xFF : -1;
            int b1 = head.length > 1 ? head[1] & 0xFF : -1;
            int b2 = head.length > 2 ? head[2] & 0xFF : -1;
            int b3 = head.length > 3 ? head[3] & 0xFF : -1;
            if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                cs = StandardCharsets.UTF_8;
                bom = 3;
            } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
                cs = UTF_32BE;
                bom = 4;
            } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
                cs = UTF_32LE;
                bom = 4;
            } else if (b0 == 0xFE && b1 == 0xFF) {
                cs = StandardCharsets.UTF_16BE;
                bom = 2;
            } else if (b0 == 0xFF && b1 == 0xFE) {
                cs = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (head.length == 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
                cs = UTF_32BE;
            } else if (head.length == 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
                cs = UTF_32LE;
            } else if (head.length >= 2 && b0 == 0 && b1 != 0) {
                cs = StandardCharsets.UTF_16BE;
            } else if (head.length >= 2 && b0 != 0 && b1 == 0) {
                cs = StandardCharsets.UTF_16LE;
            } else {
                cs = StandardCharsets.UTF_8;
            }
        } else if (cs.equals(StandardCharsets.UTF_8) && head.length >= 3 && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = 3;
        }
        this.utf8 = cs.equals(StandardCharsets.UTF_8);
        this.bytesPerUnit = cs.equals(UTF_32BE) || cs.equals(UTF_32LE) ? 2
                : cs.name().startsWith("UTF-16") ? 2 : 1;
        this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.put(head, bom, head.length - bom);
        bytes.flip();
        consumed = bom;
        offset = bom;
        chars.flip();
    }

    /** The next character, or -1 at the end. */
    int next() throws IOException, ImportException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        char c = chars.get();
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        offset += width(c);
        return c;
    }

    /** The next character without taking it, or -1 at the end. */
    int peek() throws IOException, ImportException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        return chars.get(chars.position());
    }

    String position() {
        return position(line, column, offset);
    }

    static String position(long line, long column, long offset) {
        return "line " + line + ", column " + column + " (byte " + offset + ")";
    }

    private int width(char c) {
        if (!utf8) {
            return bytesPerUnit;
        }
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        return Character.isSurrogate(c) ? 2 : 3; // a pair is four bytes
    }

    private boolean fill() throws IOException, ImportException {
        if (badBytes) {
            throw new ImportException(position(), "invalid " + decoder.charset().name()
                    + " text (give the file's encoding with --encoding)");
        }
        chars.clear();
        while (true) {
            if (!eof && !bytes.hasRemaining() || bytes.remaining() < 8 && !eof) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, chars, eof);
            consumed += bytes.position() - before;
            if (r.isError()) {
                badBytes = true; // reported once the characters before it are taken, with their position
                chars.flip();
                if (chars.hasRemaining()) {
                    return true;
                }
                return fill();
            }
            if (chars.position() > 0) {
                chars.flip();
                return true;
            }
            if (eof && !bytes.hasRemaining()) {
                chars.flip();
                return false;
            }
        }
    }
}
