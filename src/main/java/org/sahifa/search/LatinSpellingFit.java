package org.sahifa.search;

import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.NameWordList;
import org.sahifa.text.LatinReadings;

/**
 * Whether an Arabic spelling may be a typed Latin name's reading, beyond what the lists and the learned model say
 * (decisions 0153 and 0154):
 * <ul>
 *   <li>{@link #isFunctionWordReading}: a spelling one of whose words is a function word of the shipped dictionary
 *       list ({@link NameWordList#isFunctionWord}) behind proclitics (بأني: ب + أني), or a word the
 *       library writes mostly behind a proclitic that makes it a function word (يما of فيما), is no Latin name's
 *       reading unless the library tags the spelling as a name in at least half the articles that hold it;</li>
 *   <li>{@link #variantFits}: a letter variant of one of the Latin name's spellings (a name a letter or a vowel
 *       letter away, {@code NameMatcher}) is searched only when the learned model reads the Latin letters as it
 *       within its usual margin ({@link LearnedSpellings#FOUND}) of the likeliest spelling, or within its closer
 *       margin ({@link LearnedSpellings#CLOSE}) of the spelling it varies: Niger's «النيجر» does not bring the family
 *       name «النجار» (the Latin i has no letter there, the Arabic ا none in the Latin).</li>
 * </ul>
 * Both read the model, the shipped list and the library's counts only (through {@link QueryIndex}), so an archive
 * client and its shards decide alike.
 */
final class LatinSpellingFit {

    private static final String PROCLITICS = "\u0648\u0641\u0628\u0644\u0643"; // و ف ب ل ك

    private LatinSpellingFit() {
    }

    /**
     * True when a word of the normalised {@code spelling} reads as a function word behind proclitics (not as written:
     * the dictionary's list holds nouns with pronouns, أبها, and أب), or as the part of a function word after a proclitic that the library writes more often than the word alone)
     * and the library does not mostly tag the spelling as a name.
     */
    static boolean isFunctionWordReading(QueryIndex index, String spelling) {
        for (String w : spelling.split(" ")) {
            if (!w.isEmpty() && functionWordReading(index, w)) {
                NameWords names = index.names();
                return names.taggedCount(spelling) * 2 < names.articleCount(spelling) || names.articleCount(spelling) == 0;
            }
        }
        return false;
    }

    private static boolean functionWordReading(QueryIndex index, String w) {
        NameWordList list = NameWordList.standard();
        String fold = NameFold.fold(w);
        for (String r : Clitics.readings(fold)) {
            if (r != fold && list.isFunctionWord(r)) {
                return true;
            }
        }
        long alone = -1;
        for (int i = 0; i < PROCLITICS.length(); i++) {
            char p = PROCLITICS.charAt(i);
            if (list.isFunctionWord(p + fold)) {
                if (alone < 0) {
                    alone = index.writtenArticles(w);
                }
                if (index.writtenArticles(p + w) > alone) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the indexed {@code surface}, found for {@code form} (an Arabic spelling of the normalised Latin word)
     * exactly ({@code exact}) or as a letter variant, may be searched for the Latin word: no function word behind a
     * clitic (0153), a variant that fits the Latin letters ({@link #variantFits}, 0154), and no spelling the lists
     * give other Latin names only ({@link LatinNameOwners}, 0169: Quba's «قوبا» does not bring Cuba's «كوبا»), and no
     * variant that drops the ā of a doubled consonant ({@link LatinDoubledConsonants}, 0228: «الفراج» does not bring «الفرج»).
     */
    static boolean searchable(QueryIndex index, String latin, String form, String surface, boolean exact) {
        return !isFunctionWordReading(index, surface) && (exact || variantFits(latin, form, surface))
                && (exact || !LatinVowelSlots.misfitBeside(latin, surface, form))
                && (exact || !LatinDoubledConsonants.shortened(latin, surface, form))
                && (exact || !LatinEndings.otherEndingBeside(latin, surface, form))
                && (surface.equals(form) || !LatinNameOwners.isAnotherName(index.names().lexicon(), latin, surface));
    }

    /**
     * True when {@code variant}, a letter variant of {@code spelling} (both normalised Arabic), fits the normalised
     * Latin word: the model scores it within its usual margin of the likeliest spelling, or within its closer margin
     * of {@code spelling}. A spelling or variant of two words is not judged (the model reads one word).
     */
    static boolean variantFits(String latin, String spelling, String variant) {
        if (variant.indexOf(' ') >= 0 || spelling.indexOf(' ') >= 0) {
            return true;   // a name written in two words (قره باغ for كاراباخ): the model reads one word (0030)
        }
        LatinReadings model = LearnedSpellings.readings();
        double v = LearnedSpellings.score(model, latin, variant);
        if (v >= model.best(latin) - LearnedSpellings.model().margin(LearnedSpellings.FOUND)) {
            return true;
        }
        double s = LearnedSpellings.score(model, latin, spelling);
        return v >= s - LearnedSpellings.model().margin(LearnedSpellings.LISTED_CLOSE);
    }

    /**
     * True when {@code derived}, a nisba form of one of the Latin word's spellings (not a country's), still writes
     * the Latin letters: the model scores it within its usual margin ({@link LearnedSpellings#FOUND}) of the likeliest
     * spelling. A place's adjective is a family name (Mansoura: «المنصوري»), a person's feminine a place or a word
     * (Al-Rifai: «الريفية»): the Latin letters end otherwise.
     */
    static boolean derivedFits(String latin, String derived) {
        LatinReadings model = LearnedSpellings.readings();
        double best = model.best(latin);
        return best == Double.NEGATIVE_INFINITY
                || LearnedSpellings.score(model, latin, derived) >= best - LearnedSpellings.model().margin(LearnedSpellings.FOUND);
    }

    /** Latin vowel letters; y counts as one after a vowel (Quraysh). */
    private static final String VOWELS = "aeiou";
    /** Arabic letters that write a long vowel, a diphthong or a vowel's hamza or ʿayn. */
    private static final String LONG = "\u0627\u0648\u064A\u0649\u0626\u0624\u0621\u0623\u0625\u0622\u0639";

    /**
     * True when the normalised Arabic {@code surface} has a long-vowel letter (ا و ي, a hamza's seat or ع) inside the
     * word (the article and the last letter aside) wherever the Latin word writes two vowel letters together inside
     * the word (ai, ou, ee, ay…): Al-Gosaibi is «القصيبي», not «القصبي». A Latin word with no such pair fits any
     * spelling.
     */
    static boolean writesLongVowels(String latin, String surface) {
        String l = latin.replace("-", "").replace("'", "").replace(" ", "");
        if ((l.startsWith("al") || l.startsWith("el")) && l.length() > 4) {
            l = l.substring(2);
        }
        boolean pair = false;
        for (int i = 1; i + 2 < l.length() && !pair; i++) {
            char a = l.charAt(i);
            char b = l.charAt(i + 1);
            pair = VOWELS.indexOf(a) >= 0 && (VOWELS.indexOf(b) >= 0 || b == 'y') && VOWELS.indexOf(l.charAt(i + 2)) < 0;
        }
        if (!pair) {
            return true;
        }
        String a = surface.replace(" ", "");
        if (a.startsWith("\u0627\u0644") && a.length() > 4) {
            a = a.substring(2);
        }
        for (int i = 1; i + 1 < a.length(); i++) {
            if (LONG.indexOf(a.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the Latin word ends in a and the normalised {@code spelling}, with or without the article, is the
     * nisba form (a final ي) of another of {@code spellings} ending in ه (ة) or ا: the place's adjective, a family
     * name (Bisha: «بيشة», not «البيشي»). The Latin letters end in the vowel the place's name ends with.
     */
    static boolean isNisbaOfAnother(String latin, String spelling, java.util.Collection<String> spellings) {
        if (!latin.endsWith("a") || spelling.indexOf(' ') >= 0 || !spelling.endsWith("\u064A")) {
            return false;
        }
        String stem = spelling.substring(0, spelling.length() - 1);
        String bare = stem.startsWith("\u0627\u0644") && stem.length() > 4 ? stem.substring(2) : stem;
        for (String base : new String[] {stem, bare}) {
            for (String end : new String[] {"\u0647", "\u0627"}) {
                if (spellings.contains(base + end) || spellings.contains("\u0627\u0644" + base + end)) {
                    return true;
                }
            }
        }
        return false;
    }
}
