package org.sahifa.search;

import java.util.List;
import org.sahifa.text.NameKey;

/**
 * The clitic forms of a typed Arabic name that its name tier cannot reach, searched as written in the exact fields
 * (decision 0179):
 * <ul>
 *   <li>a name with the article behind the preposition ل, which takes the article's alef (القاهرة → «للقاهرة»,
 *       «وللقاهرة»): the name field holds «للقاهرة» without its proclitics as لقاهرة and قاهرة, neither of which is the
 *       typed spelling or a letter variant of it;</li>
 *   <li>a name whose letters give no name key (هيئة: ه, ي and the hamza are no consonant classes), which the name field
 *       does not index at all: the name behind every proclitic (لهيئة, وهيئة, بالهيئة).</li>
 * </ul>
 * Only for a word that reads as a name (one that is stemmed reaches its clitic forms through its stem). Thread-safe;
 * no instances.
 */
final class WrittenClitics {

    private static final String ARTICLE = "\u0627\u0644";
    /** Fewest letters after the article of a name taken behind ل. */
    static final int MIN_LETTERS = 3;

    private WrittenClitics() {
    }

    /** The clitic forms of the normalised typed name {@code word} to search as written; empty when none. */
    static List<String> of(String word) {
        if (word.indexOf(' ') >= 0 || NameForms.isLatin(word)) {
            return List.of();
        }
        if (NameKey.ofNormalized(word).isEmpty()) {
            return word.length() >= MIN_LETTERS ? ProcliticForms.of(word) : List.of();
        }
        if (word.startsWith(ARTICLE) && word.length() >= ARTICLE.length() + MIN_LETTERS) {
            return ProcliticForms.afterLam(word);
        }
        return List.of();
    }
}
