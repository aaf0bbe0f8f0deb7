package org.sahifa.entities.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the list files bundled with the gazetteer ({@code /org/sahifa/entities/gazetteer/}): one entry a line,
 * a byte-order mark and surrounding blanks dropped, empty lines and {@code #} comments skipped, {@code .gz} files
 * unpacked; and the CSV lines of {@code world-cities.csv}.
 */
public final class BundledLists {

    static final String BASE = "/org/sahifa/entities/gazetteer/";

    private BundledLists() {
    }

    /** The entries of the bundled list {@code file}. */
    public static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        lines(file, out::add);
        return out;
    }

    /** Gives each entry of the bundled list {@code file} to {@code sink}, in order. */
    public static void lines(String file, Consumer<String> sink) {
        try (InputStream raw = BundledLists.class.getResourceAsStream(BASE + file)) {
            if (raw == null) {
                throw new IllegalStateException("missing bundled gazetteer " + BASE + file);
            }
            InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.replace("\uFEFF", "").strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled gazetteer " + BASE + file, e);
        }
    }

    /** Splits one CSV line with double-quoted fields. */
    public static String[] parseCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
