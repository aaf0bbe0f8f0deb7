package org.sahifa.solr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The collection-wide statistics behind the name decisions of one query (decision 0124): for each word the
 * decisions consult, in how many of the collection's articles the library's recogniser tagged it
 * ({@code totalTermFreq} of {@link ArchiveFields#NAME_TAGGED} over every shard) and how many articles hold it
 * ({@code docFreq} of its key term in {@link ArchiveFields#BODY_NAME} over every shard). The archive client
 * gathers them and sends them with the query as the request parameter {@value #PARAM}, so that every shard
 * decides which words are names as the library does with its whole index.
 *
 * <p>With them go the Arabic spellings the client's compilation chose for each Latin name the lists do not know
 * (decision 0028): the choice weighs the spellings of the whole collection against each other, which no shard can.
 *
 * <p>And the verdicts of the words around two spellings (decision 0125: does a spelling another written vowel letter
 * away write the typed name?), which only the whole collection's articles can give.
 *
 * <p>Text form: one entry a line, {@code t<TAB>word<TAB>count} (tagged), {@code a<TAB>word<TAB>count}
 * (articles), {@code l<TAB>latin<TAB>spelling|spelling…} (learned spellings, possibly none) or
 * {@code c<TAB>typed<TAB>spelling<TAB>same|unknown} (context).
 */
public final class CollectionNameStatistics {

    private static final String SAME = "same";
    private static final String NOT_KNOWN = "unknown";

    /** The request parameter that carries the statistics. */
    public static final String PARAM = "sahifa.names";

    private final Map<String, Long> tagged;
    private final Map<String, Long> articles;
    private final Map<String, List<String>> learned;
    private final Map<String, Boolean> contexts;

    public CollectionNameStatistics(Map<String, Long> tagged, Map<String, Long> articles,
                                    Map<String, List<String>> learned) {
        this(tagged, articles, learned, Map.of());
    }

    /**
     * @param contexts whether the context says two spellings are one name (decision 0125), by {@link #contextKey}
     */
    public CollectionNameStatistics(Map<String, Long> tagged, Map<String, Long> articles,
                                    Map<String, List<String>> learned, Map<String, Boolean> contexts) {
        this.tagged = tagged;
        this.articles = articles;
        this.learned = learned;
        this.contexts = contexts;
    }

    /** The key of a context verdict: the typed spelling and the indexed one. */
    public static String contextKey(String typed, String spelling) {
        return typed + '\t' + spelling;
    }

    /** Whether the collection's context says two spellings write one name, if the statistics have it. */
    public Optional<Boolean> context(String typed, String spelling) {
        return Optional.ofNullable(contexts.get(contextKey(typed, spelling)));
    }

    /** The tagged count of a word, if the statistics have it. */
    public OptionalLong tagged(String word) {
        Long n = tagged.get(word);
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    /** The article count of a word, if the statistics have it. */
    public OptionalLong articles(String word) {
        Long n = articles.get(word);
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    /** The learned Arabic spellings of a Latin name, if the statistics have them. */
    public Optional<List<String>> learned(String latin) {
        return Optional.ofNullable(learned.get(latin));
    }

    /** True when the statistics hold nothing. */
    public boolean isEmpty() {
        return tagged.isEmpty() && articles.isEmpty() && learned.isEmpty() && contexts.isEmpty();
    }

    /** The text form of the parameter. */
    public String encode() {
        StringBuilder b = new StringBuilder();
        tagged.forEach((w, n) -> b.append("t\t").append(w).append('\t').append(n).append('\n'));
        articles.forEach((w, n) -> b.append("a\t").append(w).append('\t').append(n).append('\n'));
        learned.forEach((w, s) -> b.append("l\t").append(w).append('\t').append(String.join("|", s)).append('\n'));
        contexts.forEach((k, same) -> b.append("c\t").append(k).append('\t').append(same ? SAME : NOT_KNOWN)
                .append('\n'));
        return b.toString();
    }

    /**
     * Reads the text form; null or blank gives empty statistics.
     *
     * @throws IllegalArgumentException naming the line, when a line is not an entry
     */
    public static CollectionNameStatistics parse(String text) {
        Map<String, Long> tagged = new LinkedHashMap<>();
        Map<String, Long> articles = new LinkedHashMap<>();
        Map<String, List<String>> learned = new LinkedHashMap<>();
        Map<String, Boolean> contexts = new LinkedHashMap<>();
        if (text != null) {
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length == 3 && f[0].equals("l") && !f[1].isEmpty()) {
                    learned.put(f[1], f[2].isEmpty() ? List.of() : List.of(f[2].split("\\|")));
                    continue;
                }
                if (f.length == 4 && f[0].equals("c") && !f[1].isEmpty() && !f[2].isEmpty()
                        && (f[3].equals(SAME) || f[3].equals(NOT_KNOWN))) {
                    contexts.put(contextKey(f[1], f[2]), f[3].equals(SAME));
                    continue;
                }
                long n;
                try {
                    n = f.length == 3 ? Long.parseLong(f[2].strip()) : -1;
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n < 0 || !(f[0].equals("t") || f[0].equals("a")) || f[1].isEmpty()) {
                    throw new IllegalArgumentException("line " + (i + 1) + " of " + PARAM + " is not «t|a TAB word TAB"
                            + " count», «l TAB latin TAB spellings» or «c TAB typed TAB spelling TAB"
                            + " same|unknown»: «" + line + "»");
                }
                (f[0].equals("t") ? tagged : articles).put(f[1], n);
            }
        }
        return new CollectionNameStatistics(tagged, articles, learned, contexts);
    }
}
