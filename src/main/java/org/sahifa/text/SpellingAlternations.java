package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often Arabic writes one foreign sound with two different consonant letters, learned from Latin–Arabic
 * name pairs (decision 0048). A pair is read as slots ({@link Slots}): its consonants (letters of a
 * {@link NameShape#consonantClass consonant class}) and the vowel groups between them (ا و ي ع ه ح and, for Latin,
 * vowels). For each Latin consonant the learner counts which Arabic letter writes it; two Arabic
 * writings {@code x}, {@code y} alternate as much as they are written for the same Latin units:
 * <pre>  s(x, y) = Σ_L P(L) P(x|L) P(y|L) / √(Σ_L P(L) P(x|L)² · Σ_L P(L) P(y|L)²)</pre>
 * and the cost of writing {@code y} where another spelling writes {@code x} is {@code −ln s(x, y)} (0 when equal,
 * infinite when no Latin unit is written both ways). The learned table ships as a resource ({@code names/alternations.tsv}); a test learns it again
 * from the shipped pairs and checks it is the same. Immutable and thread-safe.
 */
public final class SpellingAlternations {

    static final String RESOURCE = "/org/sahifa/text/names/alternations.tsv";
    /** Alternations rarer than this similarity are noise of the pair lists (a misread label) and dropped. */
    static final double MIN_SIMILARITY = 0.01;

    /** Where a word-final consonant stands: after a written vowel letter (لويس) or after a consonant (جيمس). */
    public enum FinalContext {
        AFTER_VOWEL("final-after-vowel"), AFTER_CONSONANT("final-after-consonant");

        final String label;

        FinalContext(String label) {
            this.label = label;
        }
    }

    /**
     * Where a vowel group stands (decision 0143): before the first consonant (إي / ا: Eric ايريك / اريك), between two
     * consonants, or after the last one.
     */
    public enum VowelPlace {
        INITIAL("vowel-initial"), MEDIAL("vowel-medial"), FINAL("vowel-final");

        final String label;

        VowelPlace(String label) {
            this.label = label;
        }

        /** The place of vowel group {@code i} of a name with {@code consonants} consonants. */
        public static VowelPlace of(int i, int consonants) {
            return i == 0 ? INITIAL : i == consonants ? FINAL : MEDIAL;
        }
    }

    private final Map<String, Double> consonants;
    /** Per final context: the rewrite probability of two letters as a word's last consonant, keyed by pair key. */
    private final Map<FinalContext, Map<String, Double>> finals;
    /** Per place: the rewrite probability of two vowel groups (decision 0143), keyed by pair key. */
    private final Map<VowelPlace, Map<String, Double>> vowels;

    private SpellingAlternations(Map<String, Double> consonants, Map<FinalContext, Map<String, Double>> finals,
            Map<VowelPlace, Map<String, Double>> vowels) {
        this.consonants = consonants;
        this.finals = finals;
        this.vowels = vowels;
    }

    /**
     * How likely another writer of one name writes vowel group {@code y} (the letters ا و ي ه ح ع between two
     * consonants, {@link Slots}) where this one writes {@code x}, or the reverse (the smaller): r(x → y) = Σ_L P(L | x)
     * P(y | L) over the Latin vowel groups L the pairs write with x at this place (decision 0143). 1 when equal, 0
     * when the pairs never show it.
     */
    public double vowelRewrite(String x, String y, VowelPlace place) {
        if (x.equals(y)) {
            return 1;
        }
        return vowels.get(place).getOrDefault(pairKey(x, y), 0.0);
    }

    private static final class Holder {
        static final SpellingAlternations STANDARD = TsvTable.load(RESOURCE, SpellingAlternations::read);
    }

    /** The table learned from the shipped Wikidata person-name pairs and world-cities names. */
    public static SpellingAlternations standard() {
        return Holder.STANDARD;
    }

    /** The cost of consonant letter {@code y} where another spelling writes {@code x}; 0 when equal. */
    public double consonantCost(char x, char y) {
        if (x == y) {
            return 0;
        }
        Double s = consonants.get(pairKey(String.valueOf(x), String.valueOf(y)));
        return s == null ? Double.POSITIVE_INFINITY : -Math.log(s);
    }

    /**
     * How likely another writer of one name writes {@code y} as its last consonant where this one writes {@code x},
     * or the reverse (the smaller of the two): r(x → y) = Σ_L P(L | x) P(y | L), over the Latin consonants L that
     * the pairs write with a word-final x in this context. 1 when equal, 0 when the pairs never show it. After a
     * vowel letter a final s and z are told apart (Louis لويس, Louise لويز: r = 0.06); after a consonant they are
     * not (James جيمس / جيمز: r = 0.40).
     */
    public double finalRewrite(char x, char y, FinalContext context) {
        if (x == y) {
            return 1;
        }
        return finals.get(context).getOrDefault(pairKey(String.valueOf(x), String.valueOf(y)), 0.0);
    }

    private static String pairKey(String x, String y) {
        return x.compareTo(y) <= 0 ? x + '\u0000' + y : y + '\u0000' + x;
    }

    /** A name as consonant letters and the vowel groups around them: {@code vowels.size() == consonants.length() + 1}. */
    record Slots(String consonants, List<String> vowels) {

        /** Reads a normalised name (Arabic or Latin; a compound is joined). */
        static Slots of(String normalized) {
            return of(NameShape.of(normalized));
        }

        static Slots of(NameShape s) {
            StringBuilder cons = new StringBuilder();
            List<String> gaps = new ArrayList<>();
            StringBuilder gap = new StringBuilder(vowelText(s.gaps.get(0), s.latin));
            char last = 0;
            for (int i = 0; i < s.consonants.length(); i++) {
                char c = s.consonants.charAt(i);
                char k = NameShape.consonantClass(c);
                if (k == 0) {
                    gap.append(s.latin ? latinOf(c) : c);
                } else if (c == last && gap.length() == 0) {
                    // a doubled letter is one consonant
                } else {
                    cons.append(c);
                    gaps.add(gap.toString());
                    gap.setLength(0);
                    last = c;
                }
                gap.append(vowelText(s.gaps.get(i + 1), s.latin));
            }
            gaps.add(gap.toString());
            return new Slots(cons.toString(), List.copyOf(gaps));
        }

        private static String vowelText(String gap, boolean latin) {
            if (!latin) {
                return gap;
            }
            // Latin vowel groups: one letter per sound, doubled letters once (ee, oo)
            StringBuilder sb = new StringBuilder(gap.length());
            for (int i = 0; i < gap.length(); i++) {
                char c = gap.charAt(i);
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private static char latinOf(char c) {
            return switch (c) {
                case WAW -> 'w';
                case YEH -> 'y';
                default -> 'h';
            };
        }
    }

    /**
     * Learns the table from {Latin, Arabic} name pairs (the one-word ones). Pairs whose consonants do not line up one to one (a
     * different number, or more than one consonant of another class: a misaligned label) teach nothing.
     */
    public static SpellingAlternations learn(List<String[]> latinArabicPairs) {
        Map<String, Map<String, Double>> cons = new HashMap<>();
        Map<FinalContext, Map<String, Map<String, Double>>> finalCounts = new java.util.EnumMap<>(FinalContext.class);
        for (FinalContext c : FinalContext.values()) {
            finalCounts.put(c, new HashMap<>());
        }
        Map<VowelPlace, Map<String, Map<String, Double>>> vowelCounts = new java.util.EnumMap<>(VowelPlace.class);
        for (VowelPlace v : VowelPlace.values()) {
            vowelCounts.put(v, new HashMap<>());
        }
        for (String[] p : latinArabicPairs) {
            String latin = ArabicNormalizer.normalize(p[0]).strip();
            String arabic = ArabicNormalizer.normalize(p[1]).strip();
            if (latin.isEmpty() || arabic.isEmpty() || latin.indexOf(' ') >= 0 || arabic.indexOf(' ') >= 0) {
                continue;
            }
            NameShape ls = NameShape.of(latin);
            NameShape as = NameShape.of(arabic);
            if (!ls.latin || as.latin) {
                continue;
            }
            Slots l = Slots.of(ls);
            Slots a = Slots.of(as);
            int n = l.consonants().length();
            if (n == 0 || n != a.consonants().length()) {
                continue;
            }
            int otherClass = 0;
            for (int i = 0; i < n; i++) {
                if (NameShape.consonantClass(l.consonants().charAt(i))
                        != NameShape.consonantClass(a.consonants().charAt(i))) {
                    otherClass++;
                }
            }
            if (otherClass > 1) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                count(cons, String.valueOf(l.consonants().charAt(i)), String.valueOf(a.consonants().charAt(i)));
            }
            for (int i = 0; i <= n; i++) {
                count(vowelCounts.get(VowelPlace.of(i, n)), l.vowels().get(i), a.vowels().get(i));
            }
            if (a.vowels().get(n).isEmpty()) { // the Arabic word ends in its last consonant
                FinalContext c = hasVowelLetter(a.vowels().get(n - 1)) ? FinalContext.AFTER_VOWEL
                        : FinalContext.AFTER_CONSONANT;
                count(finalCounts.get(c), String.valueOf(l.consonants().charAt(n - 1)),
                        String.valueOf(a.consonants().charAt(n - 1)));
            }
        }
        Map<FinalContext, Map<String, Double>> finals = new java.util.EnumMap<>(FinalContext.class);
        finalCounts.forEach((c, counts) -> finals.put(c, rewrites(counts)));
        Map<VowelPlace, Map<String, Double>> vowels = new java.util.EnumMap<>(VowelPlace.class);
        vowelCounts.forEach((v, counts) -> vowels.put(v, rewrites(counts)));
        return new SpellingAlternations(similarities(cons), finals, vowels);
    }

    private static boolean hasVowelLetter(String gap) {
        return gap.indexOf(ALEF) >= 0 || gap.indexOf(WAW) >= 0 || gap.indexOf(YEH) >= 0;
    }

    /**
     * min(r(x → y), r(y → x)) for every two Arabic writings of one Latin unit, r(x → y) = Σ_L P(L | x) P(y | L),
     * kept when at least {@link #MIN_SIMILARITY}.
     */
    private static Map<String, Double> rewrites(Map<String, Map<String, Double>> counts) {
        Map<String, Double> written = new HashMap<>(); // how often each Arabic letter is written
        for (Map<String, Double> m : counts.values()) {
            m.forEach((x, c) -> written.merge(x, c, Double::sum));
        }
        Map<String, Double> r = new HashMap<>(); // directed: x + NUL + y
        for (Map<String, Double> m : counts.values()) {
            double n = 0;
            for (double c : m.values()) {
                n += c;
            }
            for (Map.Entry<String, Double> x : m.entrySet()) {
                double pLgivenX = x.getValue() / written.get(x.getKey());
                for (Map.Entry<String, Double> y : m.entrySet()) {
                    if (!x.getKey().equals(y.getKey())) {
                        r.merge(x.getKey() + '\u0000' + y.getKey(), pLgivenX * y.getValue() / n, Double::sum);
                    }
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        r.forEach((xy, v) -> {
            String[] p = xy.split("\u0000", -1);
            double back = r.getOrDefault(p[1] + '\u0000' + p[0], 0.0);
            double m = Math.min(v, back);
            if (m >= MIN_SIMILARITY) {
                out.put(pairKey(p[0], p[1]), m);
            }
        });
        return out;
    }

    private static void count(Map<String, Map<String, Double>> counts, String latin, String arabic) {
        counts.computeIfAbsent(latin, k -> new HashMap<>()).merge(arabic, 1.0, Double::sum);
    }

    /** s(x, y) for every two Arabic writings of one Latin unit, keyed by pair key. */
    private static Map<String, Double> similarities(Map<String, Map<String, Double>> counts) {
        double total = 0;
        for (Map<String, Double> m : counts.values()) {
            for (double c : m.values()) {
                total += c;
            }
        }
        Map<String, Double> joint = new HashMap<>();
        Map<String, Double> self = new HashMap<>();
        for (Map<String, Double> m : counts.values()) {
            double n = 0;
            for (double c : m.values()) {
                n += c;
            }
            double pl = n / total;
            for (Map.Entry<String, Double> x : m.entrySet()) {
                double px = x.getValue() / n;
                self.merge(x.getKey(), pl * px * px, Double::sum);
                for (Map.Entry<String, Double> y : m.entrySet()) {
                    if (x.getKey().compareTo(y.getKey()) < 0) {
                        joint.merge(pairKey(x.getKey(), y.getKey()), pl * px * (y.getValue() / n), Double::sum);
                    }
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Double> e : joint.entrySet()) {
            String[] xy = e.getKey().split("\u0000", -1);
            double s = e.getValue() / Math.sqrt(self.get(xy[0]) * self.get(xy[1]));
            if (s >= MIN_SIMILARITY) {
                out.put(e.getKey(), s);
            }
        }
        return out;
    }

    /** The table as text: one alternation a line, {@code kind<TAB>x<TAB>y<TAB>similarity}, sorted. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Learned spelling alternations of foreign names in Arabic (SpellingAlternations, decision 0048):\n")
                .append("# consonant letter x, consonant letter y, similarity s(x, y). Generated from the shipped CC0\n")
                .append("# Wikidata name pairs and the world-cities names (CC BY 4.0, attribution in\n")
                .append("# org/sahifa/entities/gazetteer/world-cities.LICENSE.txt) by SpellingAlternationsTest.main.\n");
        new TreeMap<>(consonants).forEach((k, s) -> sb.append(line("", k, s)));
        sb.append("# Word-final consonants by what stands before them: context, x, y, min(r(x → y), r(y → x)) with\n")
                .append("# r(x → y) = Σ_L P(L | x) P(y | L) over the Latin consonants L written with a final x.\n");
        for (FinalContext c : FinalContext.values()) {
            new TreeMap<>(finals.get(c)).forEach((k, s) -> sb.append(line(c.label + '\t', k, s)));
        }
        sb.append("# Vowel groups (the letters between two consonants, - for none) by place (decision 0143): place,\n")
                .append("# x, y, min(r(x → y), r(y → x)) with r(x → y) = Σ_L P(L | x) P(y | L) over the Latin vowel groups L.\n");
        for (VowelPlace v : VowelPlace.values()) {
            new TreeMap<>(vowels.get(v)).forEach((k, s) -> sb.append(line(v.label + '\t', k, s)));
        }
        return sb.toString();
    }

    private static String line(String prefix, String pair, double s) {
        String[] xy = pair.split("\u0000", -1);
        return prefix + orDash(xy[0]) + '\t' + orDash(xy[1]) + '\t' + String.format(Locale.ROOT, "%.4f", s) + '\n';
    }

    private static String orDash(String group) {
        return group.isEmpty() ? "-" : group;
    }

    private static String fromDash(String group) {
        return group.equals("-") ? "" : group;
    }

    /** Reads a table written by {@link #toText}. */
    static SpellingAlternations read(InputStream in, String name) throws IOException {
        Map<String, Double> consonants = new HashMap<>();
        Map<FinalContext, Map<String, Double>> finals = new java.util.EnumMap<>(FinalContext.class);
        for (FinalContext c : FinalContext.values()) {
            finals.put(c, new HashMap<>());
        }
        Map<VowelPlace, Map<String, Double>> vowels = new java.util.EnumMap<>(VowelPlace.class);
        for (VowelPlace v : VowelPlace.values()) {
            vowels.put(v, new HashMap<>());
        }
        TsvTable.rows(in, name, (fields, line, place) -> {
            String[] f = fields;
            Map<String, Double> into = f.length == 3 ? consonants : null;
            boolean groups = false;
            for (FinalContext c : FinalContext.values()) {
                if (f.length == 4 && f[0].equals(c.label)) {
                    into = finals.get(c);
                    f = java.util.Arrays.copyOfRange(f, 1, 4);
                }
            }
            for (VowelPlace v : VowelPlace.values()) {
                if (f.length == 4 && f[0].equals(v.label)) {
                    into = vowels.get(v);
                    f = java.util.Arrays.copyOfRange(f, 1, 4);
                    groups = true;
                }
            }
            double s;
            try {
                s = into != null && (groups || f[0].length() == 1 && f[1].length() == 1) ? Double.parseDouble(f[2])
                        : Double.NaN;
            } catch (NumberFormatException e) {
                s = Double.NaN;
            }
            if (!(s > 0 && s <= 1)) {
                throw new IOException(place + ": expected «[final-after-vowel|final-after-consonant|vowel-initial|"
                        + "vowel-medial|vowel-final TAB] letter TAB letter TAB value in (0, 1]», got «" + line + "»");
            }
            into.put(groups ? pairKey(fromDash(f[0]), fromDash(f[1])) : pairKey(f[0], f[1]), s);
        });
        return new SpellingAlternations(consonants, finals, vowels);
    }
}
