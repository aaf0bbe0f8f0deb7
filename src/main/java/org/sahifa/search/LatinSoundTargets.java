package org.sahifa.search;

import org.sahifa.text.LatinReadings;
import org.sahifa.text.NameMatcher;

/**
 * Which indexed Arabic words a typed Latin word may reach by its sound alone ({@link NameMatcher}), when neither the
 * bilingual lists nor the learned transliteration model give it a spelling (decision 0032). The sound of Latin
 * letters fits many Arabic words, so only names with strong evidence are reached ({@link NameWords#isStrongName}:
 * tagged as a name in most of the articles that hold it, so never a verb or a noun), and only when the name's own
 * letters fit: not through the article ال read as the name's first letters (Lazio is not «السويس», la + swys), nor
 * through a proclitic (و ب ف ل ك) before a word the library writes on its own. Thread-safe; no instances.
 */
final class LatinSoundTargets {

    /** Share of real spellings within the margin a sound variant must score within ({@link #probable}). */
    static final double SOUND_FOUND = 0.995;
    private static final String ARTICLE = "ال";
    private static final String PROCLITICS = "وبفلك";

    private LatinSoundTargets() {
    }

    /**
     * True when the normalised Arabic {@code surface}, a sound variant of the normalised Latin word {@code latin},
     * may be searched for it in {@code index}.
     */
    static boolean accepts(QueryIndex index, NameMatcher matcher, String latin, String surface) {
        if (!index.names().isStrongName(surface) || !probable(latin, surface)
                || !LatinSpellingFit.writesLongVowels(latin, surface)
                || LatinNameOwners.isAnotherName(index.names().lexicon(), latin, surface)) {
            return false;
        }
        if (surface.startsWith(ARTICLE) && !writesArticle(latin)) {
            return fits(matcher, latin, surface.substring(ARTICLE.length()));
        }
        if (surface.length() > 3 && PROCLITICS.indexOf(surface.charAt(0)) >= 0) {
            String rest = surface.substring(1);
            return index.writtenArticles(rest) == 0 || fits(matcher, latin, rest);
        }
        return true;
    }

    /**
     * True when the learned model does not rule the spelling out: it scores within the margin below the likeliest
     * spelling that {@value #SOUND_FOUND} of the held-out real spellings of the shipped name pairs stay within (the
     * sound reaches «العنزي» for Unaizah, 13.7 below; «حضرموت» for Hadramout is 9.8 below, inside the margin of
     * 12.2). Any spelling when the model reads none of the word.
     */
    static boolean probable(String latin, String surface) {
        LatinReadings model = LearnedSpellings.readings();
        double best = model.best(latin);
        return best == Double.NEGATIVE_INFINITY
                || LearnedSpellings.score(model, latin, surface) >= best - LearnedSpellings.model().margin(SOUND_FOUND);
    }

    /**
     * True when the normalised Arabic {@code surface} reads as a proclitic (و ب ف ل ك) before a dictionary word the
     * library writes on its own at least as often (بأسره = ب + أسره, 502 articles against 82; not بريدة = ب + ريدة,
     * 8 against 212) and the Latin word does not fit that word without the proclitic:
     * the Latin letters then meet a clitic, not a name (Basra; decision 0033).
     */
    static boolean throughProclitic(QueryIndex index, NameMatcher matcher, String latin, String surface) {
        if (surface.length() <= 3 || PROCLITICS.indexOf(surface.charAt(0)) < 0) {
            return false;
        }
        String rest = surface.substring(1);
        return NameWords.isCommonWord(rest) && index.writtenArticles(rest) >= index.writtenArticles(surface)
                && !fits(matcher, latin, rest);
    }

    /**
     * True when the normalised Latin word {@code latin}, a name of the lists that sounds like the normalised Arabic
     * word {@code arabic}, writes it: the lists pair the two, or the learned model scores the Arabic word within
     * its margin ({@value LearnedSpellings#FOUND} of real spellings) of the Latin word's likeliest spelling. The
     * Latin name lists hold English and French words as family names (Home, Power, Beach), so sounding alike is
     * not enough for an Arabic query to reach them (حماة is not Home, أوبر not Power; decision 0033).
     */
    static boolean writes(NameWords names, String latin, String arabic) {
        if (names.lexicon().arabicOf(latin).contains(arabic)) {
            return true;
        }
        LatinReadings model = LearnedSpellings.readings();
        double best = model.best(LatinReadings.letters(latin));
        return best != Double.NEGATIVE_INFINITY && LearnedSpellings.score(model, LatinReadings.letters(latin), arabic)
                >= best - LearnedSpellings.model().margin(LearnedSpellings.FOUND);
    }

    /** True when the Latin word begins with the article as media write it (al-, el-; Alwaleed, Elsisi). */
    static boolean writesArticle(String latin) {
        return latin.startsWith("al") || latin.startsWith("el");
    }

    private static boolean fits(NameMatcher matcher, String latin, String arabic) {
        return arabic.length() >= 2 && matcher.matchNormalized(latin, arabic) != NameMatcher.Match.NONE;
    }
}
