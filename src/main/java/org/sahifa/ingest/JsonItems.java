package org.sahifa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.sahifa.store.ArticleDraft;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one JSON object to an article (docs/formats.md): {@code title} and {@code body} required; {@code bodyHtml},
 * {@code url}, {@code guid} (or {@code id}), {@code source}, {@code author}, {@code published} (ISO-8601), {@code lang}
 * optional; {@code read} and {@code bookmark} ({@code note}, {@code tags}) as Sahifa's export writes them.
 * Accepted aliases, for common dumps: {@code content}/{@code text} for body, {@code link} for url,
 * {@code language} for lang, {@code date}/{@code pubDate}/{@code date_extracted} for published (the aliases'
 * unparseable dates are dropped, an unparseable {@code published} is an error).
 */
final class JsonItems {

    /** The object is not an article; the message says why. */
    static final class BadItemException extends Exception {
        BadItemException(String message) {
            super(message);
        }
    }

    private final ImportLimits limits;
    private final HtmlSanitizer sanitizer;

    JsonItems(ImportLimits limits, HtmlSanitizer sanitizer) {
        this.limits = limits;
        this.sanitizer = sanitizer;
    }

    ImportedItem toItem(JsonNode node, String position) throws BadItemException {
        if (!node.isObject()) {
            throw new BadItemException("expected an object, found " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        String title = text(node, "title");
        if (title == null) {
            throw new BadItemException("missing \"title\"");
        }
        String html = text(node, "bodyHtml", "body_html");
        String body = text(node, "body", "content", "text");
        String cleanHtml = null;
        if (html != null && !html.isBlank()) {
            HtmlSanitizer.Result r = sanitizer.sanitize(html, WebAddress.webOrNull(text(node, "url", "link")));
            cleanHtml = r.html();
            if (body == null || body.isBlank()) {
                body = r.text();
            }
        }
        if (body == null) {
            throw new BadItemException("missing \"body\"");
        }
        body = Paragraphs.normalise(body);
        if (title.length() + body.length() > limits.maxItemChars()) {
            throw new BadItemException("article longer than " + limits.maxItemChars() + " characters");
        }
        Instant published = strictDate(node, "published", "published");
        if (published == null) {
            published = Dates.parseOrNull(text(node, "date", "pubDate", "date_extracted"));
        }
        String lang = text(node, "lang", "language");
        if (lang == null) {
            lang = Languages.guess(title + " " + body);
        }
        ArticleDraft draft;
        try {
            draft = StoredText.clean(new ArticleDraft(title, cleanHtml, body,
                    WebAddress.webOrNull(text(node, "url", "link")), text(node, "guid", "id"), text(node, "source"),
                    text(node, "author"), lang, published));
        } catch (IllegalArgumentException e) {
            throw new BadItemException("the title is blank and there is no text");
        }
        boolean read = node.path("read").asBoolean(false);
        JsonNode bm = node.get("bookmark");
        if (bm != null && bm.isObject()) {
            List<String> tags = new ArrayList<>();
            for (JsonNode t : bm.path("tags")) {
                if (t.isValueNode()) {
                    tags.add(t.asText());
                }
            }
            String note = bm.hasNonNull("note") ? bm.get("note").asText() : null;
            Instant created = strictDate(bm, "created", "bookmark.created");
            return new ImportedItem(draft, position, read, true, note, tags, created);
        }
        return new ImportedItem(draft, position, read, false, null, List.of(), null);
    }

    /** The ISO-8601 date or date-time in {@code field}, {@code null} when absent or blank; malformed: the item is bad. */
    private static Instant strictDate(JsonNode node, String field, String label) throws BadItemException {
        String v = text(node, field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Dates.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadItemException("\"" + label + "\" is not an ISO-8601 date or date-time: " + v);
        }
    }

    private static String text(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull()) {
                if (v.isValueNode()) {
                    return v.asText();
                }
            }
        }
        return null;
    }
}
