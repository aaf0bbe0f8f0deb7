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
