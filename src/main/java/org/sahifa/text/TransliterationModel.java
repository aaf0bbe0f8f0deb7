package org.sahifa.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How Latin names are written in Arabic letters, learned from pairs of spellings of one name (decision 0028):
 * which Arabic letters (none, one or two) write each Latin letter or letter pair, at the start, inside and at the
 * end of a word, and how often. Learned in two steps:
 * <ol>
 * <li>many-to-many alignment by expectation maximisation (Jiampojamarn, Kondrak and Sherif 2007): a Latin unit of
 *     one or two letters against an Arabic unit of zero to two letters ({@code sh → ش}, {@code a → ا} or nothing,
 *     {@code x → كس}); the expected counts over all alignments of every pair re-estimate the units' probabilities,
 *     {@value #ITERATIONS} times;</li>
 * <li>the best alignment of each pair is counted by the Latin unit's place in the word (start, inside, end), for
 *     the probability of each unit there (a final {@code a} is ا or ة, an inner one ا or nothing), smoothed towards
 *     the same unit anywhere in the word. A unit is a joint event: a Latin letter left unwritten costs what the
 *     data says it costs, so {@code sabic} is not {@code بيك}.</li>
 * </ol>
 * {@link #score} is the log probability of the best alignment of a pair (minus infinity when a letter has no
 * learned writing); for one Latin word it ranks the Arabic spellings as their probability given the word does, {@link #generate} the most probable Arabic spellings of a Latin
 * word. Both take normalised text ({@link ArabicNormalizer}): Latin a–z, Arabic letters U+0621–U+064A. Immutable and
 * thread-safe.
 */
public final class TransliterationModel {

    /** Rounds of expectation maximisation. */
    static final int ITERATIONS = 3;
    /** Longest Latin unit. */
    static final int MAX_LATIN = 2;
    /** Longest Arabic unit. */
    static final int MAX_ARABIC = 2;
    /** Weight of a unit's share at its place in the word against its share anywhere (smoothing). */
    private static final double PLACE_WEIGHT = 0.8;
    /** Units seen fewer times in the best alignments are dropped (noise of the alignment). */
    private static final double MIN_COUNT = 2;
    /** Units rarer than this share of their Latin unit's writings are dropped (noise of the alignment). */
    private static final double MIN_SHARE = 0.002;

    private static final int LATIN = 27;          // 0 = none, 1..26 = a..z
    private static final int ARABIC = 43;         // 0 = none, 1..42 = U+0621..U+064A
    private static final int LATIN_UNITS = LATIN * LATIN;
    private static final int ARABIC_UNITS = ARABIC * ARABIC;
    private static final int START = 0;
    private static final int INSIDE = 1;
    private static final int END = 2;

    /** For each place and Latin unit: the Arabic units that write it and their log probabilities, likeliest first. */
    private final Map<Integer, Writings> writings;

    private record Writings(int[] arabic, double[] logp) {
    }

    private TransliterationModel(Map<Integer, Writings> writings) {
        this.writings = writings;
    }

    /** One Arabic spelling of a Latin word and its log probability. */
    public record Candidate(String arabic, double logp) {
    }

    /**
     * A model and how far below the likeliest spelling the real spellings of held-out pairs scored (see
     * {@link #learnCalibrated}), in increasing order.
     */
    public record Calibrated(TransliterationModel model, double[] gaps) {

        /** The gap within which {@code quantile} of the held-out real spellings scored. */
        public double margin(double quantile) {
            return gaps[Math.min(gaps.length - 1, (int) (quantile * gaps.length))];
        }
    }

    /**
     * Learns a model from all pairs but every {@code heldOutEvery}-th, and measures on those held-out pairs how far
     * the real Arabic spelling scores below the likeliest one ({@link #best} minus {@link #score}).
     */
    public static Calibrated learnCalibrated(List<String[]> pairs, int heldOutEvery) {
        return learnCalibrated(pairs, heldOutEvery, p -> true, 1);
    }

    /**
     * Learns a model from all pairs but every {@code heldOutEvery}-th usual one ({@code usual} accepts it), the other
     * pairs counted with the weight {@code rareWeight} ({@link #learn(List, Predicate, double)}), and measures the gap
     * on the held-out usual pairs: rarer writings (a Latin letter group the usual reading does not give, decision 0036) are
     * learned without loosening the writings of every other name or widening the margin every query is searched with.
     */
    public static Calibrated learnCalibrated(List<String[]> pairs, int heldOutEvery, Predicate<String[]> usual,
                                             double rareWeight) {
        List<String[]> training = new ArrayList<>(pairs.size());
        List<String[]> heldOut = new ArrayList<>(pairs.size() / heldOutEvery + 1);
        int usualSeen = 0;
        for (String[] p : pairs) {
            // every heldOutEvery-th usual pair is held out; the rare ones are all learned from
            if (usual.test(p) && usualSeen++ % heldOutEvery == heldOutEvery - 1) {
                heldOut.add(p);
            } else {
                training.add(p);
            }
        }
        TransliterationModel model = learn(training, usual, rareWeight);
        double[] gaps = new double[heldOut.size()];
        int n = 0;
        for (String[] p : heldOut) {
            String latin = ArabicNormalizer.normalize(p[0]).strip();
            double s = model.score(latin, ArabicNormalizer.normalize(p[1]).strip());
            if (s > Double.NEGATIVE_INFINITY) {
                gaps[n++] = model.best(latin) - s;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("no held-out pair can be aligned: too few pairs to learn from");
        }
        double[] sorted = Arrays.copyOf(gaps, n);
        Arrays.sort(sorted);
        return new Calibrated(model, sorted);
    }

    /**
     * Learns a model from pairs of one name: {@code pairs[i][0]} Latin, {@code pairs[i][1]} Arabic (any form:
     * both are normalised; pairs with other letters are skipped).
     */
    public static TransliterationModel learn(List<String[]> pairs) {
        return learn(pairs, p -> true, 1);
    }

    /**
     * Learns a model from pairs of one name as {@link #learn(List)}, a pair that {@code usual} does not accept
     * counting {@code rareWeight} of a usual one in every count: a writing that only such pairs show is learned, with
     * the probability its discounted share gives it, and the usual writings stay nearly as they were (decision 0036).
     */
    public static TransliterationModel learn(List<String[]> pairs, Predicate<String[]> usual, double rareWeight) {
        if (!(rareWeight > 0 && rareWeight <= 1)) {
            throw new IllegalArgumentException("the weight of a rare pair must be in (0, 1]: " + rareWeight);
        }
        List<int[][]> data = new ArrayList<>(pairs.size());
        List<Double> weights = new ArrayList<>(pairs.size());
        for (String[] p : pairs) {
            int[] l = latinCodes(ArabicNormalizer.normalize(p[0]).strip());
            int[] a = arabicCodes(ArabicNormalizer.normalize(p[1]).strip());
            if (l != null && a != null && l.length > 0 && a.length > 0) {
                data.add(new int[][] {l, a});
                weights.add(usual.test(p) ? 1.0 : rareWeight);
            }
        }
        // joint unit probabilities for the alignment, uniform to start
        double[] joint = new double[LATIN_UNITS * ARABIC_UNITS];
        Arrays.fill(joint, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] counts = new double[joint.length];
            for (int k = 0; k < data.size(); k++) {
                expect(data.get(k)[0], data.get(k)[1], joint, counts, weights.get(k));
            }
            double total = 0;
            for (double c : counts) {
                total += c;
            }
            for (int u = 0; u < joint.length; u++) {
                joint[u] = counts[u] / total;
            }
        }
        // best alignment of each pair, counted by place
        Map<Long, Double> placed = new HashMap<>();
        double[] anywhere = new double[joint.length];
        for (int k = 0; k < data.size(); k++) {
            double w = weights.get(k);
            for (int[] unit : viterbi(data.get(k)[0], data.get(k)[1], joint)) {
                int u = unit[0] * ARABIC_UNITS + unit[1];
                anywhere[u] += w;
                placed.merge((long) unit[2] * joint.length + u, w, Double::sum);
            }
        }
        return new TransliterationModel(conditional(placed, anywhere));
    }

    private static Map<Integer, Writings> conditional(Map<Long, Double> placed, double[] anywhere) {
        double all = 0;
        double[] latinTotal = new double[LATIN_UNITS];
        for (int u = 0; u < anywhere.length; u++) {
            latinTotal[u / ARABIC_UNITS] += anywhere[u];
            all += anywhere[u];
        }
        double[] placeTotal = new double[3];
        placed.forEach((k, c) -> placeTotal[(int) (k / anywhere.length)] += c);
        Map<Integer, Writings> out = new HashMap<>();
        for (int place = START; place <= END; place++) {
            for (int l = 1; l < LATIN_UNITS; l++) {
                if (latinTotal[l] == 0) {
                    continue;
                }
                List<double[]> units = new ArrayList<>();
                for (int a = 0; a < ARABIC_UNITS; a++) {
                    int u = l * ARABIC_UNITS + a;
                    if (anywhere[u] < MIN_COUNT || anywhere[u] / latinTotal[l] < MIN_SHARE) {
                        continue;
                    }
                    double here = placed.getOrDefault((long) place * anywhere.length + u, 0.0);
                    double p = PLACE_WEIGHT * here / placeTotal[place] + (1 - PLACE_WEIGHT) * anywhere[u] / all;
                    units.add(new double[] {a, Math.log(p)});
                }
                if (units.isEmpty()) {
                    continue;
                }
                units.sort(Comparator.comparingDouble((double[] x) -> -x[1]));
                int[] arabic = new int[units.size()];
                double[] logp = new double[units.size()];
                for (int i = 0; i < units.size(); i++) {
                    arabic[i] = (int) units.get(i)[0];
                    logp[i] = units.get(i)[1];
                }
                out.put(place * LATIN_UNITS + l, new Writings(arabic, logp));
            }
        }
        return out;
    }

    /** Adds the expected unit counts of all alignments of one pair (forward-backward). */
    private static void expect(int[] l, int[] a, double[] joint, double[] counts, double weight) {
        int n = l.length;
        int m = a.length;
        double[][] fwd = new double[n + 1][m + 1];
        double[][] bwd = new double[n + 1][m + 1];
        fwd[0][0] = 1;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (fwd[i][j] == 0) {
                    continue;
                }
                for (int dl = 1; dl <= MAX_LATIN && i + dl <= n; dl++) {
                    for (int da = 0; da <= MAX_ARABIC && j + da <= m; da++) {
                        fwd[i + dl][j + da] += fwd[i][j] * joint[unit(l, i, dl, a, j, da)];
                    }
                }
            }
        }
        double total = fwd[n][m];
        if (total == 0 || Double.isNaN(total)) {
            return;
        }
        bwd[n][m] = 1;
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n && j == m) {
                    continue;
                }
                double s = 0;
                for (int dl = 1; dl <= MAX_LATIN && i + dl <= n; dl++) {
                    for (int da = 0; da <= MAX_ARABIC && j + da <= m; da++) {
                        s += joint[unit(l, i, dl, a, j, da)] * bwd[i + dl][j + da];
                    }
                }
                bwd[i][j] = s;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                if (fwd[i][j] == 0) {
                    continue;
                }
                for (int dl = 1; dl <= MAX_LATIN && i + dl <= n; dl++) {
                    for (int da = 0; da <= MAX_ARABIC && j + da <= m; da++) {
                        int u = unit(l, i, dl, a, j, da);
                        counts[u] += weight * fwd[i][j] * joint[u] * bwd[i + dl][j + da] / total;
                    }
                }
            }
        }
    }

    /** The best alignment of a pair: units as {latin unit, arabic unit, place}. */
    private static List<int[]> viterbi(int[] l, int[] a, double[] joint) {
        int n = l.length;
        int m = a.length;
        double[][] best = lattice(n, m);
        int[][] from = new int[n + 1][m + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                if (best[i][j] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int dl = 1; dl <= MAX_LATIN && i + dl <= n; dl++) {
                    for (int da = 0; da <= MAX_ARABIC && j + da <= m; da++) {
                        double s = best[i][j] + Math.log(joint[unit(l, i, dl, a, j, da)]);
                        if (s > best[i + dl][j + da]) {
                            best[i + dl][j + da] = s;
                            from[i + dl][j + da] = dl * 8 + da;
                        }
                    }
                }
            }
        }
        List<int[]> units = new ArrayList<>();
        if (best[n][m] == Double.NEGATIVE_INFINITY) {
            return units;
        }
        int i = n;
        int j = m;
        while (i > 0) {
            int dl = from[i][j] / 8;
            int da = from[i][j] % 8;
            i -= dl;
            j -= da;
            units.add(new int[] {latinUnit(l, i, dl), arabicUnit(a, j, da), place(i, dl, n)});
        }
        return units;
    }

    /** Best log probabilities of alignment prefixes: 0 for the empty one, minus infinity until reached. */
    private static double[][] lattice(int n, int m) {
        double[][] best = new double[n + 1][m + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        return best;
    }

    private static int place(int start, int length, int n) {
        return start == 0 ? START : start + length == n ? END : INSIDE;
    }

    private static int unit(int[] l, int i, int dl, int[] a, int j, int da) {
        return latinUnit(l, i, dl) * ARABIC_UNITS + arabicUnit(a, j, da);
    }

    private static int latinUnit(int[] l, int i, int dl) {
        return dl == 1 ? l[i] * LATIN : l[i] * LATIN + l[i + 1];
    }

    private static int arabicUnit(int[] a, int j, int da) {
        return da == 0 ? 0 : da == 1 ? a[j] * ARABIC : a[j] * ARABIC + a[j + 1];
    }

    /** Log probability of the best alignment of the normalised Arabic {@code arabic} given the Latin {@code latin}. */
    public double score(String latin, String arabic) {
        int[] l = latinCodes(latin);
        int[] a = arabicCodes(arabic);
        if (l == null || a == null || l.length == 0 || a.length == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int n = l.length;
        int m = a.length;
        double[][] best = lattice(n, m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                if (best[i][j] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int dl = 1; dl <= MAX_LATIN && i + dl <= n; dl++) {
                    Writings w = writings.get(place(i, dl, n) * LATIN_UNITS + latinUnit(l, i, dl));
                    if (w == null) {
                        continue;
                    }
                    for (int k = 0; k < w.arabic.length; k++) {
                        int au = w.arabic[k];
                        int da = au == 0 ? 0 : au % ARABIC == 0 ? 1 : 2;
                        if (j + da > m || da >= 1 && a[j] != au / ARABIC || da == 2 && a[j + 1] != au % ARABIC) {
                            continue;
                        }
                        double s = best[i][j] + w.logp[k];
                        if (s > best[i + dl][j + da]) {
                            best[i + dl][j + da] = s;
                        }
                    }
                }
            }
        }
        return best[n][m];
    }

    /**
     * The log probability of the likeliest Arabic spelling of the normalised Latin word (each Latin unit written
     * its likeliest way), minus infinity when a letter has no learned writing.
     */
    public double best(String latin) {
        int[] l = latinCodes(latin);
        if (l == null || l.length == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int n = l.length;
        double[] best = new double[n + 1];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            for (int dl = 1; dl <= MAX_LATIN && i + dl <= n; dl++) {
                Writings w = writings.get(place(i, dl, n) * LATIN_UNITS + latinUnit(l, i, dl));
                if (w != null) {
                    best[i + dl] = Math.max(best[i + dl], best[i] + w.logp[0]);
                }
            }
        }
        return best[n];
    }

    /** The {@code max} most probable Arabic spellings of the normalised Latin word, likeliest first. */
    public List<Candidate> generate(String latin, int max) {
        int[] l = latinCodes(latin);
        if (l == null || l.length == 0) {
            return List.of();
        }
        int n = l.length;
        int beam = Math.max(max, 64) * 4;
        List<Map<String, Double>> at = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            at.add(new HashMap<>());
        }
        at.get(0).put("", 0.0);
        for (int i = 0; i < n; i++) {
            Map<String, Double> here = prune(at.get(i), beam);
            for (Map.Entry<String, Double> e : here.entrySet()) {
                for (int dl = 1; dl <= MAX_LATIN && i + dl <= n; dl++) {
                    Writings w = writings.get(place(i, dl, n) * LATIN_UNITS + latinUnit(l, i, dl));
                    if (w == null) {
                        continue;
                    }
                    for (int k = 0; k < w.arabic.length; k++) {
                        String next = e.getKey() + arabicText(w.arabic[k]);
                        at.get(i + dl).merge(next, e.getValue() + w.logp[k], Math::max);
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        prune(at.get(n), max).forEach((s, p) -> {
            if (!s.isEmpty()) {
                out.add(new Candidate(s, p));
            }
        });
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.logp()));
        return out;
    }

    private static Map<String, Double> prune(Map<String, Double> states, int beam) {
        if (states.size() <= beam) {
            return states;
        }
        Map<String, Double> kept = new HashMap<>();
        states.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(beam)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    private static String arabicText(int unit) {
        if (unit == 0) {
            return "";
        }
        int first = unit / ARABIC;
        int second = unit % ARABIC;
        return second == 0 ? String.valueOf((char) (0x0620 + first))
                : new String(new char[] {(char) (0x0620 + first), (char) (0x0620 + second)});
    }

    private static int[] latinCodes(String s) {
        int[] out = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return null;
            }
            out[i] = c - 'a' + 1;
        }
        return out;
    }

    private static int[] arabicCodes(String s) {
        int[] out = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return null;
            }
            out[i] = c - 0x0620;
        }
        return out;
    }
}
