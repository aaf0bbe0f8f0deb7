package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the normaliser over random strings: Arabic-heavy, arbitrary UTF-16 (broken surrogates too). */
class ArabicNormalizerPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0600', '\u06FF')
                .withCharRange('\uFB50', '\uFEFF').withChars(' ', '\u200C', '\u200F', '\u202B', 'A', 'z')
                .ofMaxLength(60);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        return Arbitraries.oneOf(arabic, any);
    }

    @Property(tries = 500)
    void idempotent(@ForAll("texts") String s) {
        String once = ArabicNormalizer.normalize(s);
        assertThat(ArabicNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 500)
    void offsetsAreMonotoneAndInRange(@ForAll("texts") String s) {
        NormalizedText t = ArabicNormalizer.normalizeWithOffsets(s);
        assertThat(t.text()).isEqualTo(ArabicNormalizer.normalize(s));
        int prevStart = 0;
        int prevEnd = 0;
        for (int i = 0; i < t.length(); i++) {
            int start = t.originalStart(i);
            int end = t.originalEnd(i + 1);
            assertThat(start).isBetween(0, s.length());
            assertThat(end).isBetween(start + 1, s.length());
            assertThat(start).isGreaterThanOrEqualTo(prevStart);
            assertThat(end).isGreaterThanOrEqualTo(prevEnd);
            prevStart = start;
            prevEnd = end;
        }
    }

    @Property(tries = 500)
    void theOnePassArabicKeyEqualsTheKeyOfTheNameShape(@ForAll("texts") String s) {
        String n = ArabicNormalizer.normalize(s);
        assertThat(NameKey.ofNormalized(n)).isEqualTo(NameKey.ofShape(NameShape.of(n)));
    }

    @Property(tries = 300)
    void nameKeysAndMatchingNeverThrow(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertThat(NameKey.of(a)).isNotNull();
        assertThat(NameMatcher.standard().match(a, b)).isNotNull();
        assertThat(NameMatcher.standard().match(a, a)).isNotNull();
    }
}
