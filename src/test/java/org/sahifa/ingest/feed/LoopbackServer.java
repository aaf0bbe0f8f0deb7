package org.sahifa.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** A JDK HTTP server on 127.0.0.1, on a free port, for tests. Never touches the internet. */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-http");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    /** Request headers of every request, in order: path → headers. */
    public final List<Map.Entry<String, com.sun.net.httpserver.Headers>> requests = new CopyOnWriteArrayList<>();
    private boolean stopped;

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public LoopbackServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
            requests.add(Map.entry(exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
            try {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client went away (e.g. it cancelled a capped body): nothing to do
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    /** Serves fixed bytes with a content type. */
    public LoopbackServer serve(String path, String contentType, byte[] body) {
        return on(path, ex -> send(ex, 200, contentType, body));
    }

    public LoopbackServer serve(String path, String contentType, String body, Charset cs) {
        return serve(path, contentType, body.getBytes(cs));
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write(data);
        }
        return bo.toByteArray();
    }

    public void stop() {
        if (!stopped) {
            stopped = true;
            server.stop(0);
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
