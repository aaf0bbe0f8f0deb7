package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decision 0219: the highlighter's shortcuts give the answers of the tests they skip. */
class SpellingSetTest {

    @Test
    void aWordEndingWithNoSpellingsLastLetterCannotEndWithASpelling() {
        SpellingSet set = new SpellingSet();
        set.addAll(List.of("بوتين", "كراباخ", "الامم"));
        assertTrue(set.mayEnd("لبوتين"));
        assertTrue(set.mayEnd("وكراباخ"));
        assertTrue(set.mayEnd("مم"));
        assertFalse(set.mayEnd("المتحده"));
        assertFalse(set.mayEnd(""));
        set.add("");
        assertTrue(set.mayEnd("المتحده"), "an empty spelling ends every word");
    }

    @Test
    void mayEndIsFalseOnlyWhenNoSpellingIsASuffix() {
        Random random = new Random(219);
        String letters = "ابتثجحخدذرسشصضطظعغفقكلمنهوي";
        for (int round = 0; round < 2000; round++) {
            SpellingSet set = new SpellingSet();
            for (int k = random.nextInt(4); k >= 0; k--) {
                set.add(word(random, letters, 1 + random.nextInt(5)));
            }
            String w = word(random, letters, 1 + random.nextInt(7));
            boolean suffix = set.stream().anyMatch(w::endsWith);
            if (suffix) {
                assertTrue(set.mayEnd(w), set + " " + w);
            }
            assertEquals(Set.copyOf(set), Set.of(set.array()));
        }
    }

    @Test
    void singleSpacedIsExactlyWhereTheRegexChangesNothing() {
        Pattern spaces = Pattern.compile("\\s+");
        for (String s : List.of("", "مجلس", "مجلس الأمن", "مجلس  الأمن", "مجلس\nالأمن", "مجلس\tالأمن", " مجلس ",
                "مجلس \u000Bالأمن", "مجلس\u00A0الأمن", "a\fb", "a\rb", "a \nb", "  ", " ")) {
            assertEquals(spaces.matcher(s).replaceAll(" ").equals(s), Highlighter.singleSpaced(s), s);
        }
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }
}
