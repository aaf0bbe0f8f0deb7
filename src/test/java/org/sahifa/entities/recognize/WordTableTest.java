package org.sahifa.entities.recognize;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WordTableTest {

    /** Words over four letters, so that many probes meet words of the table and of other lengths. */
    @Property(tries = 300)
    void answersAsAMapDoes(@ForAll @Size(max = 60) List<@StringLength(max = 5) @CharRange(from = 'ا', to = 'ث') String> words,
                           @ForAll @Size(max = 40) List<@StringLength(max = 6) @CharRange(from = 'ا', to = 'ث') String> probes) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            map.put(words.get(i), i - 3); // negative, zero and positive values
        }
        WordTable table = new WordTable(map);
        assertThat(table.size()).isEqualTo(map.size());
        for (String p : probes) {
            assertThat(table.contains(p)).as(p).isEqualTo(map.containsKey(p));
            assertThat(table.get(p, Integer.MIN_VALUE)).as(p).isEqualTo(map.getOrDefault(p, Integer.MIN_VALUE));
            for (int from = 0; from <= p.length(); from++) {
                for (int to = from; to <= p.length(); to++) {
                    String region = p.substring(from, to);
                    assertThat(table.contains(p, from, to)).as(region).isEqualTo(map.containsKey(region));
                    assertThat(table.contains(p, from, to, 'ب')).as(region + "ب").isEqualTo(map.containsKey(region + "ب"));
                }
            }
        }
    }

    @Test
    void findsEveryWordOfTheBundledListAndItsPrefixesAsTheSetDoes() {
        Set<String> words = CommonWords.standard().words();
        WordTable table = WordTable.of(words);
        assertThat(table.size()).isEqualTo(words.size());
        for (String w : words) {
            assertThat(table.contains(w)).as(w).isTrue();
            assertThat(table.contains(w + "x")).isFalse();
            int n = w.length() - 1;
            assertThat(table.contains(w, 0, n)).as(w).isEqualTo(words.contains(w.substring(0, n)));
            assertThat(table.contains(w, 0, n, 'ه')).as(w).isEqualTo(words.contains(w.substring(0, n) + 'ه'));
        }
    }

    @Test
    void aWordGivenTwiceIsHeldOnce() {
        WordTable t = WordTable.of(List.of("كتاب", "قال", "كتاب"));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.contains("كتاب")).isTrue();
        assertThat(t.contains("قال")).isTrue();
        assertThat(t.contains("كتب")).isFalse();
    }

    @Test
    void theEmptyWordAndAnEmptyTable() {
        assertThat(WordTable.of(Set.of()).contains("")).isFalse();
        assertThat(WordTable.of(Set.of()).get("كتاب", -7)).isEqualTo(-7);
        assertThat(WordTable.of(Set.of("")).contains("")).isTrue();
        assertThat(WordTable.of(Set.of("")).contains("كتاب", 2, 2)).isTrue();
    }
}
