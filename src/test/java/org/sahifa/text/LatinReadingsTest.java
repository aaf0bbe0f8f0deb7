package org.sahifa.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Readings of a Latin name by the language its letters suggest, with priors learned from name pairs (0031). */
class LatinReadingsTest {

    private static final List<String[]> PAIRS = List.of(
            new String[] {"anchelotti", "انشيلوتي"}, new String[] {"marchello", "مارتشيلو"},
            new String[] {"bianchi", "بيانكي"}, new String[] {"yuri", "يوري"}, new String[] {"yosef", "يوسف"},
            new String[] {"maria", "ماريا"}, new String[] {"sara", "سارة"}, new String[] {"salma", "سلمى"},
            new String[] {"lina", "لينا"}, new String[] {"rami", "رامي"}, new String[] {"omar", "عمر"});

    @Test
    void readingsFollowTheLanguageTheLettersSuggest() {
        assertThat(LatinReadings.Rule.ITALIAN_C.read("ancelotti")).isEqualTo("anchelotti");
        assertThat(LatinReadings.Rule.ITALIAN_C.read("cecchini")).isEqualTo("checchini");  // Italian chi is ki
        assertThat(LatinReadings.Rule.ITALIAN_C.read("mercedes")).isNull();   // no Italian signs
        assertThat(LatinReadings.Rule.J_AS_Y.read("juventus")).isEqualTo("yuventus");
        assertThat(LatinReadings.Rule.GERMAN_ST.read("steinmeier")).isEqualTo("shteinmeier");
        assertThat(LatinReadings.Rule.GERMAN_ST.read("stanley")).isNull();    // no German signs
        assertThat(LatinReadings.Rule.ENGLISH_U.read("airbus")).isEqualTo("airbas");
        assertThat(LatinReadings.Rule.ENGLISH_U.read("uber")).isNull();
        assertThat(LatinReadings.Rule.PORTUGUESE_NH.read("marcelinho")).isEqualTo("marcelinyo");
    }

    @Test
    void frenchAndEnglishWichSpellingsAreRead() {
        // decision 0149: French silent and merged letters
        assertThat(LatinReadings.Rule.FRENCH_AU.read("renault")).isEqualTo("reno");
        assertThat(LatinReadings.Rule.FRENCH_AU.read("bordeaux")).isEqualTo("bordo");
        assertThat(LatinReadings.readAll(SpellingLanguageSigns.FRENCH, "peugeot")).isEqualTo("pejo");
        assertThat(LatinReadings.Rule.FRENCH_AU.read("paul")).isNull();          // no French signs
        assertThat(LatinReadings.Rule.FRENCH_SILENT_END.read("kuwait")).isNull(); // no French signs
        // English -wich with a silent w
        assertThat(LatinReadings.Rule.ENGLISH_WICH.read("greenwich")).isEqualTo("greenich");
        assertThat(LatinReadings.Rule.ENGLISH_WICH.read("wichita")).isNull();
    }

    @Test
    void priorsAreLearnedFromThePairsOrSmallWhereTheyAreSilent() {
        TransliterationModel model = TransliterationModel.learn(PAIRS);
        LatinReadings r = LatinReadings.learn(model, PAIRS);
        // too few pairs for any reading: the small hand prior
        assertThat(r.logPrior(LatinReadings.Rule.ITALIAN_C)).isEqualTo(Math.log(LatinReadings.SILENT_PRIOR));
        // every pair ending in a sounded vowel is written with a final vowel letter: the cost is the floor's
        assertThat(r.vowelEndPenalty()).isLessThan(Math.log(0.01));
        assertThat(r.readings("ancelotti")).extracting(LatinReadings.Reading::latin)
                .containsExactly("ancelotti", "anchelotti");
    }

    @Test
    void aSpellingScoresByItsBestReading() {
        TransliterationModel model = TransliterationModel.learn(PAIRS);
        LatinReadings r = LatinReadings.learn(model, PAIRS);
        assertThat(model.score("ancelotti", "انشيلوتي")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(r.score("ancelotti", "انشيلوتي")).isEqualTo(model.score("anchelotti", "انشيلوتي")
                + Math.log(LatinReadings.SILENT_PRIOR));
        assertThat(r.best("ancelotti")).isGreaterThanOrEqualTo(model.best("ancelotti"));
    }

    @Test
    void theArabicArticleWrittenApartJoinsTheName() {
        assertThat(LatinReadings.withArticle("al", "jubeir")).isEqualTo("aljubeir");
        assertThat(LatinReadings.withArticle("el", "arish")).isEqualTo("alarish");
        assertThat(LatinReadings.withArticle("ar", "riyadh")).isEqualTo("alriyadh");
        assertThat(LatinReadings.withArticle("ash", "sharqiya")).isEqualTo("alsharqiya");
        assertThat(LatinReadings.withArticle("ar", "jubeir")).isNull();    // ar- only before r
        assertThat(LatinReadings.withArticle("to", "jubeir")).isNull();
        assertThat(LatinReadings.withArticle("ez", "zor")).isEqualTo("alzor");
        assertThat(LatinReadings.withArticle("al", "جبير")).isNull();
        assertThat(LatinReadings.letters("ma'rib")).isEqualTo("marib");
    }

    @Test
    void anAinIsReadAsTheVowelLatinWritesForIt() {
        assertThat(LatinReadings.ainAsVowel("عرعر")).isEqualTo("ارار");
        assertThat(LatinReadings.ainAsVowel("درعا")).isEqualTo("درا");
        assertThat(LatinReadings.ARABIC.test("daraa")).isTrue();
        assertThat(LatinReadings.ARABIC.test("ma'rib")).isTrue();
        assertThat(LatinReadings.ARABIC.test("tabuk")).isFalse();   // no sign of a romanised Arabic name: no ع
        // decision 0159: or written as nothing (Al-Dhale: the e after l is the vowel before the final ع)
        assertThat(LatinReadings.ainLeftOut("الضالع")).isEqualTo("الضال");
        assertThat(LatinReadings.ainLeftOut("ع")).isEqualTo("ع");
    }

    @Test
    void aRomanisedDhOrDoubledDIsReadAsZ() {
        // decision 0160: dh, or dd between vowels, of a romanised Arabic name for ذ ظ ض, read as z; ذ read as ز
        assertThat(LatinReadings.Rule.ARABIC_DH.read("gaddafi")).isEqualTo("gazafi");
        assertThat(LatinReadings.Rule.ARABIC_DH.read("aldhafiri")).isEqualTo("alzafiri");
        assertThat(LatinReadings.Rule.ARABIC_DH.read("madrid")).isNull();
        assertThat(LatinReadings.asForeign("القذافي", "gaddafi")).isEqualTo("الكزافي");
        assertThat(LatinReadings.hasNativeLetters("القذافي")).isTrue();
    }

    @Test
    void aRomanisedIyaOrDiminutiveAyIsReadAsTheOneYeh() {
        // decision 0172: -iyah / -iyya of a romanised Arabic name is the one ي of «ية», the diminutive's ay the ي
        assertThat(LatinReadings.Rule.ARABIC_IY.read("almuzahimiyah")).isEqualTo("almuzahimiah");
        assertThat(LatinReadings.Rule.ARABIC_IY.read("alsaudiyya")).isEqualTo("alsaudia");
        assertThat(LatinReadings.Rule.ARABIC_AY.read("albukayriyah")).isEqualTo("albukyriyah");
        assertThat(LatinReadings.readAll(LatinReadings.ARABIC, "albukayriyah")).isEqualTo("albukyriah");
        assertThat(LatinReadings.Rule.ARABIC_IY.read("kenya")).isNull();          // no sign of a romanised Arabic name
        assertThat(LatinReadings.Rule.ARABIC_AY.read("alhayat")).isNull();        // ay before a vowel: no diphthong
        assertThat(LatinReadings.Rule.ARABIC_AY.read("quraysh")).isNull();        // nor in a last syllable
        // ائي: the ي after the hamza is the one Latin writes (Al-Tai for الطائي); ء before another letter stays ي
        assertThat(LatinReadings.asForeign("الطاءي", "altai")).isEqualTo("التاي");
        assertThat(LatinReadings.asForeign("حاءل", "hail")).isEqualTo("هايل");
    }

    @Test
    void nativeLettersAreReadAsTheForeignStyleLettersWhereTheLatinShowsThem() {
        assertThat(LatinReadings.asForeign("حاءل", "hail")).isEqualTo("هايل");         // ai writes the hamza
        assertThat(LatinReadings.asForeign("صنعاء", "sanaa")).isEqualTo("سنا");        // aa: ع and ء
        assertThat(LatinReadings.asForeign("القصيم", "qassim")).isEqualTo("الكسيم");
        assertThat(LatinReadings.asForeign("المسءول", "mosul")).isEqualTo("المسءول");  // no vowels for ء
        assertThat(LatinReadings.asForeign("عابس", "airbus")).isEqualTo("عابس");        // no Arabic signs: ع stays
        assertThat(LatinReadings.hasNativeLetters("درعا")).isTrue();
        assertThat(LatinReadings.hasNativeLetters("فيسبوك")).isFalse();
    }

    @Test
    void theRulesOfOneLanguageAreAlsoReadTogether() {
        java.util.function.Predicate<String> german = w -> LatinReadings.Rule.GERMAN_EI.read(w) != null
                || LatinReadings.Rule.GERMAN_ST.read(w) != null;
        assertThat(LatinReadings.readAll(german, "steinmeier")).isNull();   // not a language cue of the rules
        TransliterationModel model = TransliterationModel.learn(PAIRS);
        assertThat(LatinReadings.learn(model, PAIRS).readings("steinmeier")).extracting(LatinReadings.Reading::latin)
                .contains("shteinmeier", "stainmaier", "shtainmaier");
    }
}
