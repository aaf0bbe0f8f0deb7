package org.sahifa.ingest.feed.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one HTTP client of Sahifa. Thread-safe; share one instance.
 *
 * <ul>
 *   <li>only {@code http} and {@code https}, at every hop;</li>
 *   <li>conditional GET from {@link Validators}; a 304 returns {@link FetchResult#notModified()};</li>
 *   <li>{@code Accept-Encoding: gzip}, decoded with the size cap applied to the decoded bytes;</li>
 *   <li>redirects followed by hand, at most {@link HttpLimits#maxRedirects()}, a loop detected at once;</li>
 *   <li>connect timeout, a timeout for the response headers, an idle timeout while the body streams and a
 *       total deadline;</li>
 *   <li>the body is streamed and the transfer cancelled as soon as it passes {@link HttpLimits#maxBytes()};
 *       a declared {@code Content-Length} above the cap is refused before reading anything;</li>
 *   <li>a {@code User-Agent} naming Sahifa.</li>
 * </ul>
 */
public final class HardenedHttpClient {

    /** The {@code User-Agent} sent with every request. */
    public static final String USER_AGENT = "Sahifa/0.1 (Arabic news reader; +https://github.com/sahifa)";

    private static final long POLL_MILLIS = 50;

    private final HttpLimits defaults;
    private volatile HttpClient client;

    public HardenedHttpClient(HttpLimits defaults) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    /** The JDK client, made on first use (it starts a selector thread; a library that never fetches needs none). */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(defaults.connectTimeout())
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    public HardenedHttpClient() {
        this(HttpLimits.feeds());
    }

    public HttpLimits defaults() {
        return defaults;
    }

    /** Fetches {@code uri} with the default limits and no validators. */
    public FetchResult get(URI uri) throws FetchException {
        return get(uri, Validators.NONE, defaults);
    }

    /**
     * Fetches {@code uri}.
     *
     * @param validators what to send as {@code If-None-Match} / {@code If-Modified-Since}
     * @param limits     the bounds of this fetch (its connect timeout must not exceed the client's)
     * @return the body, or a 304 result
     * @throws FetchException for every failure, with a {@link FetchException.Kind} and a readable message
     */
    public FetchResult get(URI uri, Validators validators, HttpLimits limits) throws FetchException {
        Objects.requireNonNull(uri, "uri");
        Validators sent = validators == null ? Validators.NONE : validators;
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        Set<URI> visited = new LinkedHashSet<>();
        URI current = uri;
        boolean allPermanent = true;
        int redirects = 0;
        while (true) {
            checkScheme(current);
            if (!visited.add(normalise(current))) {
                throw new FetchException(FetchException.Kind.REDIRECT_LOOP, uri,
                        "redirect loop: " + current + " was already visited (" + visited.size() + " hops)");
            }
            Exchange ex = exchange(current, sent, limits, deadline);
            int status = ex.response.statusCode();
            if (isRedirect(status)) {
                if (redirects >= limits.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS, uri,
                            "more than " + limits.maxRedirects() + " redirects, last at " + current);
                }
                redirects++;
                allPermanent &= status == 301 || status == 308;
                current = location(current, ex.response);
                continue;
            }
            if (status == 304) {
                return new FetchResult(uri, current, 304, new byte[0], null, null,
                        refreshed(sent, ex.response), allPermanent && redirects > 0);
            }
            if (status < 200 || status > 299) {
                throw new FetchException(FetchException.Kind.HTTP_STATUS, current, status,
                        "HTTP " + status + reason(status) + " from " + current, null)
                        .withRetryAfter(retryAfter(ex.response.headers().firstValue("Retry-After").orElse(null)));
            }
            byte[] body = ex.response.body();
            String encoding = ex.response.headers().firstValue("Content-Encoding").orElse("identity")
                    .trim().toLowerCase(Locale.ROOT);
            body = decodeContent(current, encoding, body, limits.maxBytes());
            MediaType type = MediaType.parse(ex.response.headers().firstValue("Content-Type").orElse(null));
            Validators next = new Validators(ex.response.headers().firstValue("ETag").orElse(null),
                    ex.response.headers().firstValue("Last-Modified").orElse(null));
            return new FetchResult(uri, current, status, body, type.type(), type.charset(), next,
                    allPermanent && redirects > 0);
        }
    }

    private static Validators refreshed(Validators sent, HttpResponse<?> response) {
        String etag = response.headers().firstValue("ETag").orElse(sent.etag());
        String lastModified = response.headers().firstValue("Last-Modified").orElse(sent.lastModified());
        return new Validators(etag, lastModified);
    }

    private static byte[] decodeContent(URI uri, String encoding, byte[] body, long cap) throws FetchException {
        switch (encoding) {
            case "identity", "", "none":
                return body;
            case "gzip", "x-gzip":
                try {
                    return Gzip.decode(body, cap);
                } catch (CappedBodySubscriber.TooLarge e) {
                    throw new FetchException(FetchException.Kind.TOO_LARGE, uri, 0,
                            "the gzip body of " + uri + " inflates to more than " + cap + " bytes", null);
                } catch (IOException e) {
                    throw new FetchException(FetchException.Kind.BAD_RESPONSE, uri, 0,
                            "corrupt gzip body from " + uri + ": " + e.getMessage(), e);
                }
            default:
                throw new FetchException(FetchException.Kind.BAD_RESPONSE, uri,
                        "unsupported Content-Encoding '" + encoding + "' from " + uri);
        }
    }

    private record Exchange(HttpResponse<byte[]> response) {
    }

    private Exchange exchange(URI uri, Validators validators, HttpLimits limits, long deadline)
            throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(uri, "no complete answer within " + limits.totalTimeout().toSeconds() + " s");
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(min(limits.readTimeout(), Duration.ofNanos(remaining)))
                .header("User-Agent", USER_AGENT)
                .header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                        + "text/xml;q=0.9, text/html;q=0.8, image/*;q=0.8, */*;q=0.5");
        if (validators.etag() != null && !validators.etag().isBlank()) {
            rb.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null && !validators.lastModified().isBlank()) {
            rb.header("If-Modified-Since", validators.lastModified());
        }
        HttpRequest request;
        try {
            request = rb.build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.BAD_RESPONSE, uri, 0,
                    "cannot request " + uri + ": " + e.getMessage(), e);
        }
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        // Set when the declared length alone refused the body: some JDKs (25) report the aborted exchange as a
        // plain IOException without our cause, so the refusal is remembered here rather than read back from it.
        java.util.concurrent.atomic.AtomicBoolean declaredTooLarge = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info -> {
            int status = info.statusCode();
            boolean wanted = status >= 200 && status <= 299;
            if (wanted) {
                long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > limits.maxBytes()) {
                    declaredTooLarge.set(true);
                    CappedBodySubscriber refused = new CappedBodySubscriber(limits.maxBytes(), false);
                    refused.abort(new CappedBodySubscriber.TooLarge(limits.maxBytes()));
                    body.set(refused);
                    return refused;
                }
            }
            // Error pages and redirects: glance at most 64 KB, never fail on their size.
            CappedBodySubscriber s = wanted ? new CappedBodySubscriber(limits.maxBytes(), false)
                    : new CappedBodySubscriber(64 * 1024, true);
            body.set(s);
            return s;
        });
        try {
            while (true) {
                try {
                    return new Exchange(future.get(POLL_MILLIS, TimeUnit.MILLISECONDS));
                } catch (TimeoutException notYet) {
                    long now = System.nanoTime();
                    CappedBodySubscriber s = body.get();
                    String why = null;
                    if (now - deadline > 0) {
                        why = "no complete answer within " + limits.totalTimeout().toSeconds() + " s";
                    } else if (s != null && now - s.lastActivityNanos() > limits.readTimeout().toNanos()) {
                        why = "the server went silent for more than " + limits.readTimeout().toMillis() + " ms";
                    }
                    if (why != null) {
                        FetchException e = timeout(uri, why);
                        if (s != null) {
                            s.abort(e);
                        }
                        future.cancel(true);
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.IO, uri, 0, "interrupted while fetching " + uri, e);
        } catch (ExecutionException | CancellationException e) {
            if (declaredTooLarge.get()) {
                throw new FetchException(FetchException.Kind.TOO_LARGE, uri, 0,
                        "the response from " + uri + " declares more than " + limits.maxBytes() + " bytes", null);
            }
            throw translate(uri, limits, e instanceof ExecutionException ? e.getCause() : e);
        }
    }

    private static FetchException translate(URI uri, HttpLimits limits, Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof FetchException fe) {
                return fe;
            }
            if (c instanceof CappedBodySubscriber.TooLarge) {
                return new FetchException(FetchException.Kind.TOO_LARGE, uri, 0,
                        "the response from " + uri + " is larger than " + limits.maxBytes() + " bytes", null);
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new FetchException(FetchException.Kind.CONNECT_TIMEOUT, uri, 0,
                        "could not connect to " + uri.getHost() + " within "
                                + limits.connectTimeout().toMillis() + " ms", c);
            }
            if (c instanceof HttpTimeoutException) {
                return timeout(uri, "no answer within " + limits.readTimeout().toMillis() + " ms");
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return new FetchException(FetchException.Kind.UNKNOWN_HOST, uri, 0,
                        "unknown host " + uri.getHost() + " (no network?)", c);
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return new FetchException(FetchException.Kind.CONNECT_FAILED, uri, 0,
                        "could not connect to " + uri.getHost() + ": " + message(c), c);
            }
        }
        return new FetchException(FetchException.Kind.IO, uri, 0,
                "fetching " + uri + " failed: " + message(t), t);
    }

    private static String message(Throwable t) {
        String m = t == null ? null : t.getMessage();
        return m == null || m.isBlank() ? (t == null ? "unknown error" : t.getClass().getSimpleName()) : m;
    }

    private static FetchException timeout(URI uri, String why) {
        return new FetchException(FetchException.Kind.TIMEOUT, uri, 0, "timed out fetching " + uri + ": " + why,
                null);
    }

    private static Duration min(Duration a, Duration b) {
        Duration m = a.compareTo(b) <= 0 ? a : b;
        return m.isZero() || m.isNegative() ? Duration.ofMillis(1) : m;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI location(URI from, HttpResponse<?> response) throws FetchException {
        String loc = response.headers().firstValue("Location").orElse(null);
        if (loc == null || loc.isBlank()) {
            throw new FetchException(FetchException.Kind.BAD_RESPONSE, from,
                    "HTTP " + response.statusCode() + " from " + from + " without a Location");
        }
        try {
            return from.resolve(new URI(loc.trim().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.BAD_RESPONSE, from, 0,
                    "bad redirect Location '" + loc + "' from " + from, e);
        }
    }

    /** Only http and https with a host. */
    public static void checkScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Kind.UNSUPPORTED_SCHEME, uri,
                    "only http and https addresses are fetched, not '" + uri + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException(FetchException.Kind.UNSUPPORTED_SCHEME, uri, "no host in '" + uri + "'");
        }
    }

    private static URI normalise(URI uri) {
        try {
            URI n = uri.normalize();
            return new URI(n.getScheme().toLowerCase(Locale.ROOT), n.getUserInfo(),
                    n.getHost().toLowerCase(Locale.ROOT), n.getPort(), n.getPath(), n.getQuery(), null);
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    /** {@code Retry-After} as delay-seconds or an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        try {
            long seconds = Long.parseLong(h);
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                java.time.Instant when = java.time.ZonedDateTime.parse(h,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(java.time.Instant.now(), when);
                return d.isNegative() || d.isZero() ? null : d;
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }
}
