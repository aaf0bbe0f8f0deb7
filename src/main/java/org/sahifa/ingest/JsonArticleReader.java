package org.sahifa.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * Reads JSON files – one article object, or an array of them – item by item, so memory stays bounded whatever the
 * file size and one bad item never costs its neighbours. A small scanner of our own finds where each item of the
 * top-level array begins and ends (strings, escapes and brackets, with a counter for depth, so nesting costs no
 * stack); each item is then parsed on its own by Jackson. An item that is too large (more than
 * {@link ImportLimits#maxItemChars()} × 3 characters of JSON), nested deeper than {@value #MAX_DEPTH} levels, not
 * valid JSON or not a valid article is reported as {@code item N (line L, column C (byte B))} and skipped; the
 * next item is read. Only damage that hides where items end (an unterminated string, brackets that do not match,
 * the file cut short) ends the file; the items before it are kept.
 */
final class JsonArticleReader {

    static final int MAX_DEPTH = 64;

    private final ObjectMapper mapper;
    private final JsonItems items;
    private final int maxString;
    private final long maxItemJsonChars;

    JsonArticleReader(ImportLimits limits, HtmlSanitizer sanitizer) {
        this.maxString = limits.maxItemChars();
        this.maxItemJsonChars = 3L * limits.maxItemChars();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxItemChars())
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                // Raw tabs and other controls inside strings are a common harmless flaw of dumps; StoredText
                // removes them from what is stored.
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
        this.mapper = new ObjectMapper(factory);
        this.items = new JsonItems(limits, sanitizer);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    JsonItems items() {
        return items;
    }

    String describe(JsonProcessingException e) {
        return JsonMessages.describe(e, maxString, MAX_DEPTH);
    }

    void read(InputStream in, Charset forced, ImportSink sink) throws IOException, ImportException {
        JsonTextSource src = new JsonTextSource(in, forced);
        int first = skipSpace(src);
        if (first < 0) {
            throw new ImportException("", "the file is empty");
        }
        if (first == '{') {
            value(src, 1, sink);
            if (skipSpace(src) >= 0) {
                throw new ImportException(src.position(),
                        "unexpected content after the article object (for one object per line use .jsonl)");
            }
            return;
        }
        if (first != '[') {
            throw new ImportException(src.position(), "expected an article object or an array of them, found "
                    + describeChar(first));
        }
        src.next();
        int index = 0;
        while (true) {
            int c = skipSpace(src);
            if (c < 0) {
                throw new ImportException(src.position(), "the file ends inside the array (after item " + index
                        + "); the file may be cut short");
            }
            if (c == ']') {
                src.next();
                break;
            }
            if (c == ',') {
                throw new ImportException(src.position(), "a comma where item " + (index + 1) + " should be");
            }
            index++;
            value(src, index, sink);
            c = skipSpace(src);
            if (c == ',') {
                src.next();
                if (skipSpace(src) == ']') { // a trailing comma: harmless, read on
                    continue;
                }
            } else if (c != ']' && c >= 0) {
                throw new ImportException(src.position(), "expected a comma or ']' after item " + index + ", found "
                        + describeChar(c));
            }
        }
        int after = skipSpace(src);
        if (after >= 0) {
            throw new ImportException(src.position(), "unexpected content after the array");
        }
    }

    /** Reads one value (item {@code index}) and delivers it, or reports it. */
    private void value(JsonTextSource src, int index, ImportSink sink) throws IOException, ImportException {
        long line = src.line;
        long column = src.column;
        long offset = src.offset;
        String position = "item " + index + " (" + JsonTextSource.position(line, column, offset) + ")";
        StringBuilder text = new StringBuilder();
        boolean overlong = false;
        int depth = 0;
        int maxDepth = 0;
        // Bracket types above MAX_DEPTH are only counted; below it they are checked.
        StringBuilder open = new StringBuilder();
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            int c = src.next();
            if (c < 0) {
                throw new ImportException(JsonTextSource.position(line, column, offset), "the file ends inside item "
                        + index + (inString ? " (in an unterminated text value)" : "") + "; the file may be cut short");
            }
            if (!overlong) {
                if (text.length() >= maxItemJsonChars) {
                    overlong = true;
                    text.setLength(0);
                } else {
                    text.append((char) c);
                }
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        break;
                    }
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
                maxDepth = Math.max(maxDepth, depth);
                open.append((char) c);
            } else if (c == '}' || c == ']') {
                if (depth == 0 || open.charAt(open.length() - 1) != (c == '}' ? '{' : '[')) {
                    throw new ImportException(src.position(), "a '" + (char) c + "' that closes no '"
                            + (c == '}' ? '{' : '[') + "' in item " + index);
                }
                open.setLength(open.length() - 1);
                depth--;
                if (depth == 0) {
                    break;
                }
            } else if (depth == 0) {
                // a bare value (number, true, null …): up to the next separator
                int n = src.peek();
                if (n < 0 || n == ',' || n == ']' || n == '}' || Character.isWhitespace(n)) {
                    break;
                }
            }
        }
        if (maxDepth > MAX_DEPTH) {
            sink.problem(position, "nested deeper than " + MAX_DEPTH + " levels; skipped");
            return;
        }
        if (overlong) {
            sink.problem(position, "the item is larger than the limit of " + maxItemJsonChars + " characters; skipped");
            return;
        }
        JsonNode node;
        try {
            node = mapper.readTree(text.toString());
        } catch (JsonProcessingException e) {
            sink.problem(inner(index, line, column, e.getLocation()), describe(e));
            return;
        }
        try {
            sink.item(items.toItem(node, position));
        } catch (JsonItems.BadItemException e) {
            sink.problem(position, e.getMessage());
        }
    }

    /** The position of an error inside item {@code index} that starts at line/column. */
    private static String inner(int index, long line, long column, JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "item " + index + " (line " + line + ", column " + column + ")";
        }
        long l = line + loc.getLineNr() - 1;
        long c = loc.getLineNr() == 1 ? column + loc.getColumnNr() - 1 : loc.getColumnNr();
        return "item " + index + " (line " + l + ", column " + c + ")";
    }

    private static int skipSpace(JsonTextSource src) throws IOException, ImportException {
        while (true) {
            int c = src.peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF') {
                src.next();
            } else {
                return c;
            }
        }
    }

    private static String describeChar(int c) {
        return c < 0x20 ? String.format("the control character U+%04X", c) : "'" + (char) c + "'";
    }
}
