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
        ObjectNode n = object();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("source", a.source());
        n.put("published", time(a.published()));
        n.put("bookmarked", a.bookmarked());
        n.put("read", a.read());
        return n;
    }

    static ObjectNode summary(Article a) {
        ObjectNode n = object();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("source", a.source());
        n.put("published", time(a.published()));
        n.put("bookmarked", a.bookmarked());
        n.put("read", a.read());
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
