package org.sahifa.ingest.feed.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Bounded gzip decoding: a small compressed body that inflates past the cap (a "zip bomb") is refused. */
final class Gzip {

    private Gzip() {
    }

    /**
     * Inflates {@code compressed}, reading at most {@code cap} decoded bytes.
     *
     * @throws CappedBodySubscriber.TooLarge when the decoded body passes {@code cap}
     * @throws IOException                   when the data is not valid gzip
     */
    static byte[] decode(byte[] compressed, long cap) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(compressed.length * 4, 1 << 20));
            byte[] buf = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buf)) != -1) {
                total += n;
                if (total > cap) {
                    throw new CappedBodySubscriber.TooLarge(cap);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }
}
