package org.sahifa.store;

import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentKeyTest {

    @Test
    void ignoresDiacriticsTatweelSpacingCaseAndBidiMarks() {
        assertThat(ContentKey.of("كَرابـاخ", "Some  Text\n\nهنا"))
                .isEqualTo(ContentKey.of("كراباخ", "some text هنا\u200f"));
    }

    @Test
    void distinguishesDifferentLetters() {
        assertThat(ContentKey.of("عمر", "x")).isNotEqualTo(ContentKey.of("عمرو", "x"));
        assertThat(ContentKey.of("a", "bc")).isNotEqualTo(ContentKey.of("ab", "c"));
    }

    @Property
    void normalisationIsIdempotent(@ForAll String s) {
        String once = ContentKey.normalise(s);
        assertThat(ContentKey.normalise(once)).isEqualTo(once);
    }

    /**
     * NFKC stretch by stretch (no-break spaces mapped first, then only what lies between normalisation boundaries
     * around a character that needs it) equals NFKC of the whole text: next to letters and marks that compose
     * (alef + hamza above, Latin letters + combining accents, reordered marks), presentation forms, ligatures,
     * compatibility spaces and surrogate pairs (a mathematical letter, a combining mark outside the BMP).
     */
    @Property(tries = 3000)
    void stretchByStretchEqualsWholeTextNfkc(@ForAll @StringLength(max = 14) @Chars({'\u00A0', ' ', 'a', 'B', 'e',
            '\u0627', '\u0648', '\u064A', '\u0654', '\u0655', '\u0653', '\u0300', '\u0301', '\u0327', '\u0316',
            '\uFEF7', '\uFEFB', '\uFE8D', '\uFB50', '\u2026', '\u2033', '\u0640', '\u064E', '\u0651', '\u200F',
            '\u2002', '\u3000', '\u00B4', '\u00A8', '\u1100', '\u1161', '\u11A8', '\uAC00', '\u212B', '\uD835',
            '\uDC00', '\uD834', '\uDD65'}) String s) {
        String whole = Normalizer2.getNFKCInstance().normalize(s);
        assertThat(ContentKey.nfkc(s)).isEqualTo(whole);
        assertThat(ContentKey.normalise(s)).isEqualTo(ContentKey.normalise(whole));
        assertThat(ContentKey.of(s, s + "\u00A0x")).isEqualTo(ContentKey.of(whole, whole + " x"));
    }

    @Property(tries = 300)
    void stretchByStretchEqualsWholeTextNfkcForAnyText(@ForAll String s) {
        assertThat(ContentKey.nfkc(s)).isEqualTo(Normalizer2.getNFKCInstance().normalize(s));
    }

    @Test
    void noBreakSpaceIsASpace() {
        assertThat(ContentKey.normalise("\u0627\u00A0\u0654 a\u00A0\u00A0b\u00A0")).isEqualTo("\u0627 a b");
    }

    @Test
    void normalisesOnlyAroundWhatNeedsIt() {
        String text = "\u0627\u0644\u0633\u0644\u0627\u0645 \uFEF7\u0645\u0646 e\u0301t\u00E9\u2026 \u0627\u0654";
        assertThat(ContentKey.nfkc(text))
                .isEqualTo("\u0627\u0644\u0633\u0644\u0627\u0645 \u0644\u0623\u0645\u0646 \u00E9t\u00E9... \u0623");
        String plain = "\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645";
        assertThat(ContentKey.nfkc(plain)).isSameAs(plain);
    }
}
