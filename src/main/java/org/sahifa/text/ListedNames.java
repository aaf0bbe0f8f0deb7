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
 * <li><b>listed together</b> (decision 0051): two Arabic spellings with the same name key and the same ending that
 *     the lists give for one Latin name once its spellings are {@linkplain LatinFolding#LETTERS folded}
 *     (David, Dávid, Dawid: دافيد, دايفيد, ديفيد; Daniel, Daniyal: دانيال, دانييل) and that the letter rules keep
 *     apart — a different written vowel letter, an ا next to ي, a final س / ز after a vowel, ج / خ: the lists show
 *     them as one name.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ListedNames {

    static final String RESOURCE = "/org/sahifa/text/names/listed-names.tsv";
    private static final String EXONYM = "exonym";
    private static final String APART = "apart";
    private static final String TOGETHER = "together";

    /** No lists: nothing known. */
    static final ListedNames NONE = new ListedNames(Map.of(), Set.of(), Set.of());

    /**
     * How far two Latin spellings are folded before they count as one name for {@linkplain #listedTogether listed
     * together} (each level includes the ones before). Measured on the variant and confusable sets (decision 0051):
     * {@link #LETTERS} is the shipped one; {@link #SOUNDS} also joins لويس / لويز (Luis, Luiz) and فرانز / فرانس.
     */
    enum LatinFolding {
        /** Case and accents (the normaliser's): Dávid = David. */
        ACCENTS,
        /** Also w = v, y = i and a doubled letter = one: Dawid = David, Danyel = Daniel, Daniell = Daniel. */
        LETTERS,
        /** Also ph = f, c k q = k, z = s, j = i, h left out: Luiz = Luis, Franz = Frans. */
        SOUNDS,
        /** Also every run of vowels one vowel: Simon = Saimon = Seimone. */
        SKELETON;

        /** The folded form of a normalised Latin word. */
        String fold(String latin) {
            if (this == ACCENTS) {
                return latin;
            }
            String s = latin.replace('w', 'v').replace('y', 'i');
            if (compareTo(SOUNDS) >= 0) {
                s = s.replace("ph", "f").replace("ck", "k").replace('c', 'k').replace('q', 'k').replace('z', 's')
                        .replace('j', 'i').replace("h", "");
            }
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean vowel = "aeiou".indexOf(c) >= 0;
                if (this == SKELETON && vowel) {
                    c = 'a';
                }
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                    sb.append(c); // a doubled letter is one
                }
            }
            return sb.toString();
        }
    }

    private final Map<String, Set<String>> exonyms;
    private final Set<String> apart;
    private final Set<String> together;

    private ListedNames(Map<String, Set<String>> exonyms, Set<String> apart, Set<String> together) {
        this.exonyms = exonyms;
        this.apart = apart;
        this.together = together;
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

    /**
     * True when the lists give the two normalised Arabic spellings for one Latin name (folded) though the letter
     * rules keep them apart: دافيد / ديفيد (David, Dávid, Dawid).
     */
    public boolean listedTogether(String normalizedA, String normalizedB) {
        return together.contains(pairKey(normalizedA, normalizedB));
    }

    /** How many pairs are listed together (for reports). */
    int togetherCount() {
        return together.size();
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
        return learn(personWords, places, letterVariants, LatinFolding.LETTERS);
    }

    /** {@link #learn(List, List, BiPredicate)} with the Latin spellings folded as {@code folding} says. */
    static ListedNames learn(List<String[]> personWords, List<String[]> places,
                             BiPredicate<String, String> letterVariants, LatinFolding folding) {
        Map<String, Set<String>> exonyms = new HashMap<>();
        for (String[] p : places) {
            String latin = ArabicNormalizer.normalize(p[0]).strip();
            String arabic = ArabicNormalizer.normalize(p[1]).strip();
            if (!latin.isEmpty() && !arabic.isEmpty() && NameShape.of(latin).latin && !NameShape.of(arabic).latin
                    && !letterVariants.test(latin, arabic)) {
                exonyms.computeIfAbsent(latin, k -> new TreeSet<>()).add(arabic);
            }
        }
        List<String[]> all = new ArrayList<>(personWords);
        all.addAll(places);
        Map<String, Set<String>> latinOf = latinOf(all);
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
        return new ListedNames(exonyms, apart, together(latinOf, letterVariants, folding));
    }

    /** For each one-word Arabic spelling (normalised) of {Latin, Arabic} pairs, the one-word Latin spellings given for it. */
    static Map<String, Set<String>> latinOf(List<String[]> pairs) {
        Map<String, Set<String>> latinOf = new HashMap<>();
        for (String[] p : pairs) {
            String latin = ArabicNormalizer.normalize(p[0]).strip();
            String arabic = ArabicNormalizer.normalize(p[1]).strip();
            if (latin.isEmpty() || arabic.isEmpty() || latin.indexOf(' ') >= 0 || arabic.indexOf(' ') >= 0
                    || !NameShape.of(latin).latin || NameShape.of(arabic).latin) {
                continue;
            }
            latinOf.computeIfAbsent(arabic, k -> new HashSet<>()).add(latin);
        }
        return latinOf;
    }

    /**
     * The pairs of Arabic spellings, at least 4 letters each, that the lists give for one folded Latin name, with the
     * same name key and the same ending, which the letter rules do not match.
     */
    private static Set<String> together(Map<String, Set<String>> latinOf, BiPredicate<String, String> letterVariants,
                                        LatinFolding folding) {
        Map<String, Set<String>> arabicOf = new HashMap<>();
        latinOf.forEach((arabic, latins) -> {
            if (arabic.length() >= 4) {
                for (String latin : latins) {
                    arabicOf.computeIfAbsent(folding.fold(latin), k -> new TreeSet<>()).add(arabic);
                }
            }
        });
        Set<String> together = new HashSet<>();
        for (Set<String> spellings : arabicOf.values()) {
            for (String a : spellings) {
                for (String b : spellings) {
                    if (a.compareTo(b) < 0 && NameKey.ofNormalized(a).equals(NameKey.ofNormalized(b))
                            && ending(a).equals(ending(b)) && !together.contains(pairKey(a, b))
                            && !letterVariants.test(a, b)) {
                        together.add(pairKey(a, b));
                    }
                }
            }
        }
        return together;
    }

    /** The vowel letters after the last consonant, a final ه as ا: روما / رومي and مورا / موراي end apart. */
    private static String ending(String arabic) {
        SpellingAlternations.Slots s = SpellingAlternations.Slots.of(arabic);
        String last = s.vowels().get(s.vowels().size() - 1);
        return last.equals(String.valueOf(HEH)) ? String.valueOf(ALEF) : last;
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

    /**
     * The table as text: {@code exonym<TAB>latin<TAB>arabic}, {@code apart<TAB>arabic<TAB>arabic} and
     * {@code together<TAB>arabic<TAB>arabic}, sorted.
     */
    String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("# What the shipped bilingual name lists say where letters cannot (ListedNames, decision 0049).\n")
                .append("# exonym: a world-cities place whose Arabic name does not follow its Latin letters;\n")
                .append("# apart: two Arabic spellings one vowel letter apart that the lists give for Latin names\n")
                .append("# differing in the same place; together (decision 0051): two Arabic spellings the lists give\n")
                .append("# for one folded Latin name that the letter rules keep apart. Generated from the shipped CC0\n")
                .append("# Wikidata name words and the world-cities names (CC BY 4.0, attribution in\n")
                .append("# org/sahifa/entities/gazetteer/world-cities.LICENSE.txt)\n")
                .append("# by ListedNamesTest.main.\n");
        new TreeMap<>(exonyms).forEach((l, as) -> as.forEach(a -> sb.append(EXONYM).append('\t').append(l)
                .append('\t').append(a).append('\n')));
        new TreeSet<>(apart).forEach(p -> sb.append(APART).append('\t').append(p).append('\n'));
        new TreeSet<>(together).forEach(p -> sb.append(TOGETHER).append('\t').append(p).append('\n'));
        return sb.toString();
    }

    /** Reads a table written by {@link #toText}. */
    static ListedNames read(InputStream in, String name) throws IOException {
        Map<String, Set<String>> exonyms = new HashMap<>();
        Set<String> apart = new HashSet<>();
        Set<String> together = new HashSet<>();
        TsvTable.rows(in, name, (f, line, place) -> {
            if (f.length == 3 && f[0].equals(EXONYM) && !f[1].isEmpty() && !f[2].isEmpty()) {
                exonyms.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
            } else if (f.length == 3 && f[0].equals(APART) && !f[1].isEmpty() && !f[2].isEmpty()) {
                apart.add(pairKey(f[1], f[2]));
            } else if (f.length == 3 && f[0].equals(TOGETHER) && !f[1].isEmpty() && !f[2].isEmpty()) {
                together.add(pairKey(f[1], f[2]));
            } else {
                throw new IOException(place + ": expected «exonym TAB latin TAB arabic», «apart TAB arabic TAB "
                        + "arabic» or «together TAB arabic TAB arabic», got «" + line + "»");
            }
        });
        return new ListedNames(exonyms, apart, together);
    }
}
