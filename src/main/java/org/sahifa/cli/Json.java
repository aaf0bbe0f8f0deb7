package org.sahifa.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleSummary;
import org.sahifa.store.Bookmark;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The {@code --json} output: one JSON object per line. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new SafeEscapes());
    }

    /**
     * Beyond JSON's own escapes (C0 controls, quote, backslash): DEL, C1 controls, bidi embeddings, overrides and
     * isolates, the line and paragraph separators and lone surrogates are written as {@code \\uXXXX}, so a line of
     * {@code --json} output holds no character that acts on a terminal; parsers read back the same string.
     */
    static final class SafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        SafeEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if ((ch >= 0x80 && ch <= 0x9F) || TerminalText.isBidiControl((char) ch) || ch == 0x2028 || ch == 0x2029
                    || (ch >= 0xD800 && ch <= 0xDFFF) || ch == 0xFFFE || ch == 0xFFFF) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void println(PrintWriter out, ObjectNode node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode summary(ArticleSummary a) {
        return summary(a.id(), a.title(), a.source(), a.published(), a.bookmarked(), a.read());
    }

    static ObjectNode summary(Article a) {
        return summary(a.id(), a.title(), a.source(), a.published(), a.bookmarked(), a.read());
    }

    private static ObjectNode summary(long id, String title, String source, Instant published, boolean bookmarked,
                                      boolean read) {
        ObjectNode n = object();
        n.put("id", id);
        n.put("title", title);
        n.put("source", source);
        n.put("published", time(published));
        n.put("bookmarked", bookmarked);
        n.put("read", read);
        return n;
    }

    static ObjectNode full(Article a, Bookmark b) {
        ObjectNode n = summary(a);
        n.put("url", a.url());
        n.put("guid", a.guid());
        n.put("author", a.author());
        n.put("lang", a.language());
        n.put("fetched", time(a.fetched()));
        n.put("body", a.bodyText());
        n.put("bodyHtml", a.bodyHtml());
        if (b != null) {
            n.set("bookmark", bookmark(b));
        }
        return n;
    }

    static ObjectNode bookmark(Bookmark b) {
        ObjectNode n = object();
        n.put("id", b.articleId());
        n.put("note", b.note());
        var tags = n.putArray("tags");
        b.tags().forEach(tags::add);
        n.put("created", time(b.created()));
        n.put("updated", time(b.updated()));
        return n;
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
