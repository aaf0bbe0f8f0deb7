package org.sahifa.entities.recognize;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How the annotated training text tagged each word (without clitics and article): for every word that was at
 * least once part of a name, how often it occurred and how often in each class. A model feature says, for a
 * token, which class its word mostly had and how reliably — a smoother memory of the training names than the
 * word itself. During training it is built by cross-validation (never from the sentence it describes).
 * Immutable once built.
 */
public final class TrainingLexicon {

    /** The lexicon that knows nothing. */
    public static final TrainingLexicon EMPTY = new TrainingLexicon(Map.of());

    private final Map<String, int[]> counts; // stem -> [occurrences, PERS, LOC, ORG, MISC]

    private TrainingLexicon(Map<String, int[]> counts) {
        this.counts = counts;
    }

    /** Builds a lexicon from analysed sentences and their gold tags. */
    public static TrainingLexicon of(List<Features.Sentence> sentences, List<int[]> gold) {
        Map<String, int[]> all = new HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            Features.Sentence s = sentences.get(k);
            int[] tags = gold.get(k);
            for (int i = 0; i < s.size(); i++) {
                if (s.tokens.get(i).word()) {
                    int[] c = all.computeIfAbsent(s.stem(i), x -> new int[5]);
                    c[0]++;
                    int cls = Tags.cls(tags[i]);
                    if (cls > 0) {
                        c[cls]++;
                    }
                }
            }
        }
        all.values().removeIf(c -> c[1] + c[2] + c[3] + c[4] == 0);
        return new TrainingLexicon(all);
    }

    /** The feature value of a word: 0 unknown, else class·100 + count bucket·10 + reliability bucket. */
    public int code(String stem) {
        int[] c = counts.get(stem);
        if (c == null) {
            return 0;
        }
        int best = 1;
        for (int cls = 2; cls <= 4; cls++) {
            if (c[cls] > c[best]) {
                best = cls;
            }
        }
        int n = c[best];
        int bucket = n >= 8 ? 3 : n >= 3 ? 2 : n >= 2 ? 1 : 0;
        int reliability = Math.min(3, (int) (4.0 * n / Math.max(1, c[0])));
        return best * 100 + bucket * 10 + reliability;
    }

    /** Sets {@code lex} of every token of the sentences. */
    public void apply(List<Features.Sentence> sentences) {
        for (Features.Sentence s : sentences) {
            apply(s);
        }
    }

    public void apply(Features.Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            s.lex[i] = s.tokens.get(i).word() ? code(s.stem(i)) : 0;
        }
    }

    public int size() {
        return counts.size();
    }

    /** Writes it as gzip'd lines {@code word TAB occurrences TAB PERS TAB LOC TAB ORG TAB MISC}. */
    public void write(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8));
        for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
            int[] c = e.getValue();
            w.write(e.getKey() + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3] + "\t" + c[4] + "\n");
        }
        w.close();
    }

    /** Reads what {@link #write} wrote; {@code name} names the source in errors. */
    public static TrainingLexicon read(InputStream in, String name) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IOException(name + ":" + lineNo + ": expected 6 tab-separated fields");
            }
            int[] c = new int[5];
            try {
                for (int k = 0; k < 5; k++) {
                    c[k] = Integer.parseInt(f[k + 1]);
                }
            } catch (NumberFormatException e) {
                throw new IOException(name + ":" + lineNo + ": " + e.getMessage(), e);
            }
            counts.put(f[0], c);
        }
        return new TrainingLexicon(counts);
    }
}
