package org.sahifa.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.sahifa.store.ArticleDraft;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses RSS 2.0, RSS 1.0 and Atom documents (Rome) into article drafts, treating the document as hostile.
 * Reused for feed files and for feeds fetched over HTTP.
 * <ul>
 * <li>Size: documents above the bound are refused before parsing.</li>
 * <li>Encoding: a byte-order mark, else the XML declaration's {@code encoding}, else the caller's hint (HTTP),
 * else UTF-8; the bytes are decoded strictly – an invalid byte is an error naming its offset.</li>
 * <li>No DTDs: a {@code <!DOCTYPE} in the prolog is refused by our own scan before Rome sees the document, and
 * Rome's parser is told to refuse it too ({@code allowDoctypes(false)}). Without a DTD there are no entity
 * declarations, so no external entities (XXE) and no entity expansion (billion laughs).</li>
 * <li>HTML of titles and bodies: bodies are sanitised with {@link HtmlSanitizer}; titles become plain text.</li>
 * </ul>
 */
public final class FeedDocumentParser {


    private final HtmlSanitizer sanitizer;
    private final long maxBytes;

    public FeedDocumentParser(HtmlSanitizer sanitizer, long maxBytes) {
        this.sanitizer = sanitizer;
        this.maxBytes = maxBytes;
    }

    public FeedDocumentParser() {
        this(new HtmlSanitizer(), ImportLimits.DEFAULT.maxDocumentBytes());
    }

    /** Parses a document whose encoding is only known from its own bytes. */
    public FeedDocument parse(byte[] bytes, URI base) throws ImportException {
        return parse(bytes, base, null);
    }

    /**
     * Parses a document.
     *
     * @param base    the document's address, for relative links (may be {@code null})
     * @param hint    the charset a transport declared (HTTP {@code Content-Type}), or {@code null}
     * @throws ImportException when the document is too large, badly encoded, has a DTD or is not RSS/Atom; the
     *                         position names the line and column (or byte) where it went wrong
     */
    public FeedDocument parse(byte[] bytes, URI base, Charset hint) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException("", "the feed is empty");
        }
        if (bytes.length > maxBytes) {
            throw new ImportException("", "the feed is larger than the limit of " + ImportLimits.human(maxBytes));
        }
        DeclaredEncoding.Result decoded = DeclaredEncoding.xml(bytes, hint == null ? null : hint.name());
        if (decoded.charset() == null) {
            throw new ImportException("byte " + Math.max(0, decoded.invalidOffset()), "invalid UTF-8, and not"
                    + " windows-1256 Arabic or windows-1252 Latin text either; give the file's encoding with --encoding");
        }
        String xml = XmlRepair.repair(decoded.text());
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            throw new ImportException(position(e.getLineNumber(), e.getColumnNumber()), FeedMessages.describe(e, xml), e);
        } catch (FeedException | RuntimeException e) {
            throw new ImportException("", FeedMessages.describe(e, xml), e);
        }
        String baseUrl = base == null ? feed.getLink() : base.toString();
        String language = blankToNull(feed.getLanguage());
        String source = plain(feed.getTitle());
        List<ArticleDraft> items = new ArrayList<>();
        List<FeedDocument.ItemProblem> problems = new ArrayList<>();
        int index = 0;
        for (SyndEntry e : feed.getEntries()) {
            index++;
            try {
                items.add(draft(e, baseUrl, source, language));
            } catch (IllegalArgumentException ex) {
                problems.add(new FeedDocument.ItemProblem("item " + index, ex.getMessage()));
            } catch (RuntimeException ex) {
                problems.add(new FeedDocument.ItemProblem("item " + index, "the entry could not be read"
                        + " (its content is malformed); skipped"));
            }
        }
        return new FeedDocument(source, blankToNull(feed.getLink()), language, items, problems);
    }

    private ArticleDraft draft(SyndEntry e, String feedBase, String source, String feedLanguage) {
        String link = WebAddress.webOrNull(e.getLink(), WebAddress.webOrNull(feedBase));
        String base = link != null ? link : WebAddress.webOrNull(feedBase);
        String html = null;
        String text = null;
        SyndContent body = best(e);
        if (body != null && body.getValue() != null && !body.getValue().isBlank()) {
            String type = body.getType() == null ? "html" : body.getType().toLowerCase(Locale.ROOT);
            if (type.contains("html")) {
                HtmlSanitizer.Result r = sanitizer.sanitize(body.getValue(), base);
                html = r.html();
                text = r.text();
            } else {
                text = Paragraphs.normalise(body.getValue());
            }
        }
        String title = plain(e.getTitle());
        if (text == null) {
            text = "";
        }
        String guid = blankToNull(e.getUri());
        String guessed = Languages.guess((title == null ? "" : title) + " " + text);
        String language = guessed != null ? guessed : feedLanguage;
        try {
            return StoredText.clean(new ArticleDraft(title, html, text, link, guid, source,
                    blankToNull(e.getAuthor()), language,
                    instant(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate())));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("an entry with neither title nor content");
        }
    }

    /** The longest body: Atom content or RSS content:encoded before the description/summary. */
    private static SyndContent best(SyndEntry e) {
        SyndContent best = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.getValue().length())) {
                best = c;
            }
        }
        SyndContent d = e.getDescription();
        if (d != null && d.getValue() != null && (best == null || d.getValue().length() > best.getValue().length())) {
            best = d;
        }
        return best;
    }



    static String lineColumn(String s, int index) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return position(line, col);
    }

    private static String position(int line, int column) {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? "line " + line + ", column " + column : "line " + line;
    }



    private static String plain(String maybeHtml) {
        if (maybeHtml == null || maybeHtml.isBlank()) {
            return null;
        }
        String t = maybeHtml.indexOf('<') >= 0 || maybeHtml.indexOf('&') >= 0
                ? Jsoup.parse(maybeHtml).text() : maybeHtml;
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }


    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
