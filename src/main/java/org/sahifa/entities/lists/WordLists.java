package org.sahifa.entities.lists;

import org.sahifa.entities.recognize.NameFold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** Reads the bundled word and phrase lists (plain or gzip, one entry a line, # comments), folded. */
final class WordLists {

    private WordLists() {
    }

    /** Every entry of the list, folded ({@link NameFold}); a missing list is an error. */
    static List<String> phrases(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream raw = WordLists.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing bundled list " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && s.charAt(0) != '#') {
                    out.add(NameFold.fold(s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled list " + resource, e);
        }
        return out;
    }

    /** The entries of a one-word-a-line list, folded. */
    static Set<String> words(String resource) {
        return new HashSet<>(phrases(resource));
    }

    /** The words of a name, folded, split at spaces. */
    static String[] foldedWords(String name) {
        String f = NameFold.fold(name).strip();
        return f.isEmpty() ? new String[0] : f.split("\\s+");
    }
}
