package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private final Map<String, Double> consonants;

    private SpellingAlternations(Map<String, Double> consonants) {
        this.consonants = consonants;
    }

    private static final class Holder {
        static final SpellingAlternations STANDARD = load();
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
        }
        return new SpellingAlternations(similarities(cons));
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
        new TreeMap<>(consonants).forEach((k, s) -> sb.append(line(k, s)));
        return sb.toString();
    }

    private static String line(String pair, double s) {
        String[] xy = pair.split("\u0000", -1);
        return xy[0] + '\t' + xy[1] + '\t' + String.format(Locale.ROOT, "%.4f", s) + '\n';
    }

    /** Reads a table written by {@link #toText}. */
    static SpellingAlternations read(InputStream in, String name) throws IOException {
        Map<String, Double> consonants = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                double s;
                try {
                    s = f.length == 3 && f[0].length() == 1 && f[1].length() == 1 ? Double.parseDouble(f[2]) : Double.NaN;
                } catch (NumberFormatException e) {
                    s = Double.NaN;
                }
                if (!(s > 0 && s <= 1)) {
                    throw new IOException(name + ", line " + lineNo
                            + ": expected «letter TAB letter TAB similarity in (0, 1]», got «" + line + "»");
                }
                consonants.put(pairKey(f[0], f[1]), s);
            }
        }
        return new SpellingAlternations(consonants);
    }

    private static SpellingAlternations load() {
        try (InputStream in = SpellingAlternations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
