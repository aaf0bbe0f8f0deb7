package org.sahifa.ingest.feed.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory up to a cap, one buffer list at a time (back-pressure: the next list is
 * requested only after this one is copied), and cancels the stream the moment the cap is passed, so a 100 MB body
 * costs at most the cap. Records when data last arrived so the caller can enforce an idle timeout.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** Thrown (as the completion of the body) when the body passes the cap. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("more than " + cap + " bytes", null, false, false);
        }
    }

    private final long cap;
    private final boolean truncate;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile long lastActivityNanos = System.nanoTime();
    private long received;

    /**
     * @param cap      the largest body accepted
     * @param truncate when true a longer body is cut at the cap and completes normally (for error pages we only
     *                 glance at); when false it fails with {@link TooLarge}
     */
    CappedBodySubscriber(long cap, boolean truncate) {
        this.cap = cap;
        this.truncate = truncate;
    }

    long lastActivityNanos() {
        return lastActivityNanos;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        lastActivityNanos = System.nanoTime();
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        lastActivityNanos = System.nanoTime();
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            if (received + n > cap) {
                if (truncate) {
                    byte[] part = new byte[(int) (cap - received)];
                    b.get(part);
                    out.write(part, 0, part.length);
                    received = cap;
                    cancel();
                    result.complete(out.toByteArray());
                } else {
                    cancel();
                    result.completeExceptionally(new TooLarge(cap));
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            out.write(chunk, 0, n);
            received += n;
        }
        Flow.Subscription s = subscription;
        if (s != null) {
            s.request(1);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    /** Stops the transfer and fails the body with {@code why}. */
    void abort(Throwable why) {
        cancel();
        result.completeExceptionally(why);
    }

    private void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
