package org.sahifa.ingest.feed.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahifa.ingest.feed.LoopbackServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HardenedHttpClientTest {

    private static final String FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>الجزيرة</title><item><title>خبر عاجل من قره باغ</title></item></channel></rss>";

    private static final HttpLimits FAST = new HttpLimits(Duration.ofMillis(500), Duration.ofMillis(400),
            Duration.ofSeconds(5), HttpLimits.FEED_MAX_BYTES, 5);

    private LoopbackServer server;
    private HardenedHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        client = new HardenedHttpClient(FAST);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void okWithEtagThenNotModified() throws Exception {
        byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
        server.on("/feed", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT");
            if ("\"v1\"".equals(inm)) {
                ex.sendResponseHeaders(304, -1);
            } else {
                LoopbackServer.send(ex, 200, "application/rss+xml; charset=UTF-8", body);
            }
        });
        FetchResult first = client.get(server.uri("/feed"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(body);
        assertThat(first.mediaType()).isEqualTo("application/rss+xml");
        assertThat(first.charset()).isEqualTo("UTF-8");
        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Wed, 25 Nov 2026 10:00:00 GMT"));

        FetchResult second = client.get(server.uri("/feed"), first.validators(), FAST);
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(second.validators().etag()).isEqualTo("\"v1\"");
        var lastRequest = server.requests.get(server.requests.size() - 1).getValue();
        assertThat(lastRequest.getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(lastRequest.getFirst("If-Modified-Since")).isEqualTo("Wed, 25 Nov 2026 10:00:00 GMT");
        assertThat(lastRequest.getFirst("User-Agent")).startsWith("Sahifa/");
    }

    @Test
    void gzipIsRequestedAndDecoded() throws Exception {
        byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
        server.on("/gz", ex -> {
            assertThat(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackServer.send(ex, 200, "application/rss+xml", LoopbackServer.gzip(body));
        });
        assertThat(client.get(server.uri("/gz")).body()).isEqualTo(body);
    }

    @Test
    void gzipBombIsRefusedOnTheDecodedSize() throws Exception {
        byte[] zeros = new byte[3 * 1024 * 1024];
        byte[] bomb = LoopbackServer.gzip(zeros);
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackServer.send(ex, 200, "application/xml", bomb);
        });
        HttpLimits small = FAST.withMaxBytes(1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> client.get(server.uri("/bomb"), Validators.NONE, small))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
    }

    @Test
    void redirectLoopIsDetected() {
        server.on("/a", ex -> redirect(ex, 302, "/b"));
        server.on("/b", ex -> redirect(ex, 302, "/a"));
        assertThatThrownBy(() -> client.get(server.uri("/a")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.REDIRECT_LOOP);
                    assertThat(e.getMessage()).contains("/a");
                });
        assertThat(server.hits("/a")).isEqualTo(1);
        assertThat(server.hits("/b")).isEqualTo(1);
    }

    @Test
    void redirectChainIsBounded() {
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.on("/r" + i, ex -> redirect(ex, 307, "/r" + next));
        }
        assertThatThrownBy(() -> client.get(server.uri("/r0")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_MANY_REDIRECTS));
        assertThat(server.hits("/r6")).isZero();
    }

    @Test
    void permanentRelativeRedirectIsFollowedAndReported() throws Exception {
        server.on("/old", ex -> redirect(ex, 301, "new/feed.xml"));
        server.serve("/new/feed.xml", "application/rss+xml", FEED, StandardCharsets.UTF_8);
        FetchResult r = client.get(server.uri("/old"));
        assertThat(r.finalUri()).isEqualTo(server.uri("/new/feed.xml"));
        assertThat(r.permanentRedirect()).isTrue();
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("قره باغ");
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        server.on("/file", ex -> redirect(ex, 302, "file:///etc/passwd"));
        assertThatThrownBy(() -> client.get(server.uri("/file")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.UNSUPPORTED_SCHEME));
    }

    @Test
    void slowHeadersTimeOut() {
        server.on("/slow", ex -> {
            sleep(3000);
            LoopbackServer.send(ex, 200, "application/xml", new byte[]{'<'});
        });
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> client.get(server.uri("/slow")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aBodyThatStallsTimesOut() {
        server.on("/stall", ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<rss>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(3000);
            out.write("</rss>".getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> client.get(server.uri("/stall")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT);
                    assertThat(e.getMessage()).contains("silent");
                });
    }

    @Test
    void notFoundAndServerErrorAreReportedWithTheirStatus() {
        server.on("/missing", ex -> LoopbackServer.send(ex, 404, "text/html",
                "<h1>غير موجود</h1>".getBytes(StandardCharsets.UTF_8)));
        server.on("/broken", ex -> LoopbackServer.send(ex, 500, "text/plain", new byte[0]));
        assertThatThrownBy(() -> client.get(server.uri("/missing")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.HTTP_STATUS);
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("404 Not Found");
                });
        assertThatThrownBy(() -> client.get(server.uri("/broken")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.kind().suggestsOffline()).isFalse();
                });
    }

    @Test
    void aHundredMegabyteBodyIsCutAtTheCapWithoutBeingSentWhole() throws Exception {
        AtomicLong written = new AtomicLong();
        CountDownLatch handlerDone = new CountDownLatch(1);
        long hundredMb = 100L * 1024 * 1024;
        server.on("/huge", ex -> {
            try {
                ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
                ex.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                OutputStream out = ex.getResponseBody();
                while (written.get() < hundredMb) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
                out.close();
            } finally {
                handlerDone.countDown();
            }
        });
        assertThatThrownBy(() -> client.get(server.uri("/huge")))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE);
                    assertThat(e.getMessage()).contains(String.valueOf(HttpLimits.FEED_MAX_BYTES));
                });
        assertThat(handlerDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(written.get()).isLessThan(hundredMb);
    }

    @Test
    void aDeclaredLengthAboveTheCapIsRefusedBeforeReading() {
        server.on("/declared", ex -> {
            ex.sendResponseHeaders(200, 100L * 1024 * 1024);
            // Keep the exchange open (flushing a little at a time) until the client gives up: a handler that
            // returns at once makes JDK 25's server drop the connection before the client sees the headers.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            try {
                while (System.nanoTime() < until) {
                    ex.getResponseBody().write(new byte[1024]);
                    ex.getResponseBody().flush();
                    Thread.sleep(20);
                }
            } catch (IOException | InterruptedException clientGaveUp) {
                // expected: the client refused the body
            }
        });
        assertThatThrownBy(() -> client.get(server.uri("/declared")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
    }

    @Test
    void aClosedPortSuggestsOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port + "/feed");
        assertThatThrownBy(() -> client.get(closed))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isIn(FetchException.Kind.CONNECT_FAILED,
                            FetchException.Kind.CONNECT_TIMEOUT);
                    assertThat(e.kind().suggestsOffline()).isTrue();
                });
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        assertThatThrownBy(() -> client.get(URI.create("file:///etc/passwd")))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.UNSUPPORTED_SCHEME));
        assertThatThrownBy(() -> client.get(URI.create("ftp://127.0.0.1/x")))
                .isInstanceOf(FetchException.class);
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, int status, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(status, -1);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        assertThat(HardenedHttpClient.retryAfter("120")).isEqualTo(Duration.ofMinutes(2));
        assertThat(HardenedHttpClient.retryAfter(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(3))))
                .isBetween(Duration.ofMinutes(170), Duration.ofMinutes(181));
        assertThat(HardenedHttpClient.retryAfter("soon")).isNull();
        assertThat(HardenedHttpClient.retryAfter(null)).isNull();
    }
}
