package org.sahifa.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Makes article HTML from outside safe to keep, and extracts its plain text.
 * <p>The safelist keeps text structure only: paragraphs, line breaks, headings, emphasis, quotes, lists, tables,
 * preformatted text, figures, links ({@code http}, {@code https}, {@code mailto}) and images ({@code http},
 * {@code https}; the {@code src} is kept as data – the reader shows an image only from its local cache and never
 * fetches it). Everything else goes: scripts, styles, iframes, objects, forms, event handler and style attributes,
 * {@code javascript:} and {@code data:} URLs. Relative URLs are resolved against the article's base URL.
 * <p>Plain text keeps paragraphs: every block element ends a paragraph; paragraphs are separated by a blank line.
 */
public final class HtmlSanitizer {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "tr", "table", "ul", "ol", "figure", "figcaption", "hr", "section", "article",
            "header", "footer", "dd", "dt", "dl");

    /** The sanitised HTML and its plain text. */
    public record Result(String html, String text) {
    }

    private final Safelist safelist;

    public HtmlSanitizer() {
        safelist = new Safelist()
                .addTags("p", "br", "b", "strong", "i", "em", "u", "s", "small", "sub", "sup", "mark", "blockquote",
                        "q", "cite", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
                        "code", "hr", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
                        "caption", "a", "img", "span", "div")
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan")
                .addAttributes(":all", "dir", "lang")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .addProtocols("q", "cite", "http", "https")
                .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    }

    /**
     * Sanitises {@code html}.
     *
     * @param baseUrl the article's address, for resolving relative links and images; may be {@code null}
     */
    public Result sanitize(String html, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl;
        Document dirty = Jsoup.parseBodyFragment(html, base);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return new Result(clean.body().html(), text(clean.body()));
    }

    /** The plain text of an element, paragraphs separated by a blank line. */
    public static String text(Element root) {
        StringBuilder sb = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append('\n');
                }
            }
        });
        StringBuilder collapsed = new StringBuilder();
        for (String line : sb.toString().split("\n")) {
            collapsed.append(line.replaceAll("[\\s\\u00A0]+", " ").strip()).append('\n');
        }
        return Paragraphs.normalise(collapsed.toString());
    }
}
