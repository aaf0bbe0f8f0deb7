package org.sahifa.entities.recognize;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FoldCacheTest {

    /** Arabic letters and marks, presentation forms, Persian letters, digits, Latin, joiners: what folding changes. */
    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings()
                .withCharRange('\u0600', '\u06FF').withCharRange('\uFB50', '\uFB60').withCharRange('\uFEF5', '\uFEFC')
                .withCharRange('A', 'z').withCharRange('\u200B', '\u200F').withChars('\u0640', '\u0670', '\uFEFF')
                .ofMinLength(0).ofMaxLength(90);
    }

    @Property
    void foldsAsNameFoldDoesTheFirstTimeAndFromTheCache(@ForAll("words") String word) {
        FoldCache cache = FoldCache.forThisThread();
        String text = "«" + word + "»";
        String expected = NameFold.fold(text, 1, 1 + word.length());
        assertThat(cache.fold(text, 1, 1 + word.length())).isEqualTo(expected);
        assertThat(cache.fold(text, 1, 1 + word.length())).isEqualTo(expected);
        assertThat(cache.fold(word, 0, word.length())).isEqualTo(expected);
    }

    /** Far more distinct words than slots, each asked several times in a mixed order: every answer is its own fold. */
    @Test
    void wordsThatShareASlotAreNeverConfused() {
        Random random = new Random(11);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(7); k > 0; k--) {
                b.append((char) ('\u0621' + random.nextInt(42)));
            }
            words.add(b.toString());
        }
        FoldCache cache = FoldCache.forThisThread();
        for (int round = 0; round < 200_000; round++) {
            String w = words.get(random.nextInt(round % 3 == 0 ? 50 : words.size()));
            assertThat(cache.fold(w, 0, w.length())).isEqualTo(NameFold.fold(w));
        }
    }

    /** Two words whose folds differ but hash alike (so they share a slot and its hash) are asked in turn. */
    @Test
    void wordsWithTheSameHashAreToldApartByTheirLetters() {
        String a = null;
        String b = null;
        java.util.Map<Integer, String> byHash = new java.util.HashMap<>();
        for (char x = '\u0628'; x <= '\u063A' && a == null; x++) {
            for (char y = '\u0628'; y <= '\u064A' && a == null; y++) {
                String w = "" + x + y;
                String f = NameFold.fold(w);
                String other = byHash.putIfAbsent(f.hashCode(), w);
                if (other != null && !NameFold.fold(other).equals(f)) {
                    a = other;
                    b = w;
                }
            }
        }
        assertThat(a).isNotNull();
        assertThat(NameFold.fold(a).hashCode()).isEqualTo(NameFold.fold(b).hashCode());
        FoldCache cache = FoldCache.forThisThread();
        for (int round = 0; round < 6; round++) {
            String w = round % 2 == 0 ? a : b;
            assertThat(cache.fold(w, 0, w.length())).isEqualTo(NameFold.fold(w));
        }
    }

    /** Tokens carry the same folds as before the cache, and a repeated word the same instance. */
    @Test
    void tokensOfARepeatedWordShareTheirFold() {
        List<Token> t = Tokenizer.tokenize("قال الرئيسُ إنّ الرئيس، ثم الرئيـس.");
        assertThat(t).extracting(Token::fold)
                .containsExactly("قال", "الرييس", "ان", "الرييس", "،", "ثم", "الرييس", "."); // ئ folds to ي
        assertThat(t.get(3).fold()).isSameAs(t.get(1).fold());
        assertThat(t.get(6).fold()).isSameAs(t.get(1).fold());
    }
}
