package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path of {@link WordSegmenter} gives exactly ICU's words, kinds and spans. */
class WordSegmenterTest {

    static List<String> icu(String s) {
        List<String> out = new ArrayList<>();
        BreakIterator it = ArabicTokenizer.newWordIterator();
        it.setText(s);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            ArabicTokenizer.Kind k = ArabicTokenizer.kindOf(it);
            if (k != null) {
                out.add(start + "-" + end + ":" + k);
            }
        }
        return out;
    }

    static List<String> fast(String s) {
        List<String> out = new ArrayList<>();
        WordSegmenter w = new WordSegmenter();
        w.setText(s);
        while (w.next()) {
            out.add(w.start() + "-" + w.end() + ":" + w.kind());
        }
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> pieces = Arbitraries.of('ا', 'ب', 'ت', 'ي', 'ة', 'ـ', '\u064E', '\u0651', 'a', 'Z', 'é',
                '1', '٣', '۴', ' ', ' ', '\n', '\t', '\u00A0', '.', ',', '\'', '"', '_', '-', ':', '،', '؟', '«', '»',
                '(', '٫', '\u200C', '\u200D', '\u200F', '\u202B', '\u2069', '\uD83D', '\uDE00', '中', 'ก', 'א', 'ア', '\uD83C',
                '\uDDE6', '$', '%', '@', '/', '\u0301', 'Ω', 'ж', '\uFDF2', '\uFEFB');
        return pieces.list().ofMaxSize(40).map(list -> {
            StringBuilder sb = new StringBuilder();
            list.forEach(sb::append);
            return sb.toString();
        });
    }

    @Property(tries = 3000)
    void sameWordsAsIcu(@ForAll("texts") String s) {
        assertThat(fast(s)).isEqualTo(icu(s));
    }

    @Property(tries = 500)
    void sameWordsAsIcuOnArbitraryText(@ForAll String s) {
        assertThat(fast(s)).isEqualTo(icu(s));
    }

    @Example
    void newsText() {
        String s = "قالت السلطات في أذربيجان، إنها تعمل مع روسيا (فرانس برس) على نزع 3.5% من سلاح «قره باغ» عام 2020م.";
        assertThat(fast(s)).isEqualTo(icu(s)).hasSize(19);
    }
}
