package org.sahifa.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Reads JSON Lines: one article object per line, blank lines ignored. Each line stands alone, so a malformed line
 * (bad JSON, invalid UTF-8, too long) is reported with its line number and the following lines are still read.
 */
final class JsonLinesReader {

    private static final int CHUNK = 1 << 16;
    private final JsonArticleReader json;
    private final int maxLineBytes;

    JsonLinesReader(JsonArticleReader json, ImportLimits limits) {
        this.json = json;
        this.maxLineBytes = limits.maxItemChars() * 4 + 1024;
    }

    void read(InputStream in, Charset forced, ImportSink sink) throws IOException, ImportException {
        byte[] buf = new byte[CHUNK];
        byte[] line = new byte[CHUNK];
        int lineLen = 0;
        long lineNo = 1;
        long lineStart = 0;
        long offset = 0;
        boolean overlong = false;
        boolean any = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] != '\n') {
                    continue;
                }
                if (!overlong) {
                    line = append(line, lineLen, buf, from, i - from);
                    lineLen += i - from;
                }
                any |= handle(line, lineLen, overlong, lineNo, lineStart, forced, sink);
                lineNo++;
                lineStart = offset + i + 1;
                lineLen = 0;
                overlong = false;
                from = i + 1;
            }
            if (!overlong) {
                if (lineLen + (n - from) > maxLineBytes) {
                    overlong = true;
                } else {
                    line = append(line, lineLen, buf, from, n - from);
                    lineLen += n - from;
                }
            }
            offset += n;
        }
        any |= handle(line, lineLen, overlong, lineNo, lineStart, forced, sink);
        if (!any) {
            throw new ImportException("", "the file is empty");
        }
    }

    /** Returns whether the line held anything (an item or a problem). */
    private boolean handle(byte[] line, int len, boolean overlong, long lineNo, long lineStart, Charset forced,
                           ImportSink sink) {
        String position = "line " + lineNo;
        if (overlong) {
            sink.problem(position, "line longer than " + ImportLimits.human(maxLineBytes));
            return true;
        }
        int start = 0;
        if (lineNo == 1 && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (isBlank(line, start, len)) {
            return false;
        }
        try {
            JsonNode node;
            if (forced == null) {
                node = json.mapper().readTree(line, start, len - start);
            } else {
                String text = forced.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line, start, len - start)).toString();
                node = json.mapper().readTree(text);
            }
            sink.item(json.items().toItem(node, position));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? position : position + ", column " + loc.getColumnNr()
                    + (loc.getByteOffset() >= 0 ? " (byte " + (lineStart + loc.getByteOffset()) + ")" : "");
            sink.problem(where, json.describe(e));
        } catch (CharacterCodingException e) {
            sink.problem(position, "invalid " + forced.name() + " text");
        } catch (JsonItems.BadItemException e) {
            sink.problem(position, e.getMessage());
        } catch (IOException e) {
            sink.problem(position, "not valid JSON");
        }
        return true;
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        if (len + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, len + count));
        }
        System.arraycopy(src, from, line, len, count);
        return line;
    }
}
