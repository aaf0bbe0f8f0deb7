package org.sahifa.ingest.feed;

import org.sahifa.ingest.HtmlSanitizer;
import org.sahifa.ingest.feed.extract.ArticleExtractor;
import org.sahifa.ingest.feed.extract.ExtractedArticle;
import org.sahifa.ingest.feed.http.DecodedText;
import org.sahifa.ingest.feed.http.FetchException;
import org.sahifa.ingest.feed.http.FetchResult;
import org.sahifa.ingest.feed.http.HardenedHttpClient;
import org.sahifa.ingest.feed.http.TextDecoding;
import org.sahifa.ingest.feed.images.ImageCache;
import org.sahifa.ingest.StoredText;
import org.sahifa.ingest.WebAddress;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.StoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refreshes one feed: conditional fetch, encoding, parse, the entries not seen before, their linked pages and
 * images, then the library's storing path; records the feed's status and back-off whatever happens.
 */
final class FeedRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRefresher.class);

    private final FeedStore store;
    private final HardenedHttpClient http;
    private final FeedParser parser;
    private final HtmlSanitizer sanitizer;
    private final ImageCache images;
    private final ArticleSink sink;
    private final FeedOptions options;
    private final Clock clock;

    FeedRefresher(FeedStore store, HardenedHttpClient http, FeedParser parser, HtmlSanitizer sanitizer,
                  ImageCache images, ArticleSink sink, FeedOptions options, Clock clock) {
        this.store = store;
        this.http = http;
        this.parser = parser;
        this.sanitizer = sanitizer;
        this.images = images;
        this.sink = sink;
        this.options = options;
        this.clock = clock;
    }

    /** A failure of one refresh, with the kind recorded for the back-off and the offline detection. */
    record Failure(String message, String kind, boolean network, java.time.Duration retryAfter) {
    }

    /** Fetches and processes {@code feed}; never throws for a feed's own trouble. */
    RefreshReport refresh(Feed feed) {
        FetchResult r;
        try {
            r = http.get(feed.url(), store.validators(feed.id()), options.feedLimits());
        } catch (FetchException e) {
            return fail(feed, new Failure(e.getMessage(), e.kind().name(), e.kind().suggestsOffline(),
                    e.retryAfter()), null);
        }
        return process(feed, r);
    }

    /** Processes an already fetched document of {@code feed} (used when subscribing). */
    RefreshReport process(Feed feed, FetchResult r) {
        Instant now = clock.instant();
        if (r.notModified()) {
            store.recordSuccess(feed.id(), new FeedStore.Success(now, true, r.validators(), moved(r), null, null,
                    null, null, BackoffPolicy.afterSuccess(now, feed.interval())));
            return new RefreshReport(feed.id(), feed.title(), RefreshReport.Outcome.NOT_MODIFIED, 0, 0, 0, 0, null,
                    null);
        }
        ParsedFeed parsed;
        DecodedText text = TextDecoding.decodeXml(r.body(), r.charset());
        try {
            if (FeedDiscovery.looksLikeHtml(r.mediaType(), text.text())) {
                throw new FeedParseException(r.finalUri() + " is a web page, not a feed", null);
            }
            parsed = parser.parse(TextDecoding.asUtf8Xml(text.text()), r.finalUri());
        } catch (FeedParseException | RuntimeException e) {
            LOG.debug("Cannot parse {}", r.finalUri(), e);
            return fail(feed, new Failure(e.getMessage() == null ? e.toString() : e.getMessage(), "PARSE", false, null),
                    text.note());
        }
        Items items = process(feed, parsed);
        List<String> notes = new ArrayList<>();
        if (text.note() != null) {
            notes.add(text.note());
        }
        if (items.pageFailures > 0) {
            notes.add(items.pageFailures + " linked page(s) could not be fetched; the feed's text was kept");
        }
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        store.recordSuccess(feed.id(), new FeedStore.Success(now, false, r.validators(), moved(r), parsed.title(),
                safeUri(parsed.siteUrl()), parsed.language(), note, BackoffPolicy.afterSuccess(now, feed.interval())));
        return new RefreshReport(feed.id(), feed.title(), RefreshReport.Outcome.UPDATED, items.stored,
                items.duplicates, items.fullTexts, items.pageFailures, null, note);
    }

    private static URI moved(FetchResult r) {
        return r.permanentRedirect() ? r.finalUri() : null;
    }

    private RefreshReport fail(Feed feed, Failure f, String note) {
        Instant now = clock.instant();
        int failures = feed.failures() + 1;
        store.recordFailure(feed.id(), now, f.message(), f.kind(), failures,
                BackoffPolicy.afterFailure(now, feed.interval(), failures, f.retryAfter()));
        return new RefreshReport(feed.id(), feed.title(), RefreshReport.Outcome.FAILED, 0, 0, 0, 0, f.message(), note);
    }

    private static final class Items {
        int stored;
        int duplicates;
        int fullTexts;
        int pageFailures;
    }

    private Items process(Feed feed, ParsedFeed parsed) {
        Items result = new Items();
        Map<String, ArticleDraft> fresh = new LinkedHashMap<>();
        for (ArticleDraft d : parsed.items()) {
            fresh.putIfAbsent(entryKey(d), d);
        }
        Set<String> known = store.knownEntries(feed.id(), fresh.keySet());
        fresh.keySet().removeAll(known);
        if (fresh.isEmpty()) {
            return result;
        }
        List<String> keys = new ArrayList<>();
        List<ArticleDraft> drafts = new ArrayList<>();
        List<Set<String>> imageHashes = new ArrayList<>();
        boolean offline = false;
        for (Map.Entry<String, ArticleDraft> e : fresh.entrySet()) {
            if (drafts.size() >= options.maxNewPerFetch()) {
                break;
            }
            ArticleDraft d = e.getValue();
            String html = d.bodyHtml();
            String body = d.bodyText() == null ? "" : d.bodyText();
            String lang = d.language() != null ? d.language()
                    : parsed.language() != null ? parsed.language() : feed.language();
            URI link = safeUriOrNull(d.url());
            if (feed.fullText() && link != null && !offline) {
                try {
                    FetchResult page = http.get(link, org.sahifa.ingest.feed.http.Validators.NONE,
                            options.pageLimits());
                    if (page.mediaType() == null || page.mediaType().contains("html")) {
                        DecodedText pageText = TextDecoding.decodeHtml(page.body(), page.charset());
                        ExtractedArticle x = ArticleExtractor.extract(pageText.text(), page.finalUri(), d.title())
                                .orElse(null);
                        if (x != null && x.clearlyBetterThan(body)) {
                            HtmlSanitizer.Result clean = sanitizer.sanitize(x.html(), page.finalUri().toString());
                            if (!clean.text().isBlank()) {
                                html = clean.html();
                                body = clean.text();
                                result.fullTexts++;
                                if (lang == null) {
                                    lang = x.language();
                                }
                            }
                        }
                    }
                } catch (FetchException ex) {
                    result.pageFailures++;
                    offline = ex.kind().suggestsOffline();
                    LOG.debug("Linked page not fetched: {}", ex.getMessage());
                } catch (RuntimeException ex) {
                    result.pageFailures++;
                    LOG.warn("Linked page {} could not be read", link, ex);
                }
            }
            ImageCache.Localised loc = offline ? new ImageCache.Localised(html, Set.of(), 0) : images.localise(html);
            if (body.isBlank()) {
                body = d.title();
            }
            keys.add(e.getKey());
            imageHashes.add(loc.hashes());
            drafts.add(StoredText.clean(new ArticleDraft(d.title(), loc.html(), body, d.url(), d.guid(), feed.source(),
                    d.author(), lang, d.published())));
        }
        List<Long> ids = storeKeepingGoodItems(drafts, result);
        Instant now = clock.instant();
        store.addEntries(feed.id(), keys, ids, now);
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id != null && id >= 0) {
                images.link(id, imageHashes.get(i));
            }
        }
        images.evict();
        return result;
    }

    /** Stores the batch; if the batch fails, stores item by item so one bad item loses nothing else. */
    private List<Long> storeKeepingGoodItems(List<ArticleDraft> drafts, Items result) {
        try {
            StoreResult r = sink.store(drafts);
            result.stored += r.inserted().size();
            result.duplicates += r.duplicates();
            return new ArrayList<>(r.ids());
        } catch (RuntimeException batchFailure) {
            LOG.warn("Storing {} feed items failed; storing them one by one", drafts.size(), batchFailure);
            List<Long> ids = new ArrayList<>();
            for (ArticleDraft d : drafts) {
                try {
                    StoreResult r = sink.store(List.of(d));
                    result.stored += r.inserted().size();
                    result.duplicates += r.duplicates();
                    ids.add(r.ids().isEmpty() ? null : r.ids().get(0));
                } catch (RuntimeException one) {
                    LOG.warn("Feed item '{}' not stored: {}", d.title(), one.getMessage());
                    ids.add(null);
                }
            }
            return ids;
        }
    }

    /** The identity of an entry within its feed: its guid, else its link, else a hash of its title and text. */
    static String entryKey(ArticleDraft d) {
        if (d.guid() != null && !d.guid().isBlank()) {
            return "g:" + d.guid().strip();
        }
        if (d.url() != null && !d.url().isBlank()) {
            return "u:" + d.url().strip();
        }
        return "h:" + sha256(d.title() + "\n" + (d.bodyText() == null ? "" : d.bodyText()));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safeUri(String s) {
        URI u = safeUriOrNull(s);
        return u == null ? null : u.toString();
    }

    static URI safeUriOrNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String web = WebAddress.webOrNull(s);
        if (web == null) {
            return null;
        }
        try {
            return new URI(web);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
