package org.sahifa.text;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the shipped name pairs can tell a real variant that differs by a written vowel letter (دافيد / ديفيد,
 * سايمون / سيمون) from a confusable (باريس / بيريس, هانز / هاينز) without a list naming the pair (decision 0051).
 * For every pair of the development sets that the matcher rejects and whose consonants are equal with one vowel
 * group different, it prints two learned scores:
 * <ul>
 * <li>the <b>rewrite</b> probability r = min(Σ_L P(L | x, c) P(y | L, c), the reverse) of the two Arabic vowel
 *     groups x, y over the Latin vowel groups L the pairs write them for, in context c = the group's position (start,
 *     inside, end) and the consonant classes around it — as decision 0049 did for a final consonant;</li>
 * <li>the <b>pivot</b> score: over the Latin spellings the lists give one of the two, the least P(y | L) of the
 *     other's vowel groups where they differ (how likely a writer of that Latin name writes the other spelling).</li>
 * </ul>
 * Reads the shipped lists and the development sets, writes nothing.
 * {@code java -cp target/classes:target/test-classes:$CP org.sahifa.text.VowelEvidenceReport}
 */
public final class VowelEvidenceReport {

    private VowelEvidenceReport() {
    }

    /** Per context + Latin vowel group: how often each Arabic vowel group writes it. */
    private final Map<String, Map<String, Double>> written = new HashMap<>();
    private final Map<String, Set<String>> latinOf = new HashMap<>();

    public static void main(String[] args) throws IOException {
        VowelEvidenceReport r = new VowelEvidenceReport();
        r.learn(SpellingAlternationsTest.shippedPairs());
        NameMatcher m = NameMatcher.standard();
        System.out.println("set pair [groups]: rewrite by position, by position and neighbours; pivot");
        for (String part : List.of(NameMatchingEvaluationTest.VARIANTS[0], NameMatchingEvaluationTest.CONFUSABLES[0])) {
            for (List<String> row : NameMatchingEvaluationTest.read(part)) {
                for (int i = 0; i < row.size(); i++) {
                    for (int j = i + 1; j < row.size(); j++) {
                        String a = ArabicNormalizer.normalize(row.get(i)).strip();
                        String b = ArabicNormalizer.normalize(row.get(j)).strip();
                        SpellingAlternations.Slots sa = SpellingAlternations.Slots.of(a);
                        SpellingAlternations.Slots sb = SpellingAlternations.Slots.of(b);
                        int gap = oneGapApart(sa, sb);
                        if (gap < 0 || a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0 || NameShape.of(a).latin
                                || NameShape.of(b).latin || m.isVariant(a, b)) {
                            continue;
                        }
                        String x = vowels(sa.vowels().get(gap));
                        String y = vowels(sb.vowels().get(gap));
                        System.out.printf("%s %s | %s [%s/%s]: %.3f, %.3f; %.3f%n", part.contains("conf") ? "C" : "V",
                                a, b, x, y, r.rewrite(context(sa, gap, false), x, y),
                                r.rewrite(context(sa, gap, true), x, y), Math.max(r.pivot(a, sb), r.pivot(b, sa)));
                    }
                }
            }
        }
    }

    private void learn(List<String[]> pairs) {
        latinOf.putAll(ListedNames.latinOf(pairs));
        latinOf.forEach((arabic, latins) -> {
            SpellingAlternations.Slots a = SpellingAlternations.Slots.of(arabic);
            for (String latin : latins) {
                SpellingAlternations.Slots l = SpellingAlternations.Slots.of(latin);
                if (!sameClasses(l, a)) {
                    continue;
                }
                for (int i = 0; i < a.vowels().size(); i++) {
                    for (boolean neighbours : new boolean[] {false, true}) {
                        written.computeIfAbsent(context(a, i, neighbours) + '|' + latinVowels(l.vowels().get(i)),
                                k -> new HashMap<>()).merge(vowels(a.vowels().get(i)), 1.0, Double::sum);
                    }
                }
            }
        });
    }

    private static boolean sameClasses(SpellingAlternations.Slots l, SpellingAlternations.Slots a) {
        int n = l.consonants().length();
        if (n == 0 || n != a.consonants().length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (NameShape.consonantClass(l.consonants().charAt(i)) != NameShape.consonantClass(a.consonants().charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The one vowel group (as vowel letters) in which two spellings with equal consonants differ; -1 otherwise. */
    private static int oneGapApart(SpellingAlternations.Slots a, SpellingAlternations.Slots b) {
        if (!a.consonants().equals(b.consonants())) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < a.vowels().size(); i++) {
            if (!vowels(a.vowels().get(i)).equals(vowels(b.vowels().get(i)))) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static String context(SpellingAlternations.Slots a, int i, boolean neighbours) {
        int n = a.consonants().length();
        String pos = i == 0 ? "start" : i == n ? "end" : "inside";
        if (!neighbours) {
            return pos;
        }
        char before = i > 0 ? NameShape.consonantClass(a.consonants().charAt(i - 1)) : '^';
        char after = i < n ? NameShape.consonantClass(a.consonants().charAt(i)) : '$';
        return pos + before + after;
    }

    private double rewrite(String context, String x, String y) {
        return Math.min(rewriteOneWay(context, x, y), rewriteOneWay(context, y, x));
    }

    /** Σ_L P(L | x, c) P(y | L, c). */
    private double rewriteOneWay(String context, String x, String y) {
        double xs = 0;
        double sum = 0;
        for (Map.Entry<String, Map<String, Double>> e : written.entrySet()) {
            if (e.getKey().startsWith(context + '|')) {
                xs += e.getValue().getOrDefault(x, 0.0);
            }
        }
        for (Map.Entry<String, Map<String, Double>> e : written.entrySet()) {
            double cx = e.getKey().startsWith(context + '|') ? e.getValue().getOrDefault(x, 0.0) : 0;
            if (cx > 0) {
                sum += cx / xs * share(e.getValue(), y);
            }
        }
        return sum;
    }

    /** Over the Latin spellings the lists give {@code a}: the least P(other's group | Latin group) where they differ. */
    private double pivot(String a, SpellingAlternations.Slots other) {
        SpellingAlternations.Slots sa = SpellingAlternations.Slots.of(a);
        double best = 0;
        for (String latin : latinOf.getOrDefault(a, Set.of())) {
            SpellingAlternations.Slots l = SpellingAlternations.Slots.of(latin);
            if (l.consonants().length() != sa.consonants().length()) {
                continue;
            }
            double least = 1;
            for (int i = 0; i < sa.vowels().size(); i++) {
                String y = vowels(other.vowels().get(i));
                if (!vowels(sa.vowels().get(i)).equals(y)) {
                    Map<String, Double> w = written.get(context(sa, i, false) + '|' + latinVowels(l.vowels().get(i)));
                    least = Math.min(least, w == null ? 0 : share(w, y));
                }
            }
            best = Math.max(best, least);
        }
        return best;
    }

    private static double share(Map<String, Double> counts, String y) {
        double total = 0;
        for (double c : counts.values()) {
            total += c;
        }
        return total == 0 ? 0 : counts.getOrDefault(y, 0.0) / total;
    }

    /** The vowel letters ا و ي of an Arabic vowel group. */
    private static String vowels(String gap) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == 'ا' || c == 'و' || c == 'ي') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The vowels of a Latin group, y as i and w as u, a repeated one once. */
    private static String latinVowels(String gap) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i) == 'y' ? 'i' : gap.charAt(i) == 'w' ? 'u' : gap.charAt(i);
            if ("aeiou".indexOf(c) >= 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
