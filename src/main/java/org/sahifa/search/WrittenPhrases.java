package org.sahifa.search;

import org.sahifa.search.query.QueryNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Arabic words typed together that the library writes together are one name (decision 0226). A body's name is a
 * run of ordinary words («السعودية للكهرباء», «وزارة الحج», «هيئة الغذاء والدواء», «رياض الخبراء»): searched
 * apart, each word is found anywhere in an article, and its words are in hundreds of articles about other things
 * («وزارة … الحج», «السعودية … والكهرباء»; 307 of 402 results wrong for «السعوديه للكهرباء»). Decisions 0163, 0177
 * and 0198 join two words by their grammar; a name whose grammar they do not read (a country and a word behind ل, a
 * given name and a plural) stayed apart. The library's own evidence decides here: a run of two or more typed Arabic
 * words that the library writes as that phrase (the first word also behind its proclitics) in at least
 * {@value #MIN_ARTICLES} articles ({@link QueryIndex#articlesWriting}) is searched as one phrase, with its words'
 * spellings and clitic forms as a phrase is ({@code QueryCompiler.phrase}). Two names typed together (every word
 * of the run read as a name by the library: «الهلال النصر», «ترامب كلينتون») stay apart, as decision 0198 leaves
 * them; so does a run the library does not write (the words are then what the user asks for, anywhere). An index that
 * cannot count phrases (an archive client) answers 0: the words stay apart, as before. One phrase count per run of
 * typed words, cached per index generation. Thread-safe; no instances.
 */
final class WrittenPhrases {

    /** Fewest articles that must write the typed words as a phrase. */
    static final int MIN_ARTICLES = NameWords.MIN_ARTICLES_FOR_STATISTICS;
    /** Longest run of typed words tried. */
    static final int MAX_WORDS = 6;

    /** {@code -Dsahifa.search.writtenPhrases=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.writtenPhrases"));

    private WrittenPhrases() {
    }

    /**
     * The index of the last word of the longest run of Arabic words from {@code i} that is one name by the library's
     * writing, or {@code i} when there is none.
     *
     * @param terms    the exact field's terms of a typed word (one term for a plain Arabic word)
     * @param articles in how many articles the library writes one of the phrases (cached by the caller)
     */
    static int last(List<QueryNode> children, int i, Function<String, List<String>> terms, NameWords names,
                    ToLongFunction<List<List<String>>> articles) {
        if (!ENABLED) {
            return i;
        }
        List<String> words = new ArrayList<>();
        for (int k = i; k < children.size() && words.size() < MAX_WORDS; k++) {
            String w = arabicWord(children.get(k), terms);
            if (w == null) {
                break;
            }
            words.add(w);
        }
        for (int n = words.size(); n >= 2; n--) {
            List<String> run = words.subList(0, n);
            if (!allNames(run, names) && articles.applyAsLong(phrases(run)) >= MIN_ARTICLES) {
                return i + n - 1;
            }
        }
        return i;
    }

    /** The cache key prefix of a run's phrase count among the learned spellings (per index generation). */
    private static final String KEY = "\u0000written\u0000";

    /** {@link QueryIndex#articlesWriting} of a run's phrases, cached in {@code cache} under the run's first phrase. */
    static ToLongFunction<List<List<String>>> counted(java.util.Map<String, List<String>> cache, QueryIndex index) {
        return phrases -> Long.parseLong(VariantCache.get(cache, KEY + String.join(" ", phrases.get(0)),
                k -> List.of(Long.toString(index.articlesWriting(phrases)))).get(0));
    }

    /** The run as written, and with its first word behind each proclitic ({@link ProcliticForms#of}). */
    static List<List<String>> phrases(List<String> run) {
        List<List<String>> out = new ArrayList<>();
        for (String first : ProcliticForms.of(run.get(0))) {
            List<String> p = new ArrayList<>(run);
            p.set(0, first);
            out.add(p);
        }
        return out;
    }

    private static boolean allNames(List<String> run, NameWords names) {
        for (String w : run) {
            if (!names.readsAsName(w)) {
                return false;
            }
        }
        return true;
    }

    /** The one exact term of a typed plain Arabic word (no function word alone), or null. */
    private static String arabicWord(QueryNode node, Function<String, List<String>> terms) {
        if (!(node instanceof QueryNode.Word w)) {
            return null;
        }
        List<String> t = terms.apply(w.text());
        return t.size() == 1 && !NameForms.isLatin(t.get(0)) ? t.get(0) : null;
    }
}
