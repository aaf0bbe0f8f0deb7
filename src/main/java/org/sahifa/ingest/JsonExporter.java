package org.sahifa.ingest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.sahifa.store.Article;
import org.sahifa.store.Bookmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes articles as a JSON array in the import format (docs/formats.md), streaming, one article object at a time.
 * Read state and bookmarks ride along ({@code read}, {@code bookmark}), so an export imports back to the same
 * library content. Library-specific values (id, fetched time) are not written: they belong to one library.
 */
public final class JsonExporter implements AutoCloseable {

    private final JsonGenerator gen;
    private long count;

    public JsonExporter(OutputStream out) throws IOException {
        gen = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        gen.useDefaultPrettyPrinter();
        gen.writeStartArray();
    }

    public void write(Article a, Bookmark bookmark) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("title", a.title());
        gen.writeStringField("body", a.bodyText());
        optional("bodyHtml", a.bodyHtml());
        optional("url", a.url());
        optional("guid", a.guid());
        optional("source", a.source());
        optional("author", a.author());
        optional("published", a.published() == null ? null : a.published().toString());
        optional("lang", a.language());
        if (a.read()) {
            gen.writeBooleanField("read", true);
        }
        if (bookmark != null) {
            gen.writeObjectFieldStart("bookmark");
            optional("note", bookmark.note());
            gen.writeArrayFieldStart("tags");
            for (String t : bookmark.tags()) {
                gen.writeString(t);
            }
            gen.writeEndArray();
            gen.writeStringField("created", bookmark.created().toString());
            gen.writeEndObject();
        }
        gen.writeEndObject();
        count++;
    }

    /** {@link #write} for lambdas. */
    public void writeUnchecked(Article a, Bookmark bookmark) {
        try {
            write(a, bookmark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long count() {
        return count;
    }

    private void optional(String name, String value) throws IOException {
        if (value != null) {
            gen.writeStringField(name, value);
        }
    }

    @Override
    public void close() throws IOException {
        gen.writeEndArray();
        gen.writeRaw('\n');
        gen.close();
    }
}
