package org.sahifa.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NameMatcher#looksNative} reads a spelling word by word, whatever separates the words (its separator
 * pattern is compiled once since decision 0113): a spelling of two words looks native when either word does, and
 * separators alone never do.
 */
class NameMatcherNativeWordsTest {

    private final NameMatcher matcher = NameMatcher.standard();

    @Property(tries = 400)
    void twoWordsLookNativeWhenEitherDoes(
            @ForAll @StringLength(min = 1, max = 6) @CharRange(from = '\u0621', to = '\u064A') @CharRange(from = 'a', to = 'z')
                    String first,
            @ForAll @StringLength(min = 1, max = 6) @CharRange(from = '\u0621', to = '\u064A') @CharRange(from = 'a', to = 'z')
                    String second,
            @ForAll @StringLength(min = 1, max = 3) @Chars({' ', '-', '.', '1', '\u060C', 'A', '\u064B', '\u0640'})
                    String separator) {
        assertThat(matcher.looksNative(first + separator + second))
                .isEqualTo(matcher.looksNative(first) || matcher.looksNative(second));
        assertThat(matcher.looksNative(separator + first + separator)).isEqualTo(matcher.looksNative(first));
    }

    @Property(tries = 50)
    void separatorsAloneDoNotLookNative(
            @ForAll @StringLength(max = 5) @Chars({' ', '-', '.', '1', 'A', '\u0640'}) String separators) {
        assertThat(matcher.looksNative(separators)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aNativeNameAmongOtherWordsLooksNative() {
        assertThat(matcher.looksNative("عبد الله")).isTrue();
        assertThat(matcher.looksNative("فلاديمير بوتين")).isFalse();
        assertThat(matcher.looksNative("بوتين-الحسن")).isTrue();
    }
}
