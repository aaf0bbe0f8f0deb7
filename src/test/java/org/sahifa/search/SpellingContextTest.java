package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The context signature of a spelling and the verdict on two spellings a written vowel letter apart (0125). */
class SpellingContextTest {

    /** Every context word is about as rare: 10 tagged articles in a library of 10,000. */
    private static long tagged(String word) {
        return 10;
    }

    private static SpellingContext.Signature signature(long articles, Object... wordCounts) {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < wordCounts.length; i += 2) {
            counts.put((String) wordCounts[i], ((Number) wordCounts[i + 1]).longValue());
        }
        return SpellingContext.signature(articles, articles, counts);
    }

    private static boolean compare(String a, SpellingContext.Signature sa, String b,
                                                   SpellingContext.Signature sb) {
        return SpellingContext.compare(a, sa, b, sb, SpellingContextTest::tagged, 10_000);
    }

    /**
     * Decision 0130: one person written both ways (سانشيز / سانشيس اليكسيس) and a moderate agreement of the words
     * around both spellings are one name together, where either alone is not.
     */
    @Test
    void oneSharedFullNameWithAModerateContextIsOneName() {
        SpellingContext.Signature sanchez = signature(14, "ارسنال", 8, "تشيلي", 6, "برشلونه", 4, "ويلبيك", 3);
        SpellingContext.Signature sanches = signature(5, "ارسنال", 3, "فينغر", 3, "ليفربول", 2, "مانشستر", 2);
        Map<String, Long> taggedA = Map.of("اليكسيس سانشيز", 1L);
        Map<String, Long> taggedB = Map.of("اليكسيس سانشيس", 1L);
        SharedFullNames.FullNames fa = SharedFullNames.of("سانشيز", taggedA);
        SharedFullNames.FullNames fb = SharedFullNames.of("سانشيس", taggedB);
        double cos = SpellingContext.similarity("سانشيز", sanchez, "سانشيس", sanches, SpellingContextTest::tagged,
                10_000);
        assertThat(cos).isBetween(SpellingContext.SAME_WITH_ONE_NAME, SpellingContext.SAME);
        assertThat(compare("سانشيز", sanchez, "سانشيس", sanches)).isFalse();
        assertThat(SharedFullNames.same("سانشيز", fa, "سانشيس", fb)).isFalse();
        assertThat(SpellingContext.sameName("سانشيز", sanchez, fa, "سانشيس", sanches, fb, SpellingContextTest::tagged,
                10_000)).isTrue();
        // one shared person in other company is not enough: بارك اوباما, Barack misspelt, and the Korean Park
        SpellingContext.Signature park = signature(20, "سيول", 12, "كوريا", 10, "بيونغ يانغ", 6);
        SpellingContext.Signature barack = signature(40, "واشنطن", 30, "اوباما", 25, "البيت _", 12);
        assertThat(SpellingContext.sameName("باراك", barack, SharedFullNames.of("باراك", Map.of("باراك اوباما", 1L)),
                "بارك", park, SharedFullNames.of("بارك", Map.of("بارك اوباما", 1L)), SpellingContextTest::tagged,
                10_000)).isFalse();
    }

    /** Decision 0130: consonant alternations the letters reject are left to the context too. */
    @Test
    void consonantsOfOneKeyClassOrAnHAreContextPairs() {
        // ج / خ (Spanish j), ك / خ, ج / ك, a final ز / س after a vowel, an ه one spelling writes
        assertThat(SpellingContext.contextPair("سيرجيو", "سيرخيو")).isTrue();
        assertThat(SpellingContext.contextPair("جوان", "خوان")).isTrue();
        assertThat(SpellingContext.contextPair("يواكيم", "يواخيم")).isTrue();
        assertThat(SpellingContext.contextPair("انجلترا", "انكلترا")).isTrue();
        assertThat(SpellingContext.contextPair("ديفيز", "ديفيس")).isTrue();
        assertThat(SpellingContext.contextPair("هولاند", "اولاند")).isTrue();
        assertThat(SpellingContext.contextPair("مورينهو", "مورينيو")).isTrue();
        // the vowel-letter pairs are context pairs as before
        assertThat(SpellingContext.contextPair("جيزان", "جازان")).isTrue();
        // not: consonants of different classes, a different final vowel, more than two edits, native-looking words
        assertThat(SpellingContext.contextPair("جيزان", "جيران")).isFalse();
        assertThat(SpellingContext.contextPair("روسيا", "روسي")).isFalse();
        assertThat(SpellingContext.contextPair("فلوريدا", "فلوريده")).isFalse();
        assertThat(SpellingContext.contextPair("سيرجيو", "سرخو")).isFalse();
        // two alternations together are still a pair: غونزاليز / قونزاليس
        assertThat(SpellingContext.contextPair("غونزاليز", "قونزاليس")).isTrue();
        assertThat(SpellingContext.contextPair("سعيد", "سعود")).isFalse();
        assertThat(SpellingContext.contextPair("جيزان", "جيزان")).isFalse();
        // a vowel letter at the start is still no pair (a conjunction, a verb's prefix)
        assertThat(SpellingContext.contextPair("طهران", "وطهران")).isFalse();
        assertThat(SpellingContext.contextPair("يبتسم", "ابتسم")).isFalse();
    }

    @Test
    void candidatesDifferOnlyByInnerWrittenVowelLettersAndLookForeign() {
        assertThat(SpellingContext.vowelLetterPair("جيزان", "جازان")).isTrue();
        assertThat(SpellingContext.vowelLetterPair("بارما", "بورما")).isTrue();
        assertThat(SpellingContext.vowelLetterPair("ماريلاند", "ميريلاند")).isTrue();
        // a consonant differs, or more than two vowel letters
        assertThat(SpellingContext.vowelLetterPair("جيزان", "جيران")).isFalse();
        assertThat(SpellingContext.vowelLetterPair("بوتين", "بيتاوان")).isFalse();
        // a final vowel letter tells a name from its nisba or another name (روسيا / روسي, ماريا / ماريو)
        assertThat(SpellingContext.vowelLetterPair("روسيا", "روسي")).isFalse();
        assertThat(SpellingContext.vowelLetterPair("ماريا", "ماريو")).isFalse();
        // native-looking names and short words never: سعيد / سعد, حسين / حسن, كييف / كيف
        assertThat(SpellingContext.vowelLetterPair("سعيد", "سعود")).isFalse();
        assertThat(SpellingContext.vowelLetterPair("حسين", "حسون")).isFalse();
        assertThat(SpellingContext.vowelLetterPair("كييف", "كيف")).isFalse();
        assertThat(SpellingContext.vowelLetterPair("الجازان", "الجيزان")).isFalse();
        assertThat(SpellingContext.vowelLetterPair("جازان", "جازان")).isFalse();
        // nor at the start: a conjunction or a verb's prefix (طهران / وطهران, يقدم / اقدم)
        assertThat(SpellingContext.vowelLetterPair("طهران", "وطهران")).isFalse();
        assertThat(SpellingContext.vowelLetterPair("يبتسم", "ابتسم")).isFalse();
    }

    @Test
    void aSignatureKeepsWordsSeenInAtLeastTwoArticles() {
        SpellingContext.Signature s = SpellingContext.signature(700, 500, Map.of("نجران", 40L, "عسير", 1L));
        assertThat(s.written()).isEqualTo(700);
        assertThat(s.articles()).isEqualTo(500);
        assertThat(s.counts()).containsOnlyKeys("نجران");
    }

    @Test
    void sharedContextMakesOneNameAndDifferentContextDoesNot() {
        SpellingContext.Signature jazan = signature(40, "نجران", 20, "عسير", 15, "منطقه _", 30, "صبيا", 8);
        SpellingContext.Signature jizan = signature(6, "نجران", 3, "عسير", 2, "منطقه _", 5);
        assertThat(compare("جيزان", jizan, "جازان", jazan)).isTrue();
        assertThat(compare("جازان", jazan, "جيزان", jizan)).isTrue();

        SpellingContext.Signature parma = signature(9, "يوفنتوس", 5, "ميلان", 4, "ايطاليا", 3);
        SpellingContext.Signature burma = signature(22, "ميانمار", 15, "الروهينغا", 10, "بنغلاديش", 6);
        assertThat(compare("بارما", parma, "بورما", burma)).isFalse();
    }

    @Test
    void tooFewArticlesOrNoContextIsNoEvidence() {
        SpellingContext.Signature jazan = signature(40, "نجران", 20, "عسير", 15);
        assertThat(compare("جيزان", signature(2, "نجران", 2, "عسير", 2), "جازان", jazan))
                .isFalse();
        assertThat(compare("جيزان", signature(5), "جازان", jazan)).isFalse();
        // the spellings' own words (and their pairs) are no context: both merely write the name
        assertThat(compare("جيزان", signature(5, "جيزان", 5, "جازان", 3), "جازان",
                signature(40, "جازان", 40, "الجازان", 10))).isFalse();
    }

    /**
     * Two established names share the context of their kind (two African countries); a rare spelling of an
     * established name needs less: the same overlap decides only when one spelling is {@value
     * SpellingContext#RARE_RATIO} times as frequent and one vowel letter away.
     */
    @Test
    void aModerateOverlapDecidesOnlyForARareSpellingOfAFrequentOne() {
        Map<String, Long> a = Map.of("افريقيا", 10L, "سيراليون", 8L, "مالي", 6L, "ميلان", 6L);
        Map<String, Long> b = Map.of("افريقيا", 6L, "سيراليون", 4L, "ليبيريا", 10L, "بيساو", 10L);
        double cos = SpellingContext.similarity("جيزان", SpellingContext.signature(34, 34, a), "جازان",
                SpellingContext.signature(34, 34, b), SpellingContextTest::tagged, 10_000);
        assertThat(cos).isBetween(SpellingContext.SAME_RARE, SpellingContext.SAME);
        assertThat(SpellingContext.compare("جيزان", SpellingContext.signature(34, 34, a), "جازان",
                SpellingContext.signature(34, 34, b), SpellingContextTest::tagged, 10_000))
                .isFalse();
        assertThat(SpellingContext.compare("جيزان", SpellingContext.signature(34, 34, a), "جازان",
                SpellingContext.signature(400, 400, b), SpellingContextTest::tagged, 10_000))
                .isTrue();
        // two vowel letters apart (غانا / غينيا), the frequency says nothing
        assertThat(SpellingContext.compare("غانا", SpellingContext.signature(34, 34, a), "غينيا",
                SpellingContext.signature(400, 400, b), SpellingContextTest::tagged, 10_000))
                .isFalse();
    }
    @Test
    void aSpellingWithNothingAroundItSharesNoContextWhateverTheOther() {
        SpellingContext.Signature rich = signature(40, "بوتين", 30L, "موسكو", 25L);
        SharedFullNames.FullNames none = SharedFullNames.FullNames.NONE;
        SharedFullNames.FullNames named = new SharedFullNames.FullNames(Map.of("فلاديمير", 5L), Map.of());
        assertThat(SpellingContext.mayShareContext(rich, none)).isTrue();
        assertThat(SpellingContext.mayShareContext(signature(40), named)).isTrue();
        assertThat(SpellingContext.mayShareContext(signature(40), none)).isFalse();
        assertThat(SpellingContext.mayShareContext(signature(2, "بوتين", 2L), named)).isFalse();
        // where it says no, the verdict is no against any other spelling, itself included
        for (SpellingContext.Signature s : new SpellingContext.Signature[] {signature(40), signature(2, "بوتين", 2L)}) {
            assertThat(SpellingContext.sameName("كريملين", s, none, "كرملين", rich, named, SpellingContextTest::tagged,
                    10_000)).isFalse();
            assertThat(SpellingContext.sameName("كريملين", s, none, "كريملين", s, none, SpellingContextTest::tagged,
                    10_000)).isFalse();
        }
    }
}
