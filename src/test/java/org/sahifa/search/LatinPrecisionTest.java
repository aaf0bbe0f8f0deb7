package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.text.NameMatcher;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which spellings a Latin name reaches when the learned model proposes them or the lists give them, and which Latin
 * words an Arabic name reaches (decision 0033), with the counts the SaudiNewsNet library gives the words: tagged
 * articles, articles whose name field holds the word, articles that write it on its own.
 */
class LatinPrecisionTest {

    /** normalised word: {tagged, articles, written alone}, as the SaudiNewsNet library has them */
    private static final Map<String, long[]> COUNTS = new HashMap<>();

    static {
        COUNTS.put("نجف", new long[] {27, 28, 0});
        COUNTS.put("النجف", new long[] {27, 27, 18});
        COUNTS.put("نايف", new long[] {1536, 1328, 1260});
        COUNTS.put("النايف", new long[] {13, 11, 11});
        COUNTS.put("ابادي", new long[] {4, 3, 3});
        COUNTS.put("ابدي", new long[] {0, 519, 318});
        COUNTS.put("العبادي", new long[] {215, 147, 147});
        COUNTS.put("رابغ", new long[] {10, 63, 36});
        COUNTS.put("ربي", new long[] {11, 51, 45});
        COUNTS.put("سابك", new long[] {1, 183, 148});
        COUNTS.put("ابيك", new long[] {0, 11, 8});
        COUNTS.put("باسره", new long[] {0, 82, 82});
        COUNTS.put("اسره", new long[] {0, 1293, 502});
        COUNTS.put("بريده", new long[] {31, 267, 212});
        COUNTS.put("ريده", new long[] {86, 371, 8});
        COUNTS.put("سعاده", new long[] {2, 622, 178});
        COUNTS.put("السعاده", new long[] {0, 300, 250});
        COUNTS.put("صعده", new long[] {0, 109, 84});
        COUNTS.put("الصعده", new long[] {0, 0, 0});
        COUNTS.put("هيل", new long[] {11, 43, 26});
        COUNTS.put("هايل", new long[] {6, 8, 8});
    }

    private static long count(String w, int i) {
        return COUNTS.getOrDefault(w, new long[3])[i];
    }

    private static QueryIndex index() {
        Map<String, Long> written = new HashMap<>();
        COUNTS.forEach((w, c) -> written.put(w, c[2]));
        return LatinSoundTargetsTest.index(NameWords.over(w -> count(w, 0), w -> count(w, 1)), written);
    }

    /** The spellings {@link LearnedSpellings#keepLikelyNames} keeps of {@code spellings}, scored by the model. */
    private static Map<String, Double> kept(String latin, String... spellings) {
        Map<String, Double> found = new HashMap<>();
        for (String s : spellings) {
            found.put(s, LearnedSpellings.score(LearnedSpellings.readings(), latin, s));
        }
        LearnedSpellings.keepLikelyNames(index(), latin, found, LearnedSpellings.readings().best(latin));
        return found;
    }

    @Test
    void anOrdinaryWordIsNoSpellingWhenATaggedNameScoresNearly() {
        // Abadi: the verb أبدى scores a little better than العبادي, which the library tags in 215 articles
        assertThat(kept("abadi", "ابادي", "ابدي", "العبادي")).containsKeys("ابادي", "العبادي")
                .doesNotContainKey("ابدي");
        // Hail: هيل (cardamom, tagged in 11 of 43 articles) below the tagged given name هايل
        assertThat(kept("hail", "هايل", "هيل")).containsKey("هايل").doesNotContainKey("هيل");
    }

    @Test
    void anOrdinaryWordIsASpellingOnlyAsTheModelsBestOne() {
        // Rabigh: رابغ scores better than the dictionary word ربي, both written in many articles
        assertThat(kept("rabigh", "رابغ", "ربي")).containsKey("رابغ").doesNotContainKey("ربي");
        // SABIC: the dictionary word سابك is the model's best spelling, with nothing the library tags near it
        assertThat(kept("sabic", "سابك", "ابيك")).containsKey("سابك").doesNotContainKey("ابيك");
    }

    @Test
    void aProcliticBeforeAWordIsNoName() {
        // Basra is not بأسره (ب + أسره, written on its own in 502 articles); Buraidah is بريدة (ريدة: 8)
        QueryIndex index = index();
        NameMatcher matcher = NameMatcher.standard();
        assertThat(LatinSoundTargets.throughProclitic(index, matcher, "basra", "باسره")).isTrue();
        assertThat(LatinSoundTargets.throughProclitic(index, matcher, "buraidah", "بريده")).isFalse();
        assertThat(kept("basra", "باسره")).isEmpty();
    }

    @Test
    void anotherListedNameIsReachedOnlyWhenTheModelIsSure() {
        // Najaf: نايف (the lists' naif, nayef) scores 4.6 nats below the likeliest spelling; النجف is kept
        assertThat(LearnedSpellings.isOtherListedName(index().names(), "najaf", "نايف")).isTrue();
        assertThat(kept("najaf", "نايف", "النايف", "النجف")).containsOnlyKeys("النجف");
        // a name listed with the Latin word's consonants is no other name
        assertThat(LearnedSpellings.isOtherListedName(index().names(), "nayef", "نايف")).isFalse();
    }

    /**
     * ث is the th of a romanised Arabic name: the lists' Saqafi for «الثقفي» is no other name of Al-Thaqafi, and
     * «الريث» has the consonants of Al-Reeth, «الريس» not (decision 0189).
     */
    @Test
    void aThehIsTheTypedTh() {
        assertThat(LearnedSpellings.isOtherListedName(index().names(), "althaqafi", "الثقفي")).isFalse();
        assertThat(LearnedSpellings.isOtherListedName(index().names(), "alhaqafi", "الثقفي")).isTrue();
        String reeth = org.sahifa.text.NameKey.ofNormalized("alreeth");
        assertThat(LearnedSpellings.sameConsonants(reeth, "الريث")).isTrue();
        assertThat(LearnedSpellings.sameConsonants(reeth, "الريس")).isFalse();
    }

    @Test
    void aListedSpellingTheLibraryWritesAsAnOrdinaryWordIsLeftOut() {
        NameWords names = index().names();
        assertThat(names.isUntaggedDictionaryWord("سعاده")).isTrue();   // Saada: not سعادة (happiness)
        assertThat(names.isUntaggedDictionaryWord("صعده")).isFalse();  // never tagged, but never with the article
        assertThat(NameWords.isDictionaryForm("مقالا")).isTrue();        // the accusative of مقال
        assertThat(NameWords.isDictionaryForm("فيسبوك")).isFalse();
    }

    @Test
    void anArabicNameReachesOnlyLatinWordsThatWriteIt() {
        NameWords names = index().names();
        assertThat(LatinSoundTargets.writes(names, "paris", "باريس")).isTrue();
        assertThat(LatinSoundTargets.writes(names, "home", "حماه")).isFalse();
        assertThat(LatinSoundTargets.writes(names, "power", "اوبر")).isFalse();
        assertThat(LatinSoundTargets.writes(names, "beach", "بيشه")).isFalse();
    }
}
