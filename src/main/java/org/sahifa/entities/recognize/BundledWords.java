package org.sahifa.entities.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads a gzip-compressed word list bundled in the jar: one entry a line, blank lines and # comments skipped. */
final class BundledWords {

    private BundledWords() {
    }

    /** Passes every entry line of {@code resource} to {@code sink}; a missing or unreadable list is an error. */
    static void read(String resource, Consumer<String> sink) {
        try (InputStream in = BundledWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled word list " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled word list " + resource, e);
        }
    }
}
