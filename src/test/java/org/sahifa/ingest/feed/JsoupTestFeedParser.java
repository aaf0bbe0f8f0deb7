package org.sahifa.ingest.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sahifa.ingest.HtmlSanitizer;
import org.sahifa.store.ArticleDraft;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test double for the RSS 2.0 parser: enough of RSS for the feed service's tests (title, link, guid,
 * description, channel title/link/language). The product uses the library's hardened Rome parser.
 */
final class JsoupTestFeedParser implements FeedParser {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Override
    public ParsedFeed parse(byte[] utf8Xml, URI base) throws FeedParseException {
        String xml = new String(utf8Xml, StandardCharsets.UTF_8);
        Document d = Jsoup.parse(xml, base.toString(), Parser.xmlParser());
        Element channel = d.selectFirst("rss > channel");
        if (channel == null) {
            throw new FeedParseException(base + ": no <rss><channel>", null);
        }
        List<ArticleDraft> items = new ArrayList<>();
        for (Element item : channel.select("> item")) {
            String desc = text(item, "description");
            HtmlSanitizer.Result clean = sanitizer.sanitize(desc == null ? "" : desc, text(item, "link"));
            items.add(new ArticleDraft(text(item, "title"), clean.html(), clean.text(), text(item, "link"),
                    text(item, "guid"), text(channel, "title"), null, null, null));
        }
        return new ParsedFeed(text(channel, "title"), text(channel, "link"), text(channel, "language"), items);
    }

    private static String text(Element parent, String tag) {
        Element e = parent.selectFirst("> " + tag);
        return e == null ? null : e.text();
    }
}
