package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per normalisation rule, with real Arabic. */
class ArabicNormalizerTest {

    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private static String n(String s) {
        return ArabicNormalizer.normalize(s);
    }

    @Test
    void alefFormsBecomeBareAlef() {
        assertThat(n("أذربيجان")).isEqualTo("اذربيجان");
        assertThat(n("إلهام")).isEqualTo("الهام");
        assertThat(n("آنار")).isEqualTo("انار");
        assertThat(n("ٱلله")).isEqualTo("الله");
    }

    @Test
    void hamzaOnASeatBecomesTheSeatlessHamza() {
        assertThat(n("مسؤول")).isEqualTo(n("مسئول")).isEqualTo("مسءول");
        assertThat(n("شؤون")).isEqualTo(n("شئون"));
        assertThat(n("رئيس")).isEqualTo("رءيس");
        assertThat(n("سماء")).isEqualTo("سماء");
    }

    @Test
    void combiningHamzaAboveOnWawOrYehIsTheSameAsThePrecomposedLetter() {
        assertThat(n("مسو\u0654ول")).isEqualTo(n("مسؤول"));
        assertThat(n("ري\u0654يس")).isEqualTo(n("رئيس"));
        assertThat(n("ا\u0654حمد")).isEqualTo(n("أحمد"));
    }

    @Test
    void alefMaksuraBecomesYeh() {
        assertThat(n("مستشفى")).isEqualTo("مستشفي");
        assertThat(n("عيسى")).isEqualTo(n("عيسي"));
    }

    @Test
    void tehMarbutaBecomesHeh() {
        assertThat(n("غزة")).isEqualTo("غزه");
        assertThat(n("قرة باغ")).isEqualTo(n("قره باغ"));
    }

    @Test
    void tatweelIsRemoved() {
        assertThat(n("بـــوتين")).isEqualTo("بوتين");
        assertThat(n("الكـرملين")).isEqualTo("الكرملين");
    }

    @Test
    void harakatShaddaAndDaggerAlefAreRemoved() {
        assertThat(n("شنّتها")).isEqualTo("شنتها");
        assertThat(n("مُحَمَّدٌ")).isEqualTo("محمد");
        assertThat(n("هٰذا")).isEqualTo("هذا");
        assertThat(n("انتصارًا")).isEqualTo("انتصارا");
    }

    @Test
    void quranicMarksAreRemoved() {
        assertThat(n("الرَّحِيمِۖ")).isEqualTo("الرحيم");
        assertThat(n("عَلَيۡهِمۡ")).isEqualTo("عليهم");
    }

    @ParameterizedTest
    @CsvSource({
        "پوتین, بوتين",
        "کابل, كابل",
        "گرجستان, كرجستان",
        "چچن, ججن",
        "ژنو, زنو",
        "ڤيينا, فيينا",
        "ۀ, ه",
        "ہ, ه",
        "ھ, ه",
        "ە, ه",
        "ے, ي",
        "ۆ, و",
        "ڨ, ق",
        "ڕ, ر",
        "ڵ, ل",
        "ں, ن",
    })
    void persianUrduAndKurdishLettersBecomeArabic(String in, String out) {
        assertThat(n(in)).isEqualTo(out);
    }

    @Test
    void presentationFormsAreDecomposed() {
        assertThat(n("ﺑﻮﺗﻴﻦ")).isEqualTo("بوتين");
        assertThat(n("ﻻ")).isEqualTo("لا");
        assertThat(n("ﷲ")).isEqualTo("الله");
        assertThat(n("ﺃﺫﺭﺑﻴﺠﺎﻥ")).isEqualTo("اذربيجان");
    }

    @Test
    void digitsOfEveryScriptBecomeAscii() {
        assertThat(n("٢٠٢٣")).isEqualTo("2023");
        assertThat(n("۱۴۰۲")).isEqualTo("1402");
        assertThat(n("٣٫٥٪")).isEqualTo("3.5%");
        assertThat(n("١٬٠٠٠")).isEqualTo("1,000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C",
        "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u00AD", "\uFEFF"})
    void invisibleControlsAreRemoved(String control) {
        assertThat(n("بو" + control + "تين")).isEqualTo("بوتين");
    }

    @Test
    void zeroWidthSpaceSeparatesWords() {
        assertThat(n("قره\u200Bباغ")).isEqualTo("قره باغ");
    }

    @Test
    void latinIsCaseFoldedWithoutAccentsInEveryLocale() {
        for (Locale l : new Locale[] {Locale.forLanguageTag("tr"), Locale.forLanguageTag("ar"), Locale.ENGLISH}) {
            Locale.setDefault(l);
            assertThat(n("KARABAKH Erdoğan")).isEqualTo("karabakh erdogan");
            assertThat(n("ISTANBUL İstanbul")).isEqualTo("istanbul istanbul");
            assertThat(n("Straße")).isEqualTo("strasse");
            assertThat(n("ＰＵＴＩＮ")).isEqualTo("putin");
        }
    }

    @Test
    void emptyNullAndBrokenInputNeverThrow() {
        assertThat(n("")).isEmpty();
        assertThat(n(null)).isEmpty();
        assertThat(n("\uD800")).isEqualTo("\uFFFD");
        assertThat(n("a\uDC00b")).isEqualTo("a\uFFFDb");
        assertThat(n("\u0000\u0007x")).isEqualTo("\u0000\u0007x");
        assertThat(n("😀")).isEqualTo("😀");
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String s = "قالت السلطات في اذربيجان";
        assertThat(n(s)).isSameAs(s);
    }

    @Test
    void offsetsMapANormalisedWordBackToTheOriginalLetters() {
        String original = "رئيس أذربيجان إلـهام علِييف اعتذر من بوتين";
        NormalizedText t = ArabicNormalizer.normalizeWithOffsets(original);
        int at = t.text().indexOf("الهام");
        assertThat(original.substring(t.originalStart(at), t.originalEnd(at + 5))).isEqualTo("إلـهام");
        int at2 = t.text().indexOf("علييف");
        assertThat(original.substring(t.originalStart(at2), t.originalEnd(at2 + 5))).isEqualTo("علِييف");
    }

    @Test
    void offsetsSurviveExpansionAndRemovalOfBidiMarks() {
        String original = "\u200Fﷲ \u202Bبـوتين\u202C";
        NormalizedText t = ArabicNormalizer.normalizeWithOffsets(original);
        assertThat(t.text()).isEqualTo("الله بوتين");
        assertThat(original.substring(t.originalStart(0), t.originalEnd(4))).isEqualTo("ﷲ");
        assertThat(original.substring(t.originalStart(2), t.originalEnd(3))).isEqualTo("ﷲ");
        assertThat(original.substring(t.originalStart(5), t.originalEnd(10))).isEqualTo("بـوتين");
        assertThat(t.originalStart(t.length())).isEqualTo(original.length());
        assertThat(t.originalEnd(0)).isZero();
    }

    @Test
    void offsetsAgreeWithPlainNormalisation() {
        String s = "ناغورني قرة باغ ﻻ ١٢ Putin\uD800";
        assertThat(ArabicNormalizer.normalizeWithOffsets(s).text()).isEqualTo(n(s));
    }
}
