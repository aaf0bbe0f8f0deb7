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
        if (!index.names().isStrongName(surface) || !probable(latin, surface)) {
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

    /** True when the Latin word begins with the article as media write it (al-, el-; Alwaleed, Elsisi). */
    static boolean writesArticle(String latin) {
        return latin.startsWith("al") || latin.startsWith("el");
    }

    private static boolean fits(NameMatcher matcher, String latin, String arabic) {
        return arabic.length() >= 2 && matcher.matchNormalized(latin, arabic) != NameMatcher.Match.NONE;
    }
}
