package org.sahifa.ui.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds a document from an article's HTML, treating it as hostile:
 * <ul>
 *   <li>only a whitelist of elements means anything: headings {@code h1–h6}, paragraphs and block containers
 *       ({@code p div section article header footer main figure figcaption pre tr}), {@code blockquote},
 *       lists ({@code ul ol li}), {@code a href} (http, https, mailto only), {@code img} (only when the
 *       {@link ImageCache} already holds it), {@code br} and {@code hr}; any other element contributes its text only;</li>
 *   <li>{@code script style noscript template iframe object embed svg math form input button select textarea
 *       head title} are dropped with everything inside them;</li>
 *   <li>nothing is fetched: no remote image, style sheet or frame is ever loaded;</li>
 *   <li>text beyond {@link #MAX_CHARS} characters is cut off, and the walk is iterative, so deep nesting cannot
 *       overflow the stack.</li>
 * </ul>
 * A {@code dir} attribute on a block or its ancestors sets its direction; otherwise the first strong character
 * decides (ICU bidi), and a block without one takes the document's fallback direction.
 */
public final class HtmlDocumentBuilder {

    /** Text longer than this (about 200 printed pages) is cut off. */
    public static final int MAX_CHARS = 1_000_000;

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "form", "input", "button", "select", "textarea", "head", "title", "frame",
            "frameset", "canvas", "audio", "video", "link", "meta", "base");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "figure", "figcaption", "pre", "tr", "table", "aside", "nav", "address", "dl", "dt", "dd", "center");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final ImageCache images;
    private final Direction fallback;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<LinkSpan> links = new ArrayList<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<Integer> linkStarts = new ArrayDeque<>();
    private final Deque<String> linkUrls = new ArrayDeque<>();
    private boolean pendingSpace;
    private int total;

    /** What the enclosing elements say about the text being collected. */
    private record Frame(String element, Block.Kind kind, int depth, Direction dir, int[] counter, String marker) {
    }

    private HtmlDocumentBuilder(ImageCache images, Direction fallback) {
        this.images = images;
        this.fallback = fallback;
    }

    /** The document of {@code html}; never loads anything. */
    public static ArticleDocument build(String html, ImageCache images, Direction fallback) {
        HtmlDocumentBuilder b = new HtmlDocumentBuilder(images, fallback);
        b.walk(html == null ? "" : html);
        return new ArticleDocument(b.blocks);
    }

    private void walk(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        frames.push(new Frame("body", Block.Kind.PARAGRAPH, 0, null, null, null));
        doc.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (total >= MAX_CHARS) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (DROPPED.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    enter(e, name);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && node != doc.body()) {
                    leave(e.normalName());
                }
                return FilterResult.CONTINUE;
            }
        });
        flush();
    }

    private void enter(Element e, String name) {
        Frame top = frames.peek();
        Direction dir = dirAttribute(e, top.dir());
        switch (name) {
            case "br", "hr" -> flush();
            case "img" -> {
                String src = e.attr("src");
                if (!src.isBlank()) {
                    images.lookup(src).ifPresent(file -> {
                        flush();
                        blocks.add(new Block.Image(file, Whitespace.collapse(e.attr("alt"))));
                    });
                }
            }
            case "a" -> {
                String url = e.attr("href").trim();
                String scheme = url.toLowerCase(Locale.ROOT);
                if (scheme.startsWith("http://") || scheme.startsWith("https://") || scheme.startsWith("mailto:")) {
                    if (pendingSpace && text.length() > 0) {
                        text.append(' ');
                        pendingSpace = false;
                    }
                    linkStarts.push(text.length());
                    linkUrls.push(url);
                } else {
                    linkStarts.push(-1);
                    linkUrls.push("");
                }
            }
            case "blockquote" -> {
                flush();
                frames.push(new Frame(name, Block.Kind.QUOTE, top.depth() + 1, dir, null, null));
            }
            case "ul", "ol" -> {
                flush();
                frames.push(new Frame(name, top.kind(), top.depth() + 1, dir, name.equals("ol") ? new int[1] : null,
                        null));
            }
            case "li" -> {
                flush();
                String marker = "•";
                if (top.counter() != null) {
                    marker = (++top.counter()[0]) + ".";
                }
                frames.push(new Frame(name, Block.Kind.LIST_ITEM, Math.max(1, top.depth()), dir, null, marker));
            }
            default -> {
                if (HEADINGS.contains(name)) {
                    flush();
                    frames.push(new Frame(name, Block.Kind.HEADING, top.depth(), dir, null, null));
                } else if (BLOCKS.contains(name)) {
                    flush();
                    frames.push(new Frame(name, top.kind(), top.depth(), dir, null, top.marker()));
                } else if (e.hasAttr("dir")) {
                    frames.push(new Frame(name, top.kind(), top.depth(), dir, top.counter(), top.marker()));
                }
            }
        }
    }

    private void leave(String name) {
        if (name.equals("a")) {
            if (linkStarts.isEmpty()) {
                return;
            }
            int start = linkStarts.pop();
            String url = linkUrls.pop();
            int end = trimmedLength();
            if (start >= 0 && end > start) {
                links.add(new LinkSpan(start, end, url));
            }
            return;
        }
        Frame top = frames.peek();
        if (top != null && top.element().equals(name) && frames.size() > 1) {
            flush();
            frames.pop();
        } else if (BLOCKS.contains(name) || HEADINGS.contains(name)) {
            flush();
        }
    }

    private static Direction dirAttribute(Element e, Direction inherited) {
        String dir = e.attr("dir").trim().toLowerCase(Locale.ROOT);
        if (dir.equals("rtl")) {
            return Direction.RTL;
        }
        if (dir.equals("ltr")) {
            return Direction.LTR;
        }
        return inherited;
    }

    private void append(String s) {
        for (int i = 0; i < s.length() && total < MAX_CHARS; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = true;
            } else if (!Character.isISOControl(c)) {
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
                total++;
            }
        }
    }

    private int trimmedLength() {
        return text.length();
    }

    private void flush() {
        if (text.length() > 0) {
            Frame top = frames.peek();
            String t = text.toString();
            List<LinkSpan> spans = new ArrayList<>();
            for (LinkSpan l : links) {
                int end = Math.min(l.end(), t.length());
                if (l.start() < end) {
                    spans.add(new LinkSpan(l.start(), end, l.url()));
                }
            }
            Direction dir = top.dir() != null ? top.dir() : Direction.of(t, fallback);
            blocks.add(new Block.Text(top.kind(), t, dir, top.kind() == Block.Kind.LIST_ITEM ? top.marker() : null,
                    top.depth(), spans));
        }
        text.setLength(0);
        links.clear();
        // Links still open continue at the start of the next block.
        Deque<Integer> reopened = new ArrayDeque<>();
        for (Integer s : linkStarts) {
            reopened.addLast(s < 0 ? -1 : 0);
        }
        linkStarts.clear();
        linkStarts.addAll(reopened);
        pendingSpace = false;
    }
}
