package org.sahifa.ingest.feed.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Readability-style main-text extraction.
 *
 * <ol>
 *   <li>Remove what is never article text: scripts, styles, navigation, headers, footers, asides, forms,
 *       frames, and blocks whose class or id says comment/share/related/sidebar/menu/advert… (unless it also says
 *       article/content/story/entry/body/text).</li>
 *   <li>Every paragraph-like block ({@code p}, {@code pre}, {@code blockquote}, {@code td}) of at least
 *       {@link #MIN_PARAGRAPH} characters scores {@code 1 + commas (, and ،) + min(length / 100, 3)}, given to its
 *       parent in full and to its grandparent by half.</li>
 *   <li>A candidate's score starts from its tag ({@code article} +10, {@code div} +5, lists/forms −3) and its
 *       class/id (±25), and is scaled by {@code 1 − link density}.</li>
 *   <li>The best candidate is kept with those siblings that score at least a fifth of it, and with sibling
 *       paragraphs that are long and hardly links. Inside, link-heavy short blocks (related-story lists) go.</li>
 * </ol>
 */
public final class ArticleExtractor {

    /** Shortest text that counts as a paragraph. */
    public static final int MIN_PARAGRAPH = 25;
    /**
     * Pages with more elements than this are not extracted (the feed's own text is kept): real article pages have a
     * few thousand; scoring a hostile page of hundreds of thousands of nested blocks would cost minutes.
     */
    public static final int MAX_ELEMENTS = 30_000;

    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, frame, object, embed, "
            + "form, nav, header, footer, aside, svg, canvas, button, input, select, textarea, link, meta, dialog";
    private static final Pattern UNLIKELY = Pattern.compile(
            "comment|share|social|related|sidebar|footer|header|menu|nav|advert|\\bads?\\b|ad-|promo|breadcrumb|"
                    + "newsletter|subscribe|popup|cookie|banner|sponsor|widget|tags|most-?read|trending",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKELY = Pattern.compile(
            "article|content|story|entry|body|text|main|post|news-?details?|column",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|share|social|related|sidebar|footer|menu|advert|promo|meta|outbrain|taboola|tags",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

    private ArticleExtractor() {
    }

    /**
     * Extracts the main text of {@code html}.
     *
     * @param base the page address, for resolving image and link addresses
     * @return the article, or empty when the page has no paragraph-dense block
     */
    public static Optional<ExtractedArticle> extract(String html, URI base) {
        return extract(html, base, null);
    }

    /**
     * Extracts the main text of {@code html}, without a first block that only repeats the headline
     * ({@code headline}, the page's {@code <h1>}, {@code og:title} or {@code <title>}).
     *
     * @param base     the page address, for resolving image and link addresses
     * @param headline the article's headline as the feed gave it, or {@code null}
     * @return the article, or empty when the page has no paragraph-dense block
     */
    public static Optional<ExtractedArticle> extract(String html, URI base, String headline) {
        Document doc = Jsoup.parse(html, base.toString());
        if (doc.getAllElements().size() > MAX_ELEMENTS) {
            return Optional.empty();
        }
        List<String> headlines = headlines(doc, headline);
        Element root = doc.selectFirst("html");
        String language = attr(root, "lang");
        String dir = attr(root, "dir");
        if (dir == null) {
            dir = attr(doc.body(), "dir");
        }
        doc.select(NEVER_CONTENT).remove();
        removeUnlikely(doc.body());
        for (Element el : doc.select("img[src], a[href]")) {
            String key = el.normalName().equals("img") ? "src" : "href";
            el.attr(key, el.attr("abs:" + key)); // resolve while the element still knows its page
        }

        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : doc.body().select("p, pre, blockquote, td")) {
            String t = p.text();
            if (t.length() < MIN_PARAGRAPH) {
                continue;
            }
            double s = 1 + commas(t) + Math.min(t.length() / 100, 3);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            add(scores, parent, s);
            Element grand = parent.parent();
            if (grand != null) {
                add(scores, grand, s / 2);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Element out = new Element("div");
        if (language != null) {
            out.attr("lang", language);
        }
        if (dir != null) {
            out.attr("dir", dir);
        } else if (language != null && isRtlLanguage(language)) {
            out.attr("dir", "rtl");
        }
        Element parent = best.parent();
        double threshold = Math.max(10, bestScore * 0.2);
        if (parent == null || parent == doc.body().parent()) {
            out.appendChild(best.clone());
        } else {
            for (Element sibling : parent.children()) {
                if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold || goodParagraph(sibling)) {
                    out.appendChild(sibling.clone());
                }
            }
        }
        dropLinkLists(out);
        dropRepeatedHeadline(out, headlines);
        List<String> paragraphs = new ArrayList<>();
        int substantial = 0;
        for (Element b : out.select(BLOCKS)) {
            if (!b.select(BLOCKS).stream().allMatch(x -> x == b)) {
                continue; // an outer block: its inner blocks are counted instead
            }
            String t = b.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
                if (b.normalName().equals("p") && t.length() >= MIN_PARAGRAPH) {
                    substantial++;
                }
            }
        }
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        List<URI> images = new ArrayList<>();
        for (Element img : out.select("img[src]")) {
            String abs = img.attr("src");
            try {
                URI u = new URI(abs);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && !images.contains(u)) {
                    images.add(u);
                }
                img.attr("src", abs);
                img.removeAttr("srcset");
            } catch (URISyntaxException e) {
                img.remove();
            }
        }
        return Optional.of(new ExtractedArticle(out.outerHtml(), String.join("\n\n", paragraphs), substantial,
                language, images));
    }

    /** The page's and the feed's forms of the headline, compared case- and space-insensitively. */
    private static List<String> headlines(Document doc, String headline) {
        List<String> out = new ArrayList<>();
        if (headline != null) {
            out.add(comparable(headline));
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null) {
            out.add(comparable(h1.text()));
        }
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null) {
            out.add(comparable(og.attr("content")));
        }
        out.add(comparable(doc.title()));
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Removes the first text block when it only repeats the headline (the reader shows the headline already). */
    private static void dropRepeatedHeadline(Element out, List<String> headlines) {
        for (Element b : out.select("h1, h2, h3, h4, p")) {
            String t = comparable(b.text());
            if (t.isEmpty()) {
                continue;
            }
            if (headlines.contains(t)) {
                b.remove();
            }
            return;
        }
    }

    private static String comparable(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u00A0\u200B]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isRtlLanguage(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        return l.startsWith("ar") || l.startsWith("fa") || l.startsWith("ur") || l.startsWith("he");
    }

    private static String attr(Element e, String name) {
        if (e == null || !e.hasAttr(name)) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static void removeUnlikely(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("article") || e.normalName().equals("main")) {
                continue;
            }
            String id = e.className() + " " + e.id();
            if (id.isBlank()) {
                continue;
            }
            if (UNLIKELY.matcher(id).find() && !LIKELY.matcher(id).find()) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static void add(Map<Element, Double> scores, Element e, double s) {
        scores.merge(e, initial(e) + s, (old, ignored) -> old + s);
    }

    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String id = e.className() + " " + e.id();
        if (NEGATIVE.matcher(id).find()) {
            s -= 25;
        }
        if (LIKELY.matcher(id).find()) {
            s += 25;
        }
        return s;
    }

    private static boolean goodParagraph(Element e) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        String t = e.text();
        double ld = linkDensity(e);
        return (t.length() > 80 && ld < 0.25) || (t.length() >= MIN_PARAGRAPH && ld == 0 && t.matches(".*[.!?؟。]\\s*$"));
    }

    private static void dropLinkLists(Element out) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : out.select("ul, ol, div, table, section")) {
            String t = e.text();
            if (e != out && t.length() < 300 && linkDensity(e) > 0.5) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        Elements links = e.select("a");
        int linked = 0;
        for (Element a : links) {
            linked += a.text().length();
        }
        return Math.min(1, (double) linked / total);
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
