package org.sahifa.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Reads JSON files – one article object, or an array of them – item by item with Jackson's streaming parser, so
 * memory stays bounded whatever the file size. A syntax error ends the file (its position is reported); the items
 * before it are delivered. An object that is not a valid article is reported and skipped.
 */
final class JsonArticleReader {

    private final ObjectMapper mapper;
    private final JsonItems items;

    JsonArticleReader(ImportLimits limits, HtmlSanitizer sanitizer) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxItemChars())
                        .maxNestingDepth(64)
                        .build())
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

    void read(InputStream in, Charset forced, ImportSink sink) throws IOException, ImportException {
        try (JsonParser p = forced == null ? mapper.createParser(in) : mapper.createParser(reader(in, forced))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ImportException("", "the file is empty");
            }
            if (first == JsonToken.START_OBJECT) {
                deliver(p, 1, sink);
                if (p.nextToken() != null) {
                    throw new ImportException(position(p.currentLocation()),
                            "unexpected content after the article object (for one object per line use .jsonl)");
                }
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new ImportException(position(p.currentLocation()), "expected an article object or an array of them");
            }
            int index = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new ImportException(position(p.currentLocation()), "unexpected end of file inside the array");
                }
                index++;
                deliver(p, index, sink);
            }
            if (p.nextToken() != null) {
                throw new ImportException(position(p.currentLocation()), "unexpected content after the array");
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new ImportException(loc == null ? "" : position(loc), e.getOriginalMessage(), e);
        }
    }

    private void deliver(JsonParser p, int index, ImportSink sink) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        String position = "item " + index + " (" + position(start) + ")";
        JsonNode node = mapper.readTree(p);
        try {
            sink.item(items.toItem(node, position));
        } catch (JsonItems.BadItemException e) {
            sink.problem(position, e.getMessage());
        }
    }

    static String position(JsonLocation loc) {
        String s = "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return loc.getByteOffset() >= 0 ? s + " (byte " + loc.getByteOffset() + ")" : s;
    }

    static Reader reader(InputStream in, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, dec);
    }
}
