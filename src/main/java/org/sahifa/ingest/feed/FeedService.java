package org.sahifa.ingest.feed;

import org.sahifa.ingest.HtmlSanitizer;
import org.sahifa.ingest.feed.http.DecodedText;
import org.sahifa.ingest.feed.http.FetchException;
import org.sahifa.ingest.feed.http.FetchResult;
import org.sahifa.ingest.feed.http.HardenedHttpClient;
import org.sahifa.ingest.feed.http.TextDecoding;
import org.sahifa.ingest.feed.http.Validators;
import org.sahifa.ingest.feed.images.ImageCache;
import org.sahifa.ingest.feed.opml.OpmlDocument;
import org.sahifa.ingest.feed.opml.OpmlException;
import org.sahifa.ingest.feed.opml.OpmlFeed;
import org.sahifa.ingest.feed.opml.OpmlReader;
import org.sahifa.ingest.feed.opml.OpmlWriter;
import org.sahifa.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Feed subscriptions and their refresh: the facade the library exposes to the UI and the command line.
 *
 * <ul>
 *   <li>{@link #subscribe} by feed address or by a site address whose page advertises its feed;</li>
 *   <li>{@link #rename}, {@link #moveToFolder}, {@link #setInterval}, {@link #unsubscribe};</li>
 *   <li>{@link #refresh(long)} one feed, {@link #refreshAll} every feed, {@link #refreshDue} the due ones, a few
 *       at a time: one feed's failure or slowness never blocks another;</li>
 *   <li>{@link #startScheduler} runs the due feeds while the app is open;</li>
 *   <li>{@link #networkState()}: offline when a refresh reached no server and every failure looked like a
 *       missing network; the next successful fetch makes the feeds that failed for that reason due again;</li>
 *   <li>{@link #images()}: the offline image cache the reader reads images from;</li>
 *   <li>OPML {@link #importOpml import} and {@link #exportOpml export}.</li>
 * </ul>
 * New entries go through the library's one storing path ({@link ArticleSink}). Unsubscribing keeps the articles:
 * nothing is removed automatically.
 */
public final class FeedService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedService.class);
    private static final List<String> NETWORK_KINDS = Arrays.stream(FetchException.Kind.values())
            .filter(FetchException.Kind::suggestsOffline).map(Enum::name).toList();

    private final FeedStore store;
    private final HardenedHttpClient http;
    private final FeedParser parser;
    private final ImageCache images;
    private final FeedRefresher refresher;
    private final FeedOptions options;
    private final Clock clock;
    private final ExecutorService workers;
    private final List<Consumer<NetworkState>> networkListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private volatile NetworkState network = NetworkState.UNKNOWN;
    /** Feeds being refreshed right now: a second refresh of the same feed (scheduler and button) is skipped. */
    private final java.util.Set<Long> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> tick;

    /**
     * @param db        the library database
     * @param dataDir   the library folder; images are cached in {@code dataDir/images}
     * @param sink      the library's storing path
     * @param parser    the RSS/Atom parser
     * @param sanitizer the HTML sanitiser for extracted pages
     */
    public FeedService(Database db, Path dataDir, ArticleSink sink, FeedParser parser, HtmlSanitizer sanitizer,
                       FeedOptions options, Clock clock) {
        this.store = new FeedStore(db);
        this.http = new HardenedHttpClient(options.feedLimits());
        this.parser = parser;
        this.options = options;
        this.clock = clock;
        this.images = new ImageCache(db, dataDir.resolve("images"), http, options.imageLimits(),
                options.imageCapBytes(), clock);
        this.refresher = new FeedRefresher(store, http, parser, sanitizer, images, sink, options, clock);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, options.parallelism()), r -> {
            Thread t = new Thread(r, "sahifa-feed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    // ---------------------------------------------------------------- subscriptions

    /** What subscribing did: the new feed and the result of its first fetch. */
    public record Subscription(Feed feed, RefreshReport firstRefresh) {
    }

    /**
     * Subscribes to a feed. {@code address} may be the feed itself or a web page that advertises a feed with
     * {@code <link rel="alternate" type="application/rss+xml|atom+xml">}; a missing scheme means https. The first
     * fetch's entries are stored right away.
     *
     * @param folder the folder, or {@code null}
     * @param title  the name to show, or {@code null} for the feed's own title
     * @throws FeedException when the address is not a feed and advertises none, cannot be fetched, or is already
     *                       subscribed
     */
    public Subscription subscribe(String address, String folder, String title) {
        URI uri = parseAddress(address);
        FetchResult r = fetchOrExplain(uri);
        DecodedText text = TextDecoding.decodeXml(r.body(), r.charset());
        if (FeedDiscovery.looksLikeHtml(r.mediaType(), text.text())) {
            DecodedText html = TextDecoding.decodeHtml(r.body(), r.charset());
            List<FeedDiscovery.Advertised> found = FeedDiscovery.find(html.text(), r.finalUri());
            if (found.isEmpty()) {
                throw new FeedException(r.finalUri() + " is a web page that advertises no RSS or Atom feed");
            }
            uri = found.get(0).uri();
            r = fetchOrExplain(uri);
            text = TextDecoding.decodeXml(r.body(), r.charset());
        }
        ParsedFeed parsed;
        try {
            parsed = parser.parse(TextDecoding.asUtf8Xml(text.text()), r.finalUri());
        } catch (FeedParseException e) {
            throw new FeedException("not a readable feed: " + e.getMessage(), e);
        }
        URI feedUri = r.permanentRedirect() ? r.finalUri() : uri;
        String name = firstNonBlank(title, parsed.title(), feedUri.getHost());
        Feed feed = store.insert(feedUri, name.strip(), blankToNull(folder), FeedRefresher.safeUriOrNull(parsed.siteUrl()),
                parsed.language(), options.defaultInterval(), true, clock.instant());
        RefreshReport first = refresher.process(feed, r);
        noteNetwork(true);
        changed();
        return new Subscription(get(feed.id()), first);
    }

    private FetchResult fetchOrExplain(URI uri) {
        try {
            FetchResult r = http.get(uri, Validators.NONE, options.feedLimits());
            noteNetwork(true);
            return r;
        } catch (FetchException e) {
            if (e.kind().suggestsOffline()) {
                noteNetwork(false);
            }
            throw new FeedException(e.getMessage(), e);
        }
    }

    /** The http(s) address the user means by {@code address} (https when no scheme is given). */
    public static URI parseAddress(String address) {
        if (address == null || address.isBlank()) {
            throw new FeedException("no address given");
        }
        String a = address.strip();
        if (!a.contains("://")) {
            a = "https://" + a;
        }
        URI u = FeedRefresher.safeUriOrNull(a);
        if (u == null) {
            throw new FeedException("not an http or https address: " + address);
        }
        return u;
    }

    public List<Feed> list() {
        return store.list();
    }

    public Feed get(long id) {
        return store.get(id).orElseThrow(() -> new FeedException("no feed with id " + id));
    }

    public Optional<Feed> find(long id) {
        return store.get(id);
    }

    /** Renames a feed (its articles keep their source). */
    public Feed rename(long id, String title) {
        if (title == null || title.isBlank()) {
            throw new FeedException("a feed's name cannot be empty");
        }
        require(store.update(id, "title", title.strip()), id);
        changed();
        return get(id);
    }

    /** Moves a feed into {@code folder}; {@code null} or blank for the top level. */
    public Feed moveToFolder(long id, String folder) {
        require(store.update(id, "folder", blankToNull(folder)), id);
        changed();
        return get(id);
    }

    public Feed setInterval(long id, Duration interval) {
        if (interval.toMinutes() < 1) {
            throw new FeedException("the refresh interval must be at least one minute");
        }
        require(store.update(id, "interval_minutes", interval.toMinutes()), id);
        changed();
        return get(id);
    }

    /** Whether refreshing fetches each entry's linked page for the whole text and its images. */
    public Feed setFullText(long id, boolean fullText) {
        require(store.update(id, "full_text", fullText ? 1 : 0), id);
        return get(id);
    }

    /** Removes the subscription. Its articles stay in the library (only the user deletes articles). */
    public void unsubscribe(long id) {
        require(store.delete(id), id);
        changed();
    }

    /** The folders in use, sorted. */
    public List<String> folders() {
        return store.list().stream().map(Feed::folder).filter(f -> f != null).distinct().sorted().toList();
    }

    /** Unread and total counts of the articles each feed delivered: feed id → {unread, total}. */
    public Map<Long, long[]> counts() {
        return store.counts();
    }

    /** The library ids of the articles {@code feedId} delivered that are still in the library, newest first. */
    public List<Long> articleIds(long feedId) {
        return store.articleIds(feedId);
    }

    private static void require(boolean found, long id) {
        if (!found) {
            throw new FeedException("no feed with id " + id);
        }
    }

    // ---------------------------------------------------------------- refresh

    /** Refreshes one feed now, whatever its schedule. */
    public RefreshReport refresh(long id) {
        List<RefreshReport> r = refresh(List.of(get(id)), RefreshListener.NONE, () -> false);
        return r.get(0);
    }

    /** Refreshes every feed now, a few at a time. */
    public List<RefreshReport> refreshAll(RefreshListener listener, BooleanSupplier cancelled) {
        return refresh(store.list(), listener, cancelled);
    }

    /** Refreshes the feeds whose time has come. */
    public List<RefreshReport> refreshDue(RefreshListener listener, BooleanSupplier cancelled) {
        return refresh(store.due(clock.instant()), listener, cancelled);
    }

    private List<RefreshReport> refresh(List<Feed> feeds, RefreshListener listener, BooleanSupplier cancelled) {
        if (feeds.isEmpty()) {
            return List.of();
        }
        AtomicInteger done = new AtomicInteger();
        List<Future<RefreshReport>> futures = new ArrayList<>();
        for (Feed f : feeds) {
            futures.add(workers.submit(() -> {
                RefreshReport r;
                if (cancelled.getAsBoolean()) {
                    r = new RefreshReport(f.id(), f.title(), RefreshReport.Outcome.CANCELLED, 0, 0, 0, 0, null, null);
                } else if (!inFlight.add(f.id())) {
                    r = new RefreshReport(f.id(), f.title(), RefreshReport.Outcome.CANCELLED, 0, 0, 0, 0, null,
                            "already being refreshed");
                } else {
                    try {
                        // re-read: the feed may have changed (validators, failures) since the list was taken
                        Feed current = store.get(f.id()).orElse(null);
                        r = current == null
                                ? new RefreshReport(f.id(), f.title(), RefreshReport.Outcome.CANCELLED, 0, 0, 0, 0,
                                        null, "unsubscribed")
                                : refresher.refresh(current);
                    } catch (RuntimeException e) {
                        LOG.error("Refreshing {} failed", f.url(), e);
                        r = new RefreshReport(f.id(), f.title(), RefreshReport.Outcome.FAILED, 0, 0, 0, 0,
                                "internal error: " + e, null);
                    } finally {
                        inFlight.remove(f.id());
                    }
                }
                listener.progress(done.incrementAndGet(), feeds.size(), r);
                return r;
            }));
        }
        List<RefreshReport> reports = new ArrayList<>();
        for (Future<RefreshReport> f : futures) {
            try {
                reports.add(f.get());
            } catch (InterruptedException e) {
                futures.forEach(x -> x.cancel(true));
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                LOG.error("Feed worker failed", e.getCause());
            }
        }
        judgeNetwork(reports);
        changed();
        return reports;
    }

    private void judgeNetwork(List<RefreshReport> reports) {
        boolean anyReached = false;
        boolean anyTried = false;
        boolean allNetwork = true;
        for (RefreshReport r : reports) {
            if (r.outcome() == RefreshReport.Outcome.CANCELLED) {
                continue;
            }
            anyTried = true;
            if (r.outcome() == RefreshReport.Outcome.FAILED) {
                Feed f = store.get(r.feedId()).orElse(null);
                String kind = f == null ? null : errorKindOf(f);
                allNetwork &= kind != null && NETWORK_KINDS.contains(kind);
            } else {
                anyReached = true;
            }
        }
        if (!anyTried) {
            return;
        }
        if (anyReached) {
            noteNetwork(true);
        } else if (allNetwork) {
            noteNetwork(false);
        }
    }

    private String errorKindOf(Feed f) {
        return store.errorKind(f.id());
    }

    private void noteNetwork(boolean reached) {
        NetworkState before = network;
        NetworkState now = reached ? NetworkState.ONLINE : NetworkState.OFFLINE;
        network = now;
        if (reached && before == NetworkState.OFFLINE) {
            int n = store.retryNetworkFailures(clock.instant(), NETWORK_KINDS);
            LOG.info("Network is back; {} feed(s) that failed offline are due again", n);
        }
        if (before != now) {
            networkListeners.forEach(l -> l.accept(now));
        }
    }

    /** What the last fetches said about the network. */
    public NetworkState networkState() {
        return network;
    }

    /** Called (from a worker thread) when {@link #networkState()} changes. */
    public void addNetworkListener(Consumer<NetworkState> listener) {
        networkListeners.add(listener);
    }

    /** Called (from any thread) after subscriptions or their counts may have changed. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        for (Runnable r : changeListeners) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("Feed change listener failed", e);
            }
        }
    }

    /**
     * Refreshes due feeds every {@code period} while the app is open (first check after {@code initialDelay}).
     * Calling it again replaces the schedule.
     */
    public synchronized void startScheduler(Duration initialDelay, Duration period) {
        stopScheduler();
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sahifa-feed-scheduler");
                t.setDaemon(true);
                return t;
            });
        }
        tick = scheduler.scheduleWithFixedDelay(() -> {
            try {
                refreshDue(RefreshListener.NONE, () -> false);
            } catch (RuntimeException e) {
                LOG.error("Scheduled feed refresh failed", e);
            }
        }, initialDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stopScheduler() {
        if (tick != null) {
            tick.cancel(false);
            tick = null;
        }
    }

    public synchronized boolean schedulerRunning() {
        return tick != null && !tick.isDone();
    }

    // ---------------------------------------------------------------- images and OPML

    /** The offline image cache: {@code images().open(ref)} reads an article's image without any network. */
    public ImageCache images() {
        return images;
    }

    /** What an OPML import did. */
    public record OpmlImport(int added, int alreadySubscribed, List<String> problems) {
    }

    /**
     * Subscribes to every feed of an OPML list, keeping its folders and names. Nothing is fetched: the feeds are due
     * at once and the next refresh fetches them. Feeds already subscribed are skipped; bad addresses are reported and
     * skipped.
     *
     * @param name how to name the file in errors
     * @throws OpmlException when the file is not OPML (nothing is added then)
     */
    public OpmlImport importOpml(byte[] bytes, String name) throws OpmlException {
        OpmlDocument doc = OpmlReader.read(bytes, name);
        int added = 0;
        int already = 0;
        List<String> problems = new ArrayList<>();
        for (OpmlFeed f : doc.feeds()) {
            URI uri;
            try {
                uri = parseAddress(f.xmlUrl());
            } catch (FeedException e) {
                problems.add(name + ": feed '" + f.title() + "': " + e.getMessage());
                continue;
            }
            if (store.byUrl(uri.toString()).isPresent()) {
                already++;
                continue;
            }
            String title = firstNonBlank(f.title(), uri.getHost());
            store.insert(uri, title, f.folder(), FeedRefresher.safeUriOrNull(f.htmlUrl()), null,
                    options.defaultInterval(), true, clock.instant());
            added++;
        }
        changed();
        return new OpmlImport(added, already, problems);
    }

    /** Writes every subscription, with its folder, as OPML 2.0. */
    public void exportOpml(OutputStream out) throws IOException {
        List<OpmlFeed> feeds = new ArrayList<>();
        for (Feed f : store.list()) {
            feeds.add(new OpmlFeed(f.title(), f.url().toString(), f.siteUrl() == null ? null : f.siteUrl().toString(),
                    f.folder()));
        }
        OpmlWriter.write(new OpmlDocument("Sahifa", feeds), out);
    }

    @Override
    public synchronized void close() {
        stopScheduler();
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "?";
    }

    Instant now() {
        return clock.instant();
    }
}
