package org.sahifa.entities.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.Token;
import org.sahifa.entities.recognize.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds distributional word classes from unlabelled text, for {@link org.sahifa.entities.recognize.WordClusters}.
 * Each word (folded, clitics off: {@link Clitics#stem}) seen at least {@code --min} times is described by the
 * positive pointwise mutual information of the most frequent words one and two positions to its left and right;
 * spherical k-means (cosine, deterministic seed) groups those vectors into {@code --fine} classes, and the class
 * centroids are grouped again into {@code --coarse} classes. Output: {@code word TAB fine TAB coarse} a line, gzip.
 *
 * <pre>
 * java -cp target/sahifa.jar org.sahifa.entities.train.BuildWordClusters \
 *      --conll ../shared/data/anercorp/anercorp-train.conll --part all --out word-clusters.tsv.gz
 * </pre>
 * {@code --part train|train-dev|all} takes the text (never the tags) of that part of the fixed {@link Split};
 * {@code --jsonl FILE.gz} reads the {@code title} and {@code content} of a JSON-lines file instead (for measuring
 * only: SaudiNewsNet's licence does not allow shipping what is derived from it, decision record 0072).
 */
public final class BuildWordClusters {

    private static final String BOS = "<s>";
    private static final String EOS = "</s>";

    private BuildWordClusters() {
    }

    public static void main(String[] args) throws IOException {
        Path conll = null;
        Path jsonl = null;
        String part = "all";
        Path out = null;
        int min = 3;
        int contexts = 600;
        int fine = 300;
        int coarse = 40;
        int maxWords = 60_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--conll" -> conll = Path.of(args[++i]);
                case "--jsonl" -> jsonl = Path.of(args[++i]);
                case "--part" -> part = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--min" -> min = Integer.parseInt(args[++i]);
                case "--contexts" -> contexts = Integer.parseInt(args[++i]);
                case "--fine" -> fine = Integer.parseInt(args[++i]);
                case "--coarse" -> coarse = Integer.parseInt(args[++i]);
                case "--max-words" -> maxWords = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (out == null || (conll == null) == (jsonl == null)) {
            System.err.println("usage: BuildWordClusters (--conll FILE [--part train|train-dev|all] | --jsonl FILE.gz) --out FILE.gz"
                    + " [--min N] [--contexts N] [--fine K] [--coarse K] [--max-words N]");
            System.exit(2);
        }
        List<String[]> lines = conll != null ? conllLines(conll, part) : jsonLines(jsonl);
        long tokens = lines.stream().mapToLong(l -> l.length).sum();
        System.out.printf("%d lines, %d tokens%n", lines.size(), tokens);
        Map<String, int[]> clusters = cluster(lines, min, contexts, fine, coarse, maxWords);
        write(clusters, out);
        System.out.printf("wrote %d words to %s%n", clusters.size(), out);
    }

    private static List<String[]> conllLines(Path file, String part) throws IOException {
        Split split = Split.of(ConllCorpus.read(file));
        List<ConllCorpus.Sentence> sentences = switch (part) {
            case "train" -> split.train();
            case "train-dev" -> split.trainAndDev();
            case "all" -> split.all();
            default -> throw new IllegalArgumentException("--part must be train, train-dev or all, not " + part);
        };
        List<String[]> out = new ArrayList<>(sentences.size());
        for (ConllCorpus.Sentence s : sentences) {
            out.add(words(s.line()));
        }
        return out;
    }

    private static List<String[]> jsonLines(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ": line " + number + " is no JSON object: " + e.getMessage(), e);
                }
                for (String field : new String[] {"title", "content"}) {
                    for (String para : o.path(field).asText("").split("\n")) {
                        if (!para.isBlank()) {
                            out.add(words(para));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static final Map<String, String> STEMS = new HashMap<>();

    /** The clitic-free folded words (punctuation as itself) of a line. */
    static String[] words(String line) {
        List<Token> toks = Tokenizer.tokenize(line);
        String[] out = new String[toks.size()];
        for (int i = 0; i < out.length; i++) {
            Token t = toks.get(i);
            out[i] = t.word() ? STEMS.computeIfAbsent(t.fold(), Clitics::stem).intern() : t.fold();
        }
        return out;
    }

    /** word → {fine class, coarse class}, classes numbered from 1. */
    static Map<String, int[]> cluster(List<String[]> lines, int min, int contexts, int fine, int coarse, int maxWords) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] l : lines) {
            for (String w : l) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        Map<String, Integer> ctx = new HashMap<>();
        ctx.put(BOS, 0);
        ctx.put(EOS, 1);
        for (String w : byCount) {
            if (ctx.size() >= contexts) {
                break;
            }
            ctx.putIfAbsent(w, ctx.size());
        }
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> vindex = new HashMap<>();
        for (String w : byCount) {
            if (counts.get(w) < min || vocab.size() >= maxWords) {
                break;
            }
            if (isWord(w)) {
                vindex.put(w, vocab.size());
                vocab.add(w);
            }
        }
        int c = ctx.size();
        int dims = 4 * c;
        List<Map<Integer, Integer>> co = new ArrayList<>(vocab.size());
        for (int i = 0; i < vocab.size(); i++) {
            co.add(new HashMap<>());
        }
        long[] ctxTotals = new long[dims];
        long total = 0;
        int[] offsets = {-2, -1, 1, 2};
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                Integer v = vindex.get(l[i]);
                if (v == null) {
                    continue;
                }
                for (int o = 0; o < offsets.length; o++) {
                    int j = i + offsets[o];
                    String cw = j < 0 ? BOS : j >= l.length ? EOS : l[j];
                    Integer ci = ctx.get(cw);
                    if (ci == null || (j < -1 || j > l.length)) {
                        continue;
                    }
                    int d = o * c + ci;
                    co.get(v).merge(d, 1, Integer::sum);
                    ctxTotals[d]++;
                    total++;
                }
            }
        }
        // PPMI vectors, L2-normalised, as sparse (index, value) arrays
        int[][] idx = new int[vocab.size()][];
        float[][] val = new float[vocab.size()][];
        for (int v = 0; v < vocab.size(); v++) {
            Map<Integer, Integer> m = co.get(v);
            long wTotal = 0;
            for (int x : m.values()) {
                wTotal += x;
            }
            List<int[]> kept = new ArrayList<>();
            List<Float> kv = new ArrayList<>();
            double norm = 0;
            for (var e : m.entrySet()) {
                double pmi = Math.log((double) e.getValue() * total / ((double) wTotal * ctxTotals[e.getKey()]));
                if (pmi > 0) {
                    kept.add(new int[] {e.getKey()});
                    kv.add((float) pmi);
                    norm += pmi * pmi;
                }
            }
            idx[v] = new int[kept.size()];
            val[v] = new float[kept.size()];
            float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < kept.size(); k++) {
                idx[v][k] = kept.get(k)[0];
                val[v][k] = kv.get(k) * inv;
            }
        }
        int k = Math.min(fine, vocab.size());
        float[][] centroids = new float[k][dims];
        int[] assign = kmeans(idx, val, centroids, dims, 20, new Random(20071));
        // coarse classes: k-means over the (normalised) fine centroids
        int kc = Math.min(coarse, k);
        int[][] cIdx = new int[k][];
        float[][] cVal = new float[k][];
        for (int i = 0; i < k; i++) {
            normalise(centroids[i]);
            cIdx[i] = new int[dims];
            cVal[i] = centroids[i];
            for (int d = 0; d < dims; d++) {
                cIdx[i][d] = d;
            }
        }
        int[] coarseOf = kmeans(cIdx, cVal, new float[kc][dims], dims, 20, new Random(20072));
        Map<String, int[]> out = new java.util.LinkedHashMap<>();
        for (int v = 0; v < vocab.size(); v++) {
            out.put(vocab.get(v), new int[] {assign[v] + 1, coarseOf[assign[v]] + 1});
        }
        return out;
    }

    private static boolean isWord(String w) {
        return !w.isEmpty() && Character.isLetter(w.charAt(0));
    }

    private static void normalise(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n > 0) {
            float inv = (float) (1 / Math.sqrt(n));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
    }

    /** Spherical k-means; returns each vector's class and leaves the centroids in {@code centroids}. */
    private static int[] kmeans(int[][] idx, float[][] val, float[][] centroids, int dims, int iterations, Random random) {
        int n = idx.length;
        int k = centroids.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        List<Integer> shuffled = new ArrayList<>(Arrays.asList(order));
        java.util.Collections.shuffle(shuffled, random);
        for (int j = 0; j < k; j++) {
            Arrays.fill(centroids[j], 0);
            int v = shuffled.get(j);
            for (int x = 0; x < idx[v].length; x++) {
                centroids[j][idx[v][x]] = val[v][x];
            }
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        for (int it = 0; it < iterations; it++) {
            int changed = 0;
            for (int v = 0; v < n; v++) {
                int best = 0;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    float[] cj = centroids[j];
                    float s = 0;
                    int[] iv = idx[v];
                    float[] vv = val[v];
                    for (int x = 0; x < iv.length; x++) {
                        s += cj[iv[x]] * vv[x];
                    }
                    if (s > bestScore) {
                        bestScore = s;
                        best = j;
                    }
                }
                if (assign[v] != best) {
                    changed++;
                    assign[v] = best;
                }
            }
            for (float[] cj : centroids) {
                Arrays.fill(cj, 0);
            }
            int[] sizes = new int[k];
            for (int v = 0; v < n; v++) {
                float[] cj = centroids[assign[v]];
                sizes[assign[v]]++;
                for (int x = 0; x < idx[v].length; x++) {
                    cj[idx[v][x]] += val[v][x];
                }
            }
            for (int j = 0; j < k; j++) {
                if (sizes[j] == 0) { // an empty class takes a random vector
                    int v = shuffled.get(random.nextInt(n));
                    for (int x = 0; x < idx[v].length; x++) {
                        centroids[j][idx[v][x]] = val[v][x];
                    }
                }
                normalise(centroids[j]);
            }
            System.out.printf("k-means k=%d iteration %d: %d changed%n", k, it + 1, changed);
            if (changed == 0) {
                break;
            }
        }
        return assign;
    }

    private static void write(Map<String, int[]> clusters, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out));
             Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
            w.write("# word\tfine class\tcoarse class (BuildWordClusters)\n");
            for (var e : clusters.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
            }
        }
    }
}
