package org.sahifa.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and fails once more than a bound were read. */
final class BoundedInputStream extends FilterInputStream {

    /** Thrown when the bound is passed. */
    static final class TooLargeException extends IOException {
        TooLargeException(long bound) {
            super("larger than the limit of " + ImportLimits.human(bound));
        }
    }

    private final long bound;
    private long count;

    BoundedInputStream(InputStream in, long bound) {
        super(in);
        this.bound = bound;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        add(s);
        return s;
    }

    private void add(long n) throws TooLargeException {
        count += n;
        if (count > bound) {
            throw new TooLargeException(bound);
        }
    }
}
