package org.sahifa.search;

import org.sahifa.text.LatinReadings;
import org.sahifa.text.NameKey;
import org.sahifa.text.analysis.NameKeyTerms;
import org.sahifa.text.analysis.NameVariants;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The spellings of a Latin name that the library marks as a place otherwise than by the recogniser's tags (decision
 * 0158). A local place (Sabya, Bariq, Al-Aflaj, Al-Mandaq, Al-Dhale) is often written as a dictionary word (صبيا reads
 * as the accusative of صبي, بارق "shining", الأفلاج a plural noun) that the recogniser tags in few of its articles, so
 * the name tests of decisions 0026–0035 keep it out while the model finds it within its usual margin. Such a spelling
 * is kept when it
 * <ul>
 *   <li>has the consonants of the Latin word as written or as one of its readings reads it ({@link NameKey}, with or
 *       without the article, but with it when the Latin writes it: Al-Ais is العيص, not لاس of لاس فيغاس; a key of at
 *       least {@value #MIN_KEY} classes), is one word written on its own, and the model scores it within its usual
 *       margin ({@value LearnedSpellings#FOUND} of real spellings) below the likeliest spelling, or, with letters of
 *       native names ({@link LatinReadings#hasNativeLetters}), within the wider margin
 *       ({@value LearnedSpellings#ARABIC_FOUND}) that decision 0035 gives such names; and</li>
 *   <li>the library marks it as a place: it follows one of the head words the world-cities list writes before a place
 *       (محافظة صبيا, مدينة الضالع; {@link NameLexiconWords#placeHeads()}, learned from the list, decision 0037) in at
 *       least {@value NameWords#MIN_ARTICLES_FOR_STATISTICS} articles and one in {@value #HEADED} of those that write
 *       it (the recogniser's tags now and then, which decision 0139 accepts for native letters, were tried in place
 *       of this for any letters: Neymar reached «نمر», Jubail «جبل»); or, with native letters, it is a strong name
 *       ({@link NameWords#isStrongName}, as decision 0035 keeps one) whose consonants the romanised reading gives
 *       (القذافي for Gaddafi read as gazafi).</li>
 * </ul>
 * A word the recogniser tags mostly as the first word of a two-word name ({@link LatinEpithetNames}: المدينة of
 * المدينة المنورة, after «منطقة») is that name's, not a place of its own.
 * Counts, phrase counts and model scores through {@link QueryIndex}; an index that cannot count phrases (an archive
 * client) answers no such evidence. Computed once per Latin word and index generation, with the learned spellings
 * ({@link VariantCache}). Thread-safe; no instances.
 */
final class LatinNativeNames {

    /**
     * The place heads of the lists of at least {@value #MIN_HEAD} letters: the list also writes the article apart
     * (آل, ال) before names, which is no head word.
     */
    static Set<String> heads(QueryIndex index) {
        Set<String> out = new HashSet<>();
        for (String h : index.names().lexicon().placeHeads()) {
            if (h.length() >= MIN_HEAD) {
                out.add(h);
            }
        }
        return out;
    }

    /** Fewest letters of a place head. */
    static final int MIN_HEAD = 3;
    private static final String ARTICLE = "ال";

    /** One article in this many that write a word, with the word after a place head, marks it as a place. */
    static final int HEADED = 10;
    /** Fewest consonant classes of the Latin word: a shorter key fits too many words (ار for Arar). */
    static final int MIN_KEY = 2;

    private LatinNativeNames() {
    }

    /** The spellings of the normalised Latin word that the library marks as places or names, with their scores. */
    static Map<String, Double> of(QueryIndex index, String latin) {
        LatinReadings model = LearnedSpellings.readings();
        double usual = model.best(latin) - LearnedSpellings.model().margin(LearnedSpellings.FOUND);
        double floor = model.best(latin) - LearnedSpellings.model().margin(LearnedSpellings.ARABIC_FOUND);
        Map<String, Double> out = new HashMap<>();
        if (floor == Double.NEGATIVE_INFINITY) {
            return out;
        }
        // the consonants of the Latin word as written and as a romanised Arabic name's dh or dd read as z (Gaddafi as
        // gazafi: القذافي, decision 0160)
        Set<String> latinKeys = new HashSet<>();
        String letters = LatinReadings.letters(latin);
        for (String reading : new String[] {letters, LatinReadings.romanisedZ(letters)}) {
            String k = reading == null ? "" : NameKey.ofNormalized(reading);
            if (k.length() >= MIN_KEY) {
                latinKeys.add(k);
            }
        }
        if (latinKeys.isEmpty()) {
            return out;
        }
        // a Latin name written with the article (Al-Ais) is a spelling with the article (العيص, not لاس of لاس فيغاس)
        boolean article = LatinSoundTargets.writesArticle(LatinReadings.letters(latin));
        for (String key : LearnedSpellings.keys(model, latin, floor)) {
            for (String t : index.termsStartingWith(IndexFields.BODY_NAME, NameKeyTerms.prefix(key),
                    NameVariants.MAX_CANDIDATES)) {
                String surface = NameKeyTerms.surface(t);
                if (out.containsKey(surface) || surface.indexOf(' ') >= 0 || NameForms.isLatin(surface)
                        || latinKeys.stream().noneMatch(k -> LearnedSpellings.sameConsonants(k, surface))
                        || article && !surface.startsWith(ARTICLE)) {
                    continue;
                }
                double s = LearnedSpellings.score(model, latin, surface);
                // a spelling with letters of native names within the wider margin of decision 0035 (الضالع)
                boolean nativeLetters = LatinReadings.hasNativeLetters(surface);
                if (s >= (nativeLetters ? floor : usual) && LearnedSpellings.writtenAlone(index, surface)
                        && (nativeLetters && index.names().isStrongName(surface) || isHeadedPlace(index, surface))
                        && LatinEpithetNames.of(index.names(), Map.of(surface, s)).isEmpty()) {
                    out.put(surface, s);
                }
            }
        }
        return out;
    }

    /**
     * True when {@code spelling}, marked as a place by a head word with the model's score {@code score}, is an ordinary
     * word of the library ({@link NameWords#isOrdinaryWord}) and another of the {@code found} spellings, a name of the
     * library ({@link NameWords#isName}) written in at least {@value NameWords#MIN_ARTICLES_FOR_STATISTICS} articles,
     * scores better (decision 0171): the head word
     * then marks a name of which the word is a part (مدينة سان فرانسيسكو), and the Latin letters write the other
     * spelling (Sanah: سناح, not سان and its clitic forms لسان). The test decision 0033 gives every ordinary word
     * the model finds. A name the lists give other Latin names only ({@link LatinNameOwners}) is not this word's and
     * outscores nothing (Ranyah: «رانيا» is Rania's; the place «رنية» stays).
     */
    static boolean outscored(NameWords names, String latin, String spelling, double score,
                             Map<String, Double> found) {
        if (!names.isOrdinaryWord(spelling)) {
            return false;
        }
        for (Map.Entry<String, Double> e : found.entrySet()) {
            // a name the lists give other Latin names only is no reading of this one (0169), so it outscores nothing:
            // Ranyah's «رانيا» is Rania's, and the place «رنية» after «محافظة» stays (decision 0171, amended)
            if (!e.getKey().equals(spelling) && e.getValue() > score && names.isName(e.getKey())
                    && names.articleCount(e.getKey()) >= NameWords.MIN_ARTICLES_FOR_STATISTICS
                    && !LatinNameOwners.isAnotherName(names.lexicon(), latin, e.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the library writes the normalised word after a place head ({@link NameLexiconWords#placeHeads()}, also
     * behind a proclitic: {@link QueryIndex#placedArticles}) in at least {@value NameWords#MIN_ARTICLES_FOR_STATISTICS} articles and one in {@value #HEADED} of those that
     * write it.
     */
    static boolean isHeadedPlace(QueryIndex index, String word) {
        if (index.names().lexicon().placeHeads().contains(word)) {
            return false;   // a head word is no place of its own (مدينة)
        }
        // the head also behind a proclitic (بمحافظة الريث), as the index counted it when it was built (decision
        // 0175): one term lookup; the phrase count of the bare heads only where that count does not decide
        long written = index.writtenArticles(word);
        long placed = index.placedArticles(word);
        if (placed >= NameWords.MIN_ARTICLES_FOR_STATISTICS && placed * HEADED >= written) {
            return true;
        }
        long headed = index.articlesAfter(heads(index), word);
        return headed >= NameWords.MIN_ARTICLES_FOR_STATISTICS && headed * HEADED >= written;
    }
}
