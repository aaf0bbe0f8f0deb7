package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * What the shipped bilingual name lists say about two spellings where letters cannot (decision 0049), learned from
 * them and shipped as a table ({@code names/listed-names.tsv}; a test learns it again and checks it is the same):
 * <ul>
 * <li><b>exonyms</b>: a place whose Arabic name does not follow its Latin letters (Geneva جنيف, Singapore
 *     سنغافورة, Switzerland سويسرا): the world-cities pairs that the matcher's letter rules do not match;</li>
 * <li><b>listed apart</b>: two Arabic spellings one vowel letter apart (باريس / بارس) that the lists give for
 *     Latin names which differ in the same place (Paris / Pars: every Latin writing of the longer spelling has a
 *     vowel there, none of the shorter one's has). A long vowel that one writer leaves out is an ordinary variant
 *     (كلينتون / كلنتون); here the lists show the vowel is part of one name and absent from the other.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ListedNames {

    static final String RESOURCE = "/org/sahifa/text/names/listed-names.tsv";
    private static final String EXONYM = "exonym";
    private static final String APART = "apart";

    /** No lists: nothing known. */
    static final ListedNames NONE = new ListedNames(Map.of(), Set.of());

    private final Map<String, Set<String>> exonyms;
    private final Set<String> apart;

    private ListedNames(Map<String, Set<String>> exonyms, Set<String> apart) {
        this.exonyms = exonyms;
        this.apart = apart;
    }

    private static final class Holder {
        static final ListedNames STANDARD = TsvTable.load(RESOURCE, ListedNames::read);
    }

    /** The table learned from the shipped Wikidata person-name words and world-cities names. */
    public static ListedNames standard() {
        return Holder.STANDARD;
    }

    /** The Arabic names (normalised) the lists give a normalised Latin place name whose letters they do not follow. */
    public Set<String> exonymsOf(String normalizedLatin) {
        return exonyms.getOrDefault(normalizedLatin, Set.of());
    }

    /** True when the lists show the two normalised Arabic spellings are different names. */
    public boolean listedApart(String normalizedA, String normalizedB) {
        return apart.contains(pairKey(normalizedA, normalizedB));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + '\t' + b : b + '\t' + a;
    }

    /**
     * Learns the table from {Latin, Arabic} pairs: {@code personWords} (the Wikidata name words) and {@code places}
     * (the world-cities names). {@code letterVariants} is the matcher's decision by letters alone: exonyms are the
     * places it does not match, and the "listed apart" pairs overrule it.
     */
    static ListedNames learn(List<String[]> personWords, List<String[]> places,
                             BiPredicate<String, String> letterVariants) {
        Map<String, Set<String>> exonyms = new HashMap<>();
        for (String[] p : places) {
            String latin = ArabicNormalizer.normalize(p[0]).strip();
            String arabic = ArabicNormalizer.normalize(p[1]).strip();
            if (!latin.isEmpty() && !arabic.isEmpty() && NameShape.of(latin).latin && !NameShape.of(arabic).latin
                    && !letterVariants.test(latin, arabic)) {
                exonyms.computeIfAbsent(latin, k -> new TreeSet<>()).add(arabic);
            }
        }
        Map<String, Set<String>> latinOf = new HashMap<>();
        List<String[]> all = new ArrayList<>(personWords);
        all.addAll(places);
        for (String[] p : all) {
            String latin = ArabicNormalizer.normalize(p[0]).strip();
            String arabic = ArabicNormalizer.normalize(p[1]).strip();
            if (latin.isEmpty() || arabic.isEmpty() || latin.indexOf(' ') >= 0 || arabic.indexOf(' ') >= 0
                    || !NameShape.of(latin).latin || NameShape.of(arabic).latin) {
                continue;
            }
            latinOf.computeIfAbsent(arabic, k -> new HashSet<>()).add(latin);
        }
        // candidates: Arabic spellings one vowel letter apart share a key
        Map<String, List<String>> byKey = new HashMap<>();
        for (String arabic : latinOf.keySet()) {
            byKey.computeIfAbsent(NameKey.ofNormalized(arabic), k -> new ArrayList<>()).add(arabic);
        }
        Set<String> apart = new HashSet<>();
        for (List<String> group : byKey.values()) {
            for (String a : group) {
                for (String b : group) {
                    if (a.length() == b.length() + 1 && latinShowsApart(a, b, latinOf) && letterVariants.test(a, b)) {
                        apart.add(pairKey(a, b));
                    }
                }
            }
        }
        return new ListedNames(exonyms, apart);
    }

    /**
     * True when two Arabic spellings one vowel letter apart are given by the lists for Latin names that differ in the
     * same place: every Latin writing of the longer one that lines up with it has a vowel there, and none of the
     * shorter one's has. (Consonants are not compared: Latin writes one sound with s or z, g or j by language.)
     */
    private static boolean latinShowsApart(String longer, String shorter, Map<String, Set<String>> latinOf) {
        int gap = leftOutVowelGap(longer, shorter);
        int n = SpellingAlternations.Slots.of(longer).consonants().length();
        return gap >= 0 && vowelThere(latinOf.get(longer), gap, n, true)
                && vowelThere(latinOf.get(shorter), gap, n, false);
    }

    /**
     * The vowel group before the last consonant or earlier ({@link SpellingAlternations.Slots}) where {@code longer}
     * writes one vowel letter that {@code shorter} leaves out, all else equal; -1 when they differ otherwise.
     */
    static int leftOutVowelGap(String longer, String shorter) {
        SpellingAlternations.Slots a = SpellingAlternations.Slots.of(longer);
        SpellingAlternations.Slots b = SpellingAlternations.Slots.of(shorter);
        int n = a.consonants().length();
        if (n < 2 || !a.consonants().equals(b.consonants())) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i <= n; i++) {
            String x = a.vowels().get(i);
            String y = b.vowels().get(i);
            if (x.equals(y)) {
                continue;
            }
            if (found >= 0 || i == n || !isOneVowelLetterMore(x, y)) {
                return -1;
            }
            found = i;
        }
        return found;
    }

    private static boolean isOneVowelLetterMore(String x, String y) {
        if (x.length() != y.length() + 1) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if ((c == ALEF || c == WAW || c == YEH) && (x.substring(0, i) + x.substring(i + 1)).equals(y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when at least one Latin writing lines up with the Arabic consonants and every one that does has a
     * vowel in vowel group {@code gap} ({@code wanted}) or none has ({@code !wanted}).
     */
    private static boolean vowelThere(Set<String> latins, int gap, int consonants, boolean wanted) {
        int aligned = 0;
        for (String latin : latins) {
            SpellingAlternations.Slots s = SpellingAlternations.Slots.of(latin);
            if (s.consonants().length() != consonants) {
                continue;
            }
            String v = s.vowels().get(gap);
            boolean vowel = false;
            for (int i = 0; i < v.length(); i++) {
                vowel |= "aeiouy".indexOf(v.charAt(i)) >= 0;
            }
            if (vowel != wanted) {
                return false;
            }
            aligned++;
        }
        return aligned > 0;
    }

    /** The table as text: {@code exonym<TAB>latin<TAB>arabic} and {@code apart<TAB>arabic<TAB>arabic}, sorted. */
    String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("# What the shipped bilingual name lists say where letters cannot (ListedNames, decision 0049).\n")
                .append("# exonym: a world-cities place whose Arabic name does not follow its Latin letters;\n")
                .append("# apart: two Arabic spellings one vowel letter apart that the lists give for Latin names\n")
                .append("# differing in the same place. Generated from the shipped CC0 Wikidata name words and the\n")
                .append("# world-cities names (CC BY 4.0, attribution in org/sahifa/entities/gazetteer/world-cities.LICENSE.txt)\n")
                .append("# by ListedNamesTest.main.\n");
        new TreeMap<>(exonyms).forEach((l, as) -> as.forEach(a -> sb.append(EXONYM).append('\t').append(l)
                .append('\t').append(a).append('\n')));
        new TreeSet<>(apart).forEach(p -> sb.append(APART).append('\t').append(p).append('\n'));
        return sb.toString();
    }

    /** Reads a table written by {@link #toText}. */
    static ListedNames read(InputStream in, String name) throws IOException {
        Map<String, Set<String>> exonyms = new HashMap<>();
        Set<String> apart = new HashSet<>();
        TsvTable.rows(in, name, (f, line, place) -> {
            if (f.length == 3 && f[0].equals(EXONYM) && !f[1].isEmpty() && !f[2].isEmpty()) {
                exonyms.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
            } else if (f.length == 3 && f[0].equals(APART) && !f[1].isEmpty() && !f[2].isEmpty()) {
                apart.add(pairKey(f[1], f[2]));
            } else {
                throw new IOException(place + ": expected «exonym TAB latin TAB arabic» or «apart TAB arabic TAB "
                        + "arabic», got «" + line + "»");
            }
        });
        return new ListedNames(exonyms, apart);
    }
}
