package org.sahifa.search;

import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What typed text is completed to, worked out once per reading of the recogniser's tags (decision 0164): the names
 * the recogniser tagged in the library in at least {@value #MIN_TAGGED} articles ({@link #minTagged}) (one word or several: «جامعة الدول
 * العربية»), sorted, with their counts; and the Latin names of the lists (gazetteer and curated lists, the English
 * names of decision 0134) by key, with those of their Arabic spellings the library tags. A completion is a binary
 * search and one pass over the names that start with the typed text, never over the index's vocabulary.
 * Immutable and thread-safe.
 */
final class NameSuggestions {

    /**
     * Fewest articles a tagged name is tagged in to be offered (one tag is often a misreading: «ربي عيالك»), in a
     * library of at least {@value #SMALL_LIBRARY} articles; in a smaller one a single article is evidence enough.
     */
    static final int MIN_TAGGED = 2;
    /** Below this many articles, {@link #minTagged} is one. */
    static final int SMALL_LIBRARY = 1_000;

    private final int minTagged;
    private final String[] spellings;
    private final long[] counts;
    private final Map<String, Long> tagged;
    private final String[] latin;
    private final List<List<String>> latinArabic;
    private final long[] latinCounts;
    private final java.util.function.Supplier<ShownSpellings> written;

    private NameSuggestions(Map<String, Long> tagged, TreeMap<String, List<String>> latinNames, int minTagged,
                            java.util.function.Supplier<ShownSpellings> written) {
        this.minTagged = minTagged;
        this.written = written;
        this.tagged = tagged;
        this.spellings = tagged.keySet().toArray(String[]::new);
        Arrays.sort(spellings);
        this.counts = new long[spellings.length];
        for (int i = 0; i < spellings.length; i++) {
            counts[i] = tagged.get(spellings[i]);
        }
        this.latin = latinNames.keySet().toArray(String[]::new);
        this.latinArabic = new ArrayList<>(latinNames.values());
        this.latinCounts = new long[latin.length];
        for (int i = 0; i < latin.length; i++) {
            latinCounts[i] = latinArabic.get(i).stream().mapToLong(s -> tagged.getOrDefault(s, 0L)).max().orElse(0);
        }
    }

    /**
     * From the normalised spellings the recogniser tagged with their article counts ({@code EntityLookup
     * .taggedSpellings}), the lists' Latin names and the English names, for a library of {@code articles}.
     */
    static NameSuggestions of(Map<String, Long> taggedSpellings, NameLexiconWords lexicon, EnglishNames english,
                              int articles) {
        return of(taggedSpellings, lexicon, english, articles, () -> ShownSpellings.NONE);
    }

    /** As {@link #of(Map, NameLexiconWords, EnglishNames, int)}, shown as {@code written} writes them. */
    static NameSuggestions of(Map<String, Long> taggedSpellings, NameLexiconWords lexicon, EnglishNames english,
                              int articles, java.util.function.Supplier<ShownSpellings> written) {
        int min = minTagged(articles);
        Map<String, Long> kept = new java.util.HashMap<>();
        taggedSpellings.forEach((s, n) -> {
            if (n >= min && !s.isBlank()) {
                kept.merge(s.strip(), n, Long::sum);
            }
        });
        TreeMap<String, List<String>> latinNames = new TreeMap<>();
        for (String name : lexicon.latinNames()) {
            addLatin(latinNames, name, lexicon.arabicOf(name), kept);
        }
        for (String key : english.keys()) {
            List<String> arabic = new ArrayList<>();
            english.arabicOf(key).forEach(a -> arabic.add(ArabicNormalizer.normalize(a)));
            addLatin(latinNames, key, arabic, kept);
        }
        return new NameSuggestions(kept, latinNames, min, written);
    }

    /** {@link #MIN_TAGGED}, or one in a library under {@link #SMALL_LIBRARY} articles. */
    static int minTagged(int articles) {
        return articles < SMALL_LIBRARY ? 1 : MIN_TAGGED;
    }

    /** The fewest articles a name is tagged in to be offered in this library. */
    int minTagged() {
        return minTagged;
    }

    private static void addLatin(TreeMap<String, List<String>> into, String latin, java.util.Collection<String> arabic,
                                 Map<String, Long> tagged) {
        List<String> known = arabic.stream().filter(tagged::containsKey).toList();
        if (!known.isEmpty() && !latin.isBlank()) {
            Set<String> all = new LinkedHashSet<>(into.getOrDefault(latin, List.of()));
            all.addAll(known);
            into.put(latin, List.copyOf(all));
        }
    }

    /** How the library writes the normalised {@code spelling}, for showing it ({@link ShownSpellings}). */
    String written(String spelling) {
        return written.get().of(spelling);
    }

    /** In how many articles the recogniser tagged the normalised spelling (0 when fewer than {@link #minTagged()}). */
    long taggedCount(String spelling) {
        return tagged.getOrDefault(spelling, 0L);
    }

    /** The tagged names that start with the normalised {@code prefix}, most tagged first, at most {@code max}. */
    List<String> startingWith(String prefix, int max) {
        List<String> out = new ArrayList<>();
        for (int i : top(spellings, counts, prefix, max)) {
            out.add(spellings[i]);
        }
        return out;
    }

    /**
     * The Latin names whose key starts with {@code keyPrefix} ({@link EnglishNames#key}), the {@code max} whose Arabic
     * spellings the library tags most, most tagged first.
     */
    List<String> latinStartingWith(String keyPrefix, int max) {
        List<String> out = new ArrayList<>();
        for (int i : top(latin, latinCounts, keyPrefix, max)) {
            out.add(latin[i]);
        }
        return out;
    }

    /** The tagged Arabic spellings of a Latin name of {@link #latinStartingWith}, most tagged first. */
    List<String> arabicOf(String latinKey) {
        int at = Arrays.binarySearch(latin, latinKey);
        if (at < 0) {
            return List.of();
        }
        List<String> ranked = new ArrayList<>(latinArabic.get(at));
        ranked.sort(Comparator.comparingLong((String s) -> tagged.getOrDefault(s, 0L)).reversed());
        return ranked;
    }

    /**
     * The indexes of the {@code max} entries of {@code sorted} that start with {@code prefix} with the highest counts,
     * highest first (ties in sorted order): one pass over the range with a small heap.
     */
    private static List<Integer> top(String[] sorted, long[] counts, String prefix, int max) {
        int at = Arrays.binarySearch(sorted, prefix);
        Comparator<Integer> better = Comparator.comparingLong((Integer i) -> counts[i]).thenComparing(i -> -i);
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(better);
        for (int i = at >= 0 ? at : -at - 1; i < sorted.length && sorted[i].startsWith(prefix); i++) {
            if (heap.size() < max) {
                heap.add(i);
            } else if (max > 0 && better.compare(i, heap.peek()) > 0) {
                heap.poll();
                heap.add(i);
            }
        }
        List<Integer> out = new ArrayList<>(heap);
        out.sort(better.reversed());
        return out;
    }
}
