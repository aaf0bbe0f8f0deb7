package org.sahifa.search;

import org.sahifa.text.NameKey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the Arabic spellings the bilingual lists give a Latin name the library means (decision 0139), decided by
 * the library's counts and tags and the learned model's scores only, so the archive client and its shards decide
 * alike (decision 0124):
 * <ul>
 *   <li>a listed spelling of other consonants than a listed <b>country</b> of the same Latin name, that the library
 *       writes in under 1/{@value LearnedSpellings#OUTWRITTEN} of the country's articles, is another name (a person
 *       the lists also call so): Jordan is الأردن, not جوردن (and its letter variants جوردان, جوردون);</li>
 *   <li>a listed spelling the library writes as an <b>ordinary word</b> ({@link NameWords#isOrdinaryWord}) yields to
 *       a learned spelling that is a strong name of the library ({@link NameWords#isStrongName}) and that the model
 *       scores at least as well: Kabul is كابول, not كابل («cable»).</li>
 * </ul>
 * Thread-safe; no instances.
 */
final class LatinListedSpellings {

    private LatinListedSpellings() {
    }

    /**
     * The listed spellings of the normalised Latin word that a listed country of other consonants outwrites
     * ({@value LearnedSpellings#OUTWRITTEN} times as many articles), to leave out; empty when the lists give no
     * country for it.
     */
    static Set<String> outwrittenByCountry(NameWords names, String latin) {
        Set<String> arabic = names.lexicon().arabicOf(latin);
        String country = null;
        long most = 0;
        for (String a : arabic) {
            long n = names.articleCount(a);
            if (names.lexicon().isCountry(a) && (country == null || n > most)) {
                country = a;
                most = n;
            }
        }
        if (country == null || most == 0) {
            return Set.of();
        }
        String key = NameKey.ofNormalized(country);
        Set<String> out = new LinkedHashSet<>();
        for (String a : arabic) {
            if (!names.lexicon().isCountry(a) && !NameKey.ofNormalized(a).equals(key)
                    && names.articleCount(a) * LearnedSpellings.OUTWRITTEN < most) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * When every listed spelling the index holds is an ordinary word of the library that the recogniser tags in under
     * one in {@value #SOMETIMES} of its articles (كابل: 1 of 48), the learned spellings
     * ({@link LearnedSpellings#in}) that are strong names written in at least
     * {@value NameWords#MIN_ARTICLES_FOR_STATISTICS} articles and that the model scores at least as well as the best
     * of them, best first; else empty (the listed spellings stand: أضنة for Adana, tagged in 7 of 20).
     */
    static List<String> strongerLearned(QueryIndex index, String latin, List<String> listed) {
        NameWords names = index.names();
        double listedBest = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (String s : listed) {
            if (!LearnedSpellings.holdsAny(index, List.of(s))) {
                continue;
            }
            if (!names.isOrdinaryWord(s) || names.taggedCount(s) * SOMETIMES >= names.articleCount(s)) {
                return List.of();
            }
            any = true;
            listedBest = Math.max(listedBest, LearnedSpellings.score(LearnedSpellings.readings(), latin, s));
        }
        if (!any) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : LearnedSpellings.in(index, latin)) {
            if (!listed.contains(s) && s.indexOf(' ') < 0 && names.isStrongName(s)
                    && names.articleCount(s) >= NameWords.MIN_ARTICLES_FOR_STATISTICS
                    && LearnedSpellings.score(LearnedSpellings.readings(), latin, s) >= listedBest) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * True when the normalised word is a name the recogniser tags now and then: in at least
     * {@value NameWords#MIN_ARTICLES_FOR_STATISTICS} articles and at least one in {@value #SOMETIMES} of those
     * that hold it. A romanised Arabic name written with the Latin word's consonants in native letters needs no more
     * (decision 0139): the recogniser misses many mentions of a local name it tags elsewhere (النصرة, tagged in 22 of
     * 180 articles; السديس, 12 of 61).
     */
    static boolean isTaggedNowAndThen(NameWords names, String w) {
        long tagged = names.taggedCount(w);
        return tagged >= NameWords.MIN_ARTICLES_FOR_STATISTICS && tagged * SOMETIMES >= names.articleCount(w);
    }

    /** One article in this many that hold a word, tagged, makes it a name tagged now and then. */
    static final int SOMETIMES = 10;
}
