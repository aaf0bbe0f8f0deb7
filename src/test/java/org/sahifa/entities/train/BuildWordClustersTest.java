package org.sahifa.entities.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.entities.recognize.WordClusters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuildWordClustersTest {

    @TempDir
    Path tmp;

    /** Persons after «قال الرئيس», places after «في مدينة», verbs before «أمس»: three kinds of context. */
    private static List<String[]> text() {
        String[] persons = {"ترامب", "نتنياهو", "ماكرون", "أردوغان"};
        String[] places = {"طهران", "دمشق", "أنقرة", "عمان"};
        String[] verbs = {"وصل", "غادر", "تحدث", "اجتمع"};
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(BuildWordClusters.words("قال الرئيس " + persons[i % 4] + " إن الوضع صعب"));
            lines.add(BuildWordClusters.words("وقعت الحادثة في مدينة " + places[i % 4] + " الكبيرة اليوم"));
            lines.add(BuildWordClusters.words("الوفد " + verbs[i % 4] + " أمس إلى المقر"));
        }
        return lines;
    }

    @Test
    void wordsInTheSameContextsShareAClassAndKindsAreApart() {
        Map<String, int[]> c = BuildWordClusters.cluster(text(), 3, 50, 6, 2, 1000);
        assertThat(c.get("ترامب")[0]).isEqualTo(c.get("اردوغان")[0]).isEqualTo(c.get("ماكرون")[0]);
        assertThat(c.get("طهران")[0]).isEqualTo(c.get("دمشق")[0]).isEqualTo(c.get("عمان")[0]);
        assertThat(c.get("ترامب")[0]).isNotEqualTo(c.get("طهران")[0]);
        assertThat(c.values()).allSatisfy(v -> assertThat(v[0]).isBetween(1, 6));
    }

    @Test
    void theWrittenFileIsReadBackWithCliticsOff() throws IOException {
        Path text = tmp.resolve("t.conll");
        StringBuilder b = new StringBuilder();
        for (String[] line : text()) {
            for (String w : line) {
                b.append(w).append(" O\n");
            }
            b.append('\n');
        }
        Files.writeString(text, b.toString());
        Path out = tmp.resolve("c.tsv.gz");
        BuildWordClusters.main(new String[] {"--conll", text.toString(), "--part", "all", "--out", out.toString(),
                "--min", "3", "--fine", "3", "--coarse", "2"});
        WordClusters read;
        try (InputStream in = Files.newInputStream(out)) {
            read = WordClusters.read(in, out.toString());
        }
        assertThat(read.size()).isGreaterThan(10);
        assertThat(read.fine("ترامب")).isPositive().isEqualTo(read.fine("ماكرون"));
        assertThat(read.coarse("ترامب")).isBetween(1, 2);
        assertThat(read.fine("غيرموجود")).isZero();
    }
}
