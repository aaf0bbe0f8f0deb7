package org.sahifa.search;

import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;
import org.sahifa.bench.BenchCorpus;
import org.sahifa.store.Article;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The place heads are looked up by a token's chars (decision 0205): the same verdict as by its string, for every word
 * of the seed article and the first SaudiNewsNet articles (when {@code ../shared} is there) and for the heads behind
 * zero, one and two proclitic letters.
 */
class PlacedWordsHeadTest {

    @Test
    void aTokensCharsAreAHeadExactlyWhenItsStringIs() throws Exception {
        Set<String> heads = PlacedWords.heads(NameLexiconWords.standard());
        CharArraySet chars = new CharArraySet(heads, false);
        List<String> words = new ArrayList<>();
        for (String h : heads) {
            for (String p : new String[] {"", "و", "ب", "وب", "فل", "ال", "وبل", "ت"}) {
                words.add(p + h);
                words.add(p + h.substring(1));
            }
        }
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(SeedSearchTest.SEED));
        if (Files.isRegularFile(BenchCorpus.FILE)) {
            for (Article a : BenchCorpus.load(BenchCorpus.FILE, 300)) {
                texts.add(a.bodyText() == null ? "" : a.bodyText());
            }
        }
        for (String text : texts) {
            Analysis.tokens(SahifaAnalysis.INSTANCE.exact(), IndexFields.BODY_EXACT, text)
                    .forEach(t -> words.add(t.term()));
        }
        int found = 0;
        for (String w : words) {
            char[] padded = (w + "xyz").toCharArray(); // a token's buffer is longer than the token
            boolean byString = PlacedWords.isHead(w, heads);
            assertThat(PlacedWords.isHead(padded, w.length(), chars)).as(w).isEqualTo(byString);
            found += byString ? 1 : 0;
        }
        assertThat(found).isGreaterThan(heads.size());
    }
}
