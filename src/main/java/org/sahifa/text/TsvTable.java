package org.sahifa.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading the tab-separated tables the text engine ships ({@code names/*.tsv}): rows, and a bundled resource. */
final class TsvTable {

    private TsvTable() {
    }

    /** What a table row becomes; throws with the row's place in words when it is not a row of the table. */
    interface Row {
        void accept(String[] fields, String line, String place) throws IOException;
    }

    /** A table read from a stream. */
    interface Reader<T> {
        T read(InputStream in, String name) throws IOException;
    }

    /** Each row of {@code in} (UTF-8; blank lines and {@code #} comments skipped), split at tabs. */
    static void rows(InputStream in, String name, Row row) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (!line.isEmpty() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1), line, name + ", line " + lineNo);
                }
            }
        }
    }

    /** The bundled table {@code resource}, read by {@code reader}; a missing or broken one is an error in words. */
    static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return reader.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
