package org.sahifa.entities.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional word classes: words that stand in the same contexts in unlabelled text share a class (a name
 * never seen in training shares one with names that were). Keyed by the folded, clitic-free word
 * ({@link Clitics#stem}); each word has a fine and a coarse class, numbered from 1; 0 means unknown. Built by
 * {@code org.sahifa.entities.train.BuildWordClusters}. Sahifa ships none (decision record 0072): the classes
 * are a training-time option, {@code TrainModel --clusters FILE}, and a model trained with them needs them.
 */
public final class WordClusters {

    /** The system property naming a classes file for training runs ({@code TrainModel --clusters FILE}). */
    public static final String PROPERTY = "sahifa.entities.clusters";

    /** No classes: every word unknown. */
    public static final WordClusters NONE = new WordClusters(Map.of());

    private final Map<String, Integer> classes;

    private WordClusters(Map<String, Integer> classes) {
        this.classes = classes;
    }

    /** Fine class of a clitic-free word, 0 when unknown. */
    public int fine(String stem) {
        Integer c = classes.get(stem);
        return c == null ? 0 : c >>> 16;
    }

    /** Coarse class of a clitic-free word, 0 when unknown. */
    public int coarse(String stem) {
        Integer c = classes.get(stem);
        return c == null ? 0 : c & 0xFFFF;
    }

    public int size() {
        return classes.size();
    }

    /**
     * The classes of the file named by the system property {@value #PROPERTY}, or {@link #NONE} without it (the
     * shipped configuration).
     */
    public static WordClusters standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final WordClusters STANDARD = load();
    }

    private static WordClusters load() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty()) {
            return NONE;
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word classes " + file, e);
        }
    }

    /** Reads {@code word TAB fine TAB coarse} lines (gzip); {@code name} names the source in errors. */
    public static WordClusters read(InputStream gz, String name) throws IOException {
        Map<String, Integer> classes = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IOException(name + ": line " + number + ": expected word, fine class, coarse class");
            }
            int fine;
            int coarse;
            try {
                fine = Integer.parseInt(f[1]);
                coarse = Integer.parseInt(f[2]);
            } catch (NumberFormatException e) {
                throw new IOException(name + ": line " + number + ": a class is no number", e);
            }
            if (fine < 1 || fine > 0xFFFF || coarse < 1 || coarse > 0xFFFF) {
                throw new IOException(name + ": line " + number + ": classes must be 1 to 65535");
            }
            classes.put(f[0], (fine << 16) | coarse);
        }
        return new WordClusters(Map.copyOf(classes));
    }
}
