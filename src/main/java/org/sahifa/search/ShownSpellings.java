package org.sahifa.search;

import org.sahifa.text.ArabicNormalizer;

import java.util.HashMap;
import java.util.Map;

/**
 * How the library writes a normalised spelling, for showing it (decision 0187): suggestions are worked out on
 * normalised letters («الجامعه العربيه», «هيءه») and shown as the articles write them («الجامعة العربية», «هيئة»).
 * A spelling of a name is shown as the entity's written form; any other spelling word by word, each word as a name
 * spelling writes it where one does (a word of «الجامعة العربية» shows «العربية» in «القمة العربية»), else as it is.
 * A form is used only when it normalises back to the spelling, so the shown text searches exactly as the suggestion.
 * Immutable and thread-safe.
 */
final class ShownSpellings {

    /** No written forms known: spellings are shown as they are. */
    static final ShownSpellings NONE = new ShownSpellings(Map.of(), Map.of());

    private final Map<String, String> spellings;
    private final Map<String, String> words;

    private ShownSpellings(Map<String, String> spellings, Map<String, String> words) {
        this.spellings = spellings;
        this.words = words;
    }

    /**
     * The forms of {@code source}, read the first time one is asked for (by a suggestion, not by the search that
     * reads the library's tags: reading them costs a pass over the entities' spellings).
     */
    static java.util.function.Supplier<ShownSpellings> later(
            java.util.function.Supplier<Map<String, String>> source) {
        return new java.util.function.Supplier<>() {
            private ShownSpellings forms;

            @Override
            public synchronized ShownSpellings get() {
                if (forms == null) {
                    forms = of(source.get());
                }
                return forms;
            }
        };
    }

    /** From normalised spellings and their written forms ({@link EntityLookup#writtenSpellings()}). */
    static ShownSpellings of(Map<String, String> written) {
        Map<String, String> spellings = new HashMap<>();
        Map<String, Map<String, Integer>> wordForms = new HashMap<>();
        written.forEach((normalized, surface) -> {
            if (surface == null || !ArabicNormalizer.normalize(surface).equals(normalized)) {
                return;
            }
            spellings.put(normalized, surface);
            String[] n = normalized.split(" ");
            String[] w = surface.split(" ");
            if (n.length == w.length) {
                for (int i = 0; i < n.length; i++) {
                    wordForms.computeIfAbsent(n[i], k -> new HashMap<>()).merge(w[i], 1, Integer::sum);
                }
            }
        });
        Map<String, String> words = new HashMap<>();
        // a word's form is the one most name spellings write; of equally many, the one that keeps more letters the
        // normalisation folds (hamza seats, ة, ى), then the first in code-point order: the same on every run
        wordForms.forEach((word, forms) -> words.put(word, forms.entrySet().stream()
                .min(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> -folded(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey()));
        return new ShownSpellings(Map.copyOf(spellings), Map.copyOf(words));
    }

    /** How many letters of {@code form} the normalisation writes otherwise. */
    private static int folded(String form) {
        int n = 0;
        for (int i = 0; i < form.length(); i++) {
            if ("\u0623\u0625\u0622\u0629\u0649\u0626\u0624".indexOf(form.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The written form of the normalised {@code spelling}, or the spelling itself where none is known. */
    String of(String spelling) {
        String whole = spellings.get(spelling);
        if (whole != null) {
            return whole;
        }
        String[] parts = spelling.split(" ");
        StringBuilder out = new StringBuilder(spelling.length());
        for (String p : parts) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(words.getOrDefault(p, p));
        }
        return out.toString();
    }
}
