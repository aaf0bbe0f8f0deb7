package org.sahifa.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.sahifa.entities.recognize.CommonWords;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.ArabicStopwords;
import org.sahifa.text.NameKey;
import org.sahifa.text.analysis.NameKeyTerms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Which indexed words are names, so that spelling variants and cross-script matches reach only names (decision
 * 0026). A normalised word (not a function word) is a name when
 * <ul>
 *   <li>the spelling dictionary knows it ({@link CommonWords}: as written, or with one grammatical suffix) and the
 *       recogniser tagged it as (part of) a name in at least {@value #MIN_TAGGED_SHARE_OF_A_WORD_PERCENT} % of the
 *       articles whose name field holds it (دمشق yes, كيف never);</li>
 *   <li>else, the shipped lists know it as a name word ({@link NameLexiconWords}) and it does not read as a
 *       proclitic + dictionary word (بأم = ب + أم), or does but the library tags it as below;</li>
 *   <li>else, the library's statistics say so: the recogniser tagged it in at least
 *       {@value #MIN_TAGGED_SHARE_PERCENT} % of the articles whose name field holds it.</li>
 * </ul>
 * A spelling of two words (a split compound: قره باغ) is a name when the recogniser tagged the two words together,
 * or when each word is a name. Decisions are cached; one instance belongs to one set of statistics (one index reader). Thread-safe.
 *
 * <p>Public for the archive: the client and every shard decide with this same class over the collection's totals
 * ({@link #over}, decisions 0123, 0124).
 */
public final class NameWords {

    /** Share of its articles in which a word must be tagged as part of a name, in percent. */
    static final int MIN_TAGGED_SHARE_PERCENT = 25;
    /** A listed word read as a name when the article ال precedes it in fewer articles than this share, in percent. */
    static final int MAX_ARTICLE_SHARE_PERCENT = 10;
    /** Share of tagged articles enough for a word the library rarely writes with the article, in percent. */
    static final int MIN_TAGGED_SHARE_WITHOUT_ARTICLE_PERCENT = 5;
    /** Articles a word needs before its article statistics count. */
    static final int MIN_ARTICLES_FOR_STATISTICS = 5;
    /** The same for a word the spelling dictionary knows (دمشق, حلب are words too): most of its articles. */
    static final int MIN_TAGGED_SHARE_OF_A_WORD_PERCENT = 50;
    /**
     * Articles from which a listed word the recogniser (almost) never tags is taken for an ordinary word of the
     * library (دائرة: tagged in 1 of 620 articles), however the lists know it.
     */
    static final int MIN_ARTICLES_UNTAGGED = 50;
    /** The tagged share below which such a word is no name, in percent. */
    static final int MAX_UNTAGGED_SHARE_PERCENT = 2;

    /** Knows nothing from the library: only the shipped lists decide. */
    static NameWords listsOnly() {
        return new NameWords(NameLexiconWords.standard(), w -> 0L, null, null);
    }

    private final NameLexiconWords lexicon;
    private final ToLongFunction<String> taggedArticles;
    private final ToLongFunction<String> articles;
    /** The tagged words and pairs with their counts, when this instance was built from them (the library). */
    private final Map<String, Long> taggedWords;
    private final Map<String, Boolean> decided = new ConcurrentHashMap<>();
    private final Map<String, Boolean> readAsNames = new ConcurrentHashMap<>();

    /**
     * @param taggedArticles for each normalised word (and each two-word spelling), in how many articles the
     *                       recogniser tagged it as part of a name
     * @param reader         the index whose {@code nameField} holds the words' key terms (for their article counts)
     */
    NameWords(NameLexiconWords lexicon, Map<String, Long> taggedArticles, IndexReader reader, String nameField) {
        this(lexicon, w -> taggedArticles.getOrDefault(w, 0L), articlesIn(reader, nameField), taggedArticles);
    }

    private NameWords(NameLexiconWords lexicon, ToLongFunction<String> taggedArticles,
                      ToLongFunction<String> articles, Map<String, Long> taggedWords) {
        this.lexicon = lexicon;
        this.taggedArticles = taggedArticles;
        this.articles = articles;
        this.taggedWords = taggedWords;
    }

    /**
     * The tagged pairs that hold the normalised word as one of their two words ({@link SharedFullNames#isFullNameOf}),
     * by their counts: one pass over the library's tagged words; empty when this instance was given counts only
     * (an archive's, whose client asks the collection).
     */
    Map<String, Long> taggedPairsWith(String word) {
        if (taggedWords == null) {
            return Map.of();
        }
        Map<String, Long> out = new HashMap<>();
        taggedWords.forEach((w, n) -> {
            if (SharedFullNames.isFullNameOf(w, word)) {
                out.put(w, n);
            }
        });
        return out;
    }

    /**
     * Names by the shipped lists and by the library's statistics, wherever they come from (an index and the
     * entities layer, an archive shard's own index, or an archive collection's totals, decision 0124).
     *
     * @param taggedArticles for a normalised word or two-word spelling, the count {@link #wordCounts} gives it
     * @param articles       for a normalised word, how many articles hold it ({@link #articlesIn})
     */
    public static NameWords over(ToLongFunction<String> taggedArticles, ToLongFunction<String> articles) {
        return new NameWords(NameLexiconWords.standard(), taggedArticles, articles, null);
    }

    /**
     * The article count of a normalised word in an index: the document frequency of its key term in
     * {@code nameField} (a name field: {@code body.name}); null (no article counts) without a reader.
     */
    public static ToLongFunction<String> articlesIn(IndexReader reader, String nameField) {
        if (reader == null) {
            return null;
        }
        // remembered for the reader: asked many times per query (decision 0113)
        return RememberedCounts.of(w -> {
            try {
                return reader.docFreq(new Term(nameField, keyTerm(w)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The name-field term of a normalised word ({@code key|word}), or "" when the word has no key. */
    public static String keyTerm(String w) {
        String key = NameKey.ofNormalized(w);
        return key.isEmpty() ? "" : NameKeyTerms.prefix(key) + w;
    }

    /** The shipped name lists behind this. */
    NameLexiconWords lexicon() {
        return lexicon;
    }

    /** True when the normalised word is a common dictionary word (never a variant target). */
    static boolean isCommonWord(String w) {
        return isCommon(w);
    }

    /** The word counts of tagged spellings: every word of each spelling, and each spelling of two words. */
    public static Map<String, Long> wordCounts(Map<String, Long> spellingArticles) {
        Map<String, Long> out = new HashMap<>();
        spellingArticles.forEach((spelling, n) -> {
            String[] ws = ArabicNormalizer.normalize(spelling).strip().split("\\s+");
            for (String w : ws) {
                if (!w.isEmpty()) {
                    out.merge(w, n, Long::sum);
                    if (w.length() >= 5 && w.startsWith("ال")) {
                        out.merge(w.substring(2), n, Long::sum); // الفيفا tags فيفا too
                    }
                }
            }
            for (int i = 0; i + 1 < ws.length; i++) {
                out.merge(ws[i] + ' ' + ws[i + 1], n, Long::sum);
            }
        });
        return out;
    }

    /**
     * The distinct tagged words of one article from the spellings the recogniser tagged in it ({@link #wordCounts}
     * of those spellings, each once): what the archive's {@code name.tagged} holds for the article, and the context
     * the library reads for a spelling ({@link SpellingContext}).
     */
    public static java.util.Set<String> articleTaggedWords(java.util.Collection<String> spellings) {
        Map<String, Long> one = new HashMap<>();
        spellings.forEach(s -> one.put(s, 1L));
        return wordCounts(one).keySet();
    }

    /** In how many articles the recogniser tagged the normalised word ({@link #wordCounts}; 0 when unknown). */
    long taggedCount(String w) {
        return tagged(w);
    }

    /** True when the normalised indexed spelling (one word, or two joined by a space) is a name. */
    public boolean isName(String surface) {
        return decided.computeIfAbsent(surface, this::decide);
    }

    /**
     * True when the normalised indexed spelling may be a name the lists and tags do not know, for a spelling the
     * learned transliteration model found ({@link LearnedSpellings}): a name (one word: read as a name, as بايرن
     * that also reads as ب + ايرن); else each word no function word, not
     * a clitic or the article before a dictionary word (بإرادة, الراقي), and not a dictionary word unless the library
     * rarely writes it with the article, as a name (سابك, بريدة are words too) — فيسبوك yes; عقار, بإرادة never.
     */
    boolean isNameLike(String surface) {
        if (surface.indexOf(' ') < 0 ? readsAsName(surface) : isName(surface)) {
            return true;
        }
        for (String w : surface.split(" ")) {
            int common = CommonWords.standard().code(NameFold.fold(w));
            if (w.length() < 3 || ArabicStopwords.contains(w) || common == CommonWords.WITHOUT_CLITICS
                    || common == CommonWords.AS_WRITTEN && !rarelyWithTheArticle(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when two normalised words joined by a space are one name together: listed together, or tagged together
     * in at least {@value #MIN_ARTICLES_FOR_STATISTICS} articles (حزب الله), not merely two names side by side.
     */
    boolean isTwoWordName(String pair) {
        return lexicon.contains(pair) || tagged(pair) >= MIN_ARTICLES_FOR_STATISTICS;
    }

    /**
     * True when a typed word should be read as a name rather than as a word to stem: a name, or a listed name that
     * the library tags in at least {@value #MIN_TAGGED_SHARE_PERCENT} % of its articles (الرقة, دمشق) or rarely
     * writes with the article, listed or tagged in at least {@value #MIN_TAGGED_SHARE_WITHOUT_ARTICLE_PERCENT} % of
     * its articles (بريدة), though the dictionary knows it too; or the nisba of such a name. Cached, as
     * {@link #isName} is (it counts the word's articles, with and without the article, in the index).
     */
    public boolean readsAsName(String word) {
        return readAsNames.computeIfAbsent(word, this::decideReadsAsName);
    }

    private boolean decideReadsAsName(String word) {
        if (isName(word) || lexicon.contains(word) && taggedPercent(word) >= MIN_TAGGED_SHARE_PERCENT
                || (lexicon.contains(word) || taggedPercent(word) >= MIN_TAGGED_SHARE_WITHOUT_ARTICLE_PERCENT)
                && rarelyWithTheArticle(word)) {
            return true;
        }
        // the nisba of a name (البعثي, البعثيين of البعث) is a name's word too
        for (String base : NameForms.nisbaBases(word)) {
            if (NameForms.isNisba(word) && base.length() >= 4 && isNameOrListed(base.substring(0, base.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the library writes the word with the article ال in under {@value #MAX_ARTICLE_SHARE_PERCENT} % as
     * many articles as without: a place or person name (بريدة, حلب), unlike a noun (بريد / البريد).
     */
    private boolean rarelyWithTheArticle(String w) {
        if (articles == null || w.startsWith("ال") || NameForms.isLatin(w)) {
            return false;
        }
        long bare = articles(w);
        return bare >= MIN_ARTICLES_FOR_STATISTICS && articles("ال" + w) * 100 < bare * MAX_ARTICLE_SHARE_PERCENT;
    }

    private boolean isNameOrListed(String w) {
        return isName(w) || lexicon.contains(w) && taggedPercent(w) >= MIN_TAGGED_SHARE_PERCENT;
    }

    private boolean decide(String surface) {
        int space = surface.indexOf(' ');
        if (space < 0) {
            return isNameWord(surface);
        }
        if (lexicon.contains(surface) || tagged(surface) >= 1 && !isCommon(surface.substring(space + 1))) {
            return true;
        }
        for (String w : surface.split(" ")) {
            if (!w.isEmpty() && !isNameWord(w)) {
                return false;
            }
        }
        return true;
    }

    private boolean isNameWord(String w) {
        if (w.length() < 2 || ArabicStopwords.contains(w)) {
            return false;
        }
        int common = CommonWords.standard().code(NameFold.fold(w));
        if (common == CommonWords.AS_WRITTEN) {
            return taggedPercent(w) >= MIN_TAGGED_SHARE_OF_A_WORD_PERCENT; // دمشق, not كيف
        }
        if (lexicon.contains(w)) {
            // بأم is ب + أم before it is the town Bam: a listed name that reads as a clitic + word needs the library
            return (common == CommonWords.UNKNOWN || taggedPercent(w) >= MIN_TAGGED_SHARE_PERCENT) && !untagged(w);
        }
        return taggedPercent(w) >= MIN_TAGGED_SHARE_PERCENT;
    }

    /**
     * True when the library holds the word in at least {@value #MIN_ARTICLES_UNTAGGED} articles and the recogniser
     * tagged it in under {@value #MAX_UNTAGGED_SHARE_PERCENT} % of them: an ordinary word of the library.
     */
    private boolean untagged(String w) {
        if (articles == null) {
            return false;
        }
        long df = articles(w);
        return df >= MIN_ARTICLES_UNTAGGED && tagged(w) * 100 < df * MAX_UNTAGGED_SHARE_PERCENT;
    }

    /**
     * True when the normalised word is a name by strong evidence, the only kind a Latin word's sound may reach
     * ({@link LatinSoundTargets}): tagged as a name in at least {@value #MIN_TAGGED_SHARE_OF_A_WORD_PERCENT} % of
     * the articles that hold it, so a dictionary word only when the library mostly writes it as a name (حضرموت,
     * القاعدة). A word the recogniser tagged now and then among many untagged uses (هيل, tagged in 11 of 43
     * articles), a verb or a noun (أبدى, دائرة) is not.
     */
    boolean isStrongName(String w) {
        return w.length() >= 3 && w.indexOf(' ') < 0 && !ArabicStopwords.contains(w)
                && taggedPercent(w) >= MIN_TAGGED_SHARE_OF_A_WORD_PERCENT;
    }

    /**
     * True when the normalised word is a form of a dictionary word: as written ({@link CommonWords}), or its
     * accusative with a final alef (مقالا of مقال, نصرا of نصر), which the dictionary does not list.
     */
    static boolean isDictionaryForm(String w) {
        if (isCommon(w)) {
            return true;
        }
        int last = w.length() - 1;
        return last >= 3 && w.charAt(last) == '\u0627' && isCommon(w.substring(0, last));
    }

    /**
     * True when the normalised one-word spelling is an ordinary word for the library: a form of a dictionary word
     * ({@link #isDictionaryForm}) that is no name by {@link #isName} (the library does not mostly tag it as one):
     * أبدى, بأسره, مقالا, هيل. Such a word is a learned spelling of a Latin name only on the model's word
     * ({@link LearnedSpellings}, decision 0033).
     */
    boolean isOrdinaryWord(String w) {
        return w.indexOf(' ') < 0 && isDictionaryForm(w) && !isName(w);
    }

    /**
     * True when the normalised word is a dictionary word that the library holds in at least
     * {@value #MIN_ARTICLES_UNTAGGED} articles, tags in under {@value #MAX_UNTAGGED_SHARE_PERCENT} % of them and
     * writes with the article as a noun is (سعادة: tagged in 2 of 622, السعادة in hundreds): however the bilingual
     * lists pair it with a Latin name (Saada), the library writes the word, not the name; a place the recogniser
     * does not know is rarely written with the article (صعدة: never tagged, no الصعدة) and stays (decision 0033).
     */
    boolean isUntaggedDictionaryWord(String w) {
        return w.indexOf(' ') < 0 && isCommon(w) && untagged(w) && !rarelyWithTheArticle(w);
    }

    /** In what percentage of the articles holding the word the recogniser tagged it (0 when unknown). */
    private long taggedPercent(String w) {
        long tagged = tagged(w);
        if (tagged == 0 || articles == null) {
            return 0;
        }
        long df = articles(w);
        return df == 0 ? 100 : Math.min(100, tagged * 100 / df);
    }

    private long tagged(String s) {
        return taggedArticles.applyAsLong(s);
    }

    private static boolean isCommon(String w) {
        return CommonWords.standard().code(NameFold.fold(w)) == CommonWords.AS_WRITTEN;
    }

    private long articles(String w) {
        return keyTerm(w).isEmpty() ? 0 : articles.applyAsLong(w);
    }

    /** In how many articles the name field holds the normalised word (0 without article counts). */
    long articleCount(String w) {
        return articles == null ? 0 : articles(w);
    }
}
