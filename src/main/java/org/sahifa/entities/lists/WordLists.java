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

    private static final String[] NONE = new String[0];

    /** The words of a name, folded, split at spaces (as {@code strip().split("\\s+")} would, without a regex). */
    static String[] foldedWords(String name) {
        return splitAtSpaces(NameFold.fold(name).strip());
    }

    /**
     * The pieces of a stripped string between runs of {@code \\s} characters, as {@code split("\\s+")} gives
     * them, but none for an empty string.
     */
    static String[] splitAtSpaces(String stripped) {
        if (stripped.isEmpty()) {
            return NONE;
        }
        List<String> words = new ArrayList<>(4);
        int from = 0;
        for (int i = 0; i <= stripped.length(); i++) {
            if (i == stripped.length() || isRegexSpace(stripped.charAt(i))) {
                if (i > from) {
                    words.add(stripped.substring(from, i));
                }
                from = i + 1;
            }
        }
        return words.toArray(NONE);
    }

    /** The characters the regex {@code \\s} matches: space, tab, line feed, vertical tab, form feed, return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
