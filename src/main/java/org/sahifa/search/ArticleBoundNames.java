package org.sahifa.search;

import org.sahifa.text.ArabicStopwords;

import java.util.List;

/**
 * How a typed Arabic name's article binds it, by how the library writes the word with and without the article
 * ({@link NameWords#articleCount}, the statistic of decisions 0162 and 0199; the name field holds every word also
 * without its article, so the count of a word includes the articles writing it with the article):
 * <ul>
 *   <li>{@link #definiteOnly} (decision 0214): a typed word with the article whose word without it the library hardly
 *       writes (under one in {@value #BARE_SHARE} of the articles holding either) is a definite name — a place or
 *       family name the press writes with its article («السودة», «الهدا», «اليسا», «الجريش») — not a noun, which is
 *       also written indefinite and in a construct (الحكومة / حكومة). It is not stemmed: its stem reaches other words
 *       («يساهم» by the stem of «اليسا», «السود» by that of «السودة»). Its clitic forms are the name tier's
 *       (decision 0027).</li>
 *   <li>{@link #definiteIsAnother} (decision 0215): a typed name without the article that the library writes without
 *       it in at least half the articles holding it is not the word written with the article: «هادي» is not «الهادي»,
 *       «عرعر» not «العرعر», «حمص» not «الحمص» — the reverse of decision 0199's dropped article. Its name tier then
 *       searches the typed spelling behind its proclitics in the exact field ({@link #cliticForms}), not the name
 *       field's term, which also stands for the word with the article. A name the press writes mostly with the
 *       article (كنيست / «الكنيست»), or in the same context with it (خامنئي / «الخامنئي»), keeps reaching it.</li>
 * </ul>
 * No new statistic and no per-query scan: two article counts per typed word, remembered per index (decision 0113).
 * Thread-safe; no instances.
 */
final class ArticleBoundNames {

    private static final String ARTICLE = "\u0627\u0644";
    /** Fewest letters of the word without the article. */
    static final int MIN_LETTERS = 3;
    /** A definite name's word without the article is written in under one in this many articles holding either. */
    static final int BARE_SHARE = 4;

    /** {@code -Dsahifa.search.definiteOnly=false} leaves {@link #definiteOnly} out (before / after, one build). */
    static final boolean DEFINITE_ONLY = !"false".equals(System.getProperty("sahifa.search.definiteOnly"));
    /**
     * {@code -Dsahifa.search.definiteAnother=true} turns {@link #definiteIsAnother} on. Off by default: it compares
     * contexts, which the archive cannot yet (decision 0124), and ArchiveClusterTest found «رايس» in 13 articles of the
     * library and 16 of the archive with it on (as decision 0176's contexts).
     */
    static final boolean DEFINITE_ANOTHER = "true".equals(System.getProperty("sahifa.search.definiteAnother"));

    private ArticleBoundNames() {
    }

    /**
     * True when the normalised typed word is written with the article ال, its word without it has at least
     * {@value #MIN_LETTERS} letters and no function word, the library writes the typed word in at least
     * {@value NameWords#MIN_ARTICLES_FOR_STATISTICS} articles and the word without the article as a word of its own
     * in under one in {@value #BARE_SHARE} of the articles writing either ({@link QueryIndex#writtenArticles}, the
     * exact field: the name field does not split a listed name from its article), and does not write the typed word's
     * nisba with the article in {@value NameWords#MIN_ARTICLES_FOR_STATISTICS} articles or more: a people or a place
     * whose adjective the library writes (اليهود, «اليهودي») is a group its stem tier serves.
     */
    static boolean definiteOnly(String typed, QueryIndex index) {
        if (!DEFINITE_ONLY || !typed.startsWith(ARTICLE) || typed.indexOf(' ') >= 0 || NameForms.isLatin(typed)) {
            return false;
        }
        String bareWord = typed.substring(ARTICLE.length());
        if (bareWord.length() < MIN_LETTERS || ArabicStopwords.contains(bareWord) || bareWord.startsWith(ARTICLE)) {
            return false;
        }
        long definite = index.writtenArticles(typed);
        if (definite < NameWords.MIN_ARTICLES_FOR_STATISTICS) {
            return false;
        }
        long bare = index.writtenArticles(bareWord);
        return BARE_SHARE * bare < definite + bare
                && index.writtenArticles(nisba(typed)) < NameWords.MIN_ARTICLES_FOR_STATISTICS;
    }

    /** The nisba of a normalised word: ي after it, or in place of its final ه (ة). */
    static String nisba(String word) {
        return (word.endsWith("\u0647") ? word.substring(0, word.length() - 1) : word) + "\u064A";
    }

    /**
     * True when the normalised typed word, one Arabic word of at least {@value #MIN_LETTERS} letters without the
     * article and no function word, is written with the article in some articles but without it in at least half
     * the articles holding it, and the library writes the two in different contexts ({@link
     * QueryIndex#differentContexts}: the names tagged around them hardly overlap, no full name shared): the word with
     * the article is another word. A nisba or foreign name the press writes both ways (خامنئي / «الخامنئي», تشيلي /
     * «التشيلي») shares its context and keeps reaching it. An index that cannot compare contexts (an archive
     * collection) answers no: the name field decides as before.
     */
    static boolean definiteIsAnother(String typed, QueryIndex index) {
        if (!DEFINITE_ANOTHER || typed.startsWith(ARTICLE) || typed.indexOf(' ') >= 0 || typed.length() < MIN_LETTERS
                || NameForms.isLatin(typed) || ArabicStopwords.contains(typed)) {
            return false;
        }
        NameWords names = index.names();
        long definite = names.articleCount(ARTICLE + typed);
        return definite > 0 && 2 * definite <= names.articleCount(typed)
                && index.differentContexts(typed, ARTICLE + typed);
    }

    /** The typed word behind each proclitic of the name index (و ف ب ك ل), as written: the name tier's own forms. */
    static List<String> cliticForms(String typed) {
        return ProcliticForms.of(typed);
    }
}
