package org.sahifa.search;

import org.sahifa.entities.recognize.CommonWords;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.NameWordList;
import org.sahifa.text.ArabicStopwords;
import org.sahifa.text.LatinReadings;
import org.sahifa.text.NameKey;
import org.sahifa.text.analysis.NameKeyTerms;
import org.sahifa.text.analysis.NameVariants;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The family and place names of the library that a romanised Arabic name typed with the article writes letter by
 * letter (decision 0207), however the learned model scores them. Saudi English-language media romanise «ال + فعيل /
 * فعيلي / فعيلان» names with a diphthong for the diminutive's ي (ai, ay, ei), uw for «ُو», -ah or nothing for a final
 * ع, an initial vowel for ع (Al-Duwailah «الضويلع», Al-Subaie «السبيعي», Al-Olayan «العليان»): the model learned from
 * mostly foreign names reads each of those letters apart and scores the real spelling 7–10 nats below its likeliest
 * one, past the margins of decisions 0028 and 0035. Such a spelling is kept when
 * <ul>
 *   <li>the Latin word writes the article (al-, el-: the strongest sign of a romanised Arabic name) and the spelling
 *       is one word with the article, written as a word on its own ({@link LearnedSpellings#writtenAlone});</li>
 *   <li>its consonants are the Latin word's, class by class ({@link NameKey}, as decision 0035 tests:
 *       {@link LearnedSpellings#sameConsonants}), and its long vowel letters, ع and hamzas stand where the Latin
 *       writes vowels ({@link LatinVowelSlots}: a fit, not merely not judged);</li>
 *   <li>the library takes it for a name by strong evidence ({@link NameWords#isStrongName}: tagged in at least half
 *       the articles that write it) and the lists do not give it to other Latin names only
 *       ({@link LatinNameOwners});</li>
 *   <li>the model scores it within its widest margin (the sound fallback's, {@value #FOUND} of real spellings,
 *       decision 0032), so letters it cannot align stay out.</li>
 * </ul>
 * Also {@link #articleBeforeFunctionWord}: the article before a function word (العند, «ال» + عند) is no dictionary
 * reading of a word, so such a spelling may be a name the model finds. Counts, the index's terms of one key and the
 * model's scores only, computed with the learned spellings once per Latin word and index generation (decision 0124:
 * every archive shard decides alike). Thread-safe; no instances.
 */
final class LatinLinedUpNames {

    /** Share of the held-out name pairs whose real spelling scores within the margin (decision 0032's widest). */
    static final double FOUND = LatinSoundTargets.SOUND_FOUND;
    private static final String ARTICLE = "\u0627\u0644";
    /**
     * The diphthongs and glides a romanised Arabic name writes with two letters for one of ي or و, which the model
     * reads letter by letter: ai, ay, ei, ey (the diminutive's ي), aw, ow, uw (و).
     */
    private static final java.util.regex.Pattern GLIDES = java.util.regex.Pattern.compile("[ae][iy]|[aou]w");

    private LatinLinedUpNames() {
    }

    /**
     * Adds to {@code found} (the spellings the model found, with their scores) the spellings that write the Latin word
     * letter by letter ({@link #of}) and that the library writes in more articles than every found spelling that
     * fits the Latin vowels ({@link LatinVowelSlots}): where the model already found the name the Latin writes, a
     * rarer name of the same letters is another family (Al-Ghanim: «الغانم», not «الغنام»); Al-Subaie's «السبيعي»
     * (146 articles) outwrites the «السباعي» the model prefers.
     */
    static void addTo(QueryIndex index, String latin, Map<String, Double> found) {
        Map<String, Double> lined = of(index, latin);
        if (lined.isEmpty()) {
            return;
        }
        NameWords names = index.names();
        long fitting = 0;
        for (String f : found.keySet()) {
            if (LatinVowelSlots.fit(latin, f) == LatinVowelSlots.Fit.FITS) {
                fitting = Math.max(fitting, names.articleCount(f));
            }
        }
        long most = fitting;
        lined.forEach((s, score) -> {
            if (names.articleCount(s) > most) {
                found.putIfAbsent(s, score);
            }
        });
    }

    /** The spellings of the normalised Latin word that write it letter by letter, with their scores. */
    static Map<String, Double> of(QueryIndex index, String latin) {
        String letters = LatinReadings.letters(latin);
        Map<String, Double> out = new HashMap<>();
        if (!writesTheArticle(letters) || !GLIDES.matcher(letters).find()) {
            return out;
        }
        LatinReadings model = LearnedSpellings.readings();
        double floor = model.best(latin) - LearnedSpellings.model().margin(FOUND);
        if (floor == Double.NEGATIVE_INFINITY) {
            return out;
        }
        NameWords names = index.names();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.ofNormalized(letters));
        String z = LatinReadings.romanisedZ(letters);
        if (z != null) {
            keys.add(NameKey.ofNormalized(z));   // dh as the z of ذ ظ ض (decision 0160)
        }
        keys.remove("");
        for (String key : keys) {
            for (String t : index.termsStartingWith(IndexFields.BODY_NAME, NameKeyTerms.prefix(key),
                    NameVariants.MAX_CANDIDATES)) {
                String surface = NameKeyTerms.surface(t);
                if (out.containsKey(surface) || !surface.startsWith(ARTICLE) || surface.indexOf(' ') >= 0
                        || surface.length() < ARTICLE.length() + 3 || NameForms.isLatin(surface)
                        || !LearnedSpellings.sameConsonants(key, surface)
                        || LatinVowelSlots.fit(latin, surface) != LatinVowelSlots.Fit.FITS
                        || !names.isStrongName(surface) || !LearnedSpellings.writtenAlone(index, surface)
                        || LatinNameOwners.isAnotherName(names.lexicon(), latin, surface)) {
                    continue;
                }
                double s = LearnedSpellings.score(model, latin, surface);
                if (s >= floor && sameEnding(letters, surface) && writesLetters(letters, surface)) {
                    out.put(surface, s);
                }
            }
        }
        return out;
    }

    /** True when the normalised Latin letters start with the article ({@link LatinSoundTargets#writesArticle}) and a name of more than two letters follows. */
    static boolean writesTheArticle(String letters) {
        return LatinSoundTargets.writesArticle(letters) && letters.length() > 4;
    }

    /**
     * True when the normalised one-word spelling is the article before a function word (العند: «ال» + عند): Arabic
     * puts no article before a preposition, particle or pronoun, so the dictionary's reading of it through the
     * article is none, and the spelling is a noun or a name of its own.
     */
    static boolean articleBeforeFunctionWord(String spelling) {
        if (!spelling.startsWith(ARTICLE) || spelling.indexOf(' ') >= 0 || spelling.length() < ARTICLE.length() + 2) {
            return false;
        }
        // a function word of its own that starts with the letters of the article (الآن, الذي) is none
        NameWordList list = NameWordList.standard();
        if (ArabicStopwords.contains(spelling) || list.isFunctionWord(NameFold.fold(spelling))
                || CommonWords.standard().code(NameFold.fold(spelling)) == CommonWords.AS_WRITTEN) {
            return false;
        }
        String bare = spelling.substring(ARTICLE.length());
        return ArabicStopwords.contains(bare) || list.isFunctionWord(NameFold.fold(bare));
    }

    private static final String VOWEL_ENDS = "\u0627\u0649\u064A\u0648\u0647\u0639\u0621\u0623\u0626\u0624";
    private static final String YEH_ENDS = "\u064A\u0649";

    /**
     * True when the Arabic spelling ends as the Latin word does: a final i or y (the nisba) in ي, a final vowel or
     * -ah in a letter that writes a vowel (ا ى ي و ة ع ء), a final consonant in a consonant: Al-Khalidi is not
     * «الخالد», Al-Sulaiman not «السليماني».
     */
    static boolean sameEnding(String letters, String surface) {
        char last = letters.charAt(letters.length() - 1);
        char a = surface.charAt(surface.length() - 1);
        if (last == 'i' || last == 'y') {
            return YEH_ENDS.indexOf(a) >= 0;
        }
        if ("aeou".indexOf(last) >= 0 || last == 'h' && "aeiou".indexOf(letters.charAt(letters.length() - 2)) >= 0) {
            return VOWEL_ENDS.indexOf(a) >= 0;
        }
        return VOWEL_ENDS.indexOf(a) < 0 || a == '\u0648' || a == '\u0639';
    }

    /**
     * True when the Arabic spelling has a letter for each of the Latin letters whose Arabic letters a romanisation
     * fixes, which the name key's classes join: z (ز ذ ظ ض, not س: Al-Fayez is not «الفيس»), s (س ص ث), sh (ش),
     * q (ق), j (ج), gh (غ), kh (خ), h (ح ه: Al-Hamidi is not «المعيدي»).
     */
    static boolean writesLetters(String letters, String surface) {
        String l = letters.replace("sh", "\u0001").replace("gh", "\u0002").replace("kh", "\u0003")
                .replace("th", "").replace("dh", "").replace("ph", "").replaceAll("(?<=[aeiou])h$", "");
        return (l.indexOf('z') < 0 || has(surface, "\u0632\u0630\u0638\u0636"))
                && (l.indexOf('s') < 0 || has(surface, "\u0633\u0635\u062B"))
                && (l.indexOf('\u0001') < 0 || has(surface, "\u0634"))
                && (l.indexOf('q') < 0 || has(surface, "\u0642"))
                && (l.indexOf('j') < 0 || has(surface, "\u062C"))
                && (l.indexOf('\u0002') < 0 || has(surface, "\u063A"))
                && (l.indexOf('\u0003') < 0 || has(surface, "\u062E"))
                && (l.indexOf('h') < 0 || has(surface, "\u062D\u0647"));
    }

    private static boolean has(String surface, String any) {
        for (int i = 0; i < surface.length(); i++) {
            if (any.indexOf(surface.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
