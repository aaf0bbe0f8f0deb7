package org.sahifa.ingest.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the feeds a web page advertises: {@code <link rel="alternate" type="application/rss+xml">} (or
 * {@code application/atom+xml}) in the page, resolved against the page address, http/https only, in page order.
 */
public final class FeedDiscovery {

    /** A feed a page advertises. */
    public record Advertised(URI uri, String title, String type) {
    }

    private FeedDiscovery() {
    }

    /** True when the media type or the first bytes say this is HTML rather than a feed. */
    public static boolean looksLikeHtml(String mediaType, String text) {
        if (mediaType != null && (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml"))) {
            return true;
        }
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    public static List<Advertised> find(String html, URI base) {
        Document doc = Jsoup.parse(html, base.toString());
        List<Advertised> out = new ArrayList<>();
        for (Element link : doc.select("link[rel][type][href]")) {
            boolean alternate = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                alternate |= rel.equals("alternate");
            }
            String type = link.attr("type").toLowerCase(Locale.ROOT).trim();
            if (!alternate || !(type.equals("application/rss+xml") || type.equals("application/atom+xml"))) {
                continue;
            }
            String href = link.attr("abs:href");
            if (href.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(href);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && out.stream().noneMatch(a -> a.uri().equals(uri))) {
                    String title = link.attr("title").strip();
                    out.add(new Advertised(uri, title.isEmpty() ? null : title, type));
                }
            } catch (URISyntaxException e) {
                // a malformed href is skipped; the others still count
            }
        }
        return out;
    }
}
