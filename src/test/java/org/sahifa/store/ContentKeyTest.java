package org.sahifa.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
