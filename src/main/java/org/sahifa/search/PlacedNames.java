package org.sahifa.search;

/**
 * Whether the library writes a typed Arabic word as a place: after a place head (محافظة المجمعة, بمحافظة المجمعة,
 * مدينة الضالع) in enough of the articles that write it (decision 0175). Arabic has no capital letters: a place whose
 * name is also a word form (المجمعة, «the consolidated») is read as a word and stemmed, and its stem tier reaches the
 * word's other forms (مجمع, المجمعات: 510 wrong results of «المجمعه»). The head before it is the library's cue that
 * the word names a place; such a word is searched as a name is (not stemmed, its clitic forms through the name
 * field).
 *
 * <p>The statistic is precomputed at index time: the field {@value #FIELD} holds each word written right after a
 * place head of the lists ({@link PlacedWords}), so the evidence is one document frequency, not a phrase count per
 * query. An index without the field (an archive collection seen from the client or a shard) answers 0: no such
 * evidence, as for {@link QueryIndex#articlesAfter}. Thread-safe; no instances.
 */
final class PlacedNames {

    /** The index field of the words written right after a place head (body text; docs only). */
    static final String FIELD = "body.placed";

    /** {@code -Dsahifa.search.placedNames=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.placedNames"));

    /** Fewest articles that write the word after a place head. */
    static final int MIN_PLACED = NameWords.MIN_ARTICLES_FOR_STATISTICS;
    /**
     * One article in this many of those that write the word, with it after a place head, marks it as a place (as a
     * Latin name's spelling is marked, decision 0158).
     */
    static final int SHARE = LatinNativeNames.HEADED;

    private PlacedNames() {
    }

    /**
     * True when the normalised Arabic word (one word, not a place head itself) is written after a place head in at
     * least {@value #MIN_PLACED} articles and one in {@value #SHARE} of those that write it. A word that is also a
     * dictionary word is no exception (عرعر, أبين, تنومة are words too); a noun the heads often govern (إدارة التعليم,
     * مدينة الملك) passes too and is then searched unstemmed, with its clitic forms.
     */
    static boolean isPlace(QueryIndex index, String word) {
        if (!ENABLED || word.indexOf(' ') >= 0 || NameForms.isLatin(word)
                || index.names().lexicon().placeHeads().contains(word)) {
            return false;
        }
        long placed = index.placedArticles(word);
        return placed >= MIN_PLACED && placed * SHARE >= index.writtenArticles(word);
    }
}
