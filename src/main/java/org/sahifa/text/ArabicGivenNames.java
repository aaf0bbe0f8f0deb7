package org.sahifa.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled lexicon of common Arabic given and family names (resources {@code names/*.txt}: the MIT-licensed
 * list by AKhateeb, see {@code names/LICENSE}, plus Sahifa's own additions). {@link NameMatcher} matches these
 * only exactly: عمر is not عمرو, حسن is not حسين.
 */
public final class ArabicGivenNames {

    private static final String[] FILES = {
        "names/male-first-names.txt", "names/female-first-names.txt", "names/last-names.txt", "names/extra-names.txt"
    };

    private static final class Holder {
        static final List<String> NAMES = load();
        static final NameLexicon LEXICON = NameLexicon.of(NAMES);
    }

    private ArabicGivenNames() {
    }

    /** The names as listed (not normalised). */
    public static List<String> names() {
        return Holder.NAMES;
    }

    /** The names as a lexicon (asked with normalised words). */
    public static NameLexicon lexicon() {
        return Holder.LEXICON;
    }

    private static List<String> load() {
        List<String> names = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = ArabicGivenNames.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource org/sahifa/text/" + file);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read org/sahifa/text/" + file, e);
            }
        }
        return List.copyOf(names);
    }
}
