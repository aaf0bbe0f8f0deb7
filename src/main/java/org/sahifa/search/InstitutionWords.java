package org.sahifa.search;

import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of institutions' names the press translates (decision 0192): the head nouns of {@code
 * institution-heads.txt} (University → «جامعة», Centre → «مركز»; a small list by category) and the other English words
 * of the English-names list's translated names, each with the Arabic word it stands for, <b>learned</b> from the
 * list's aligned English–Arabic names by competitive linking (Melamed 2000): over all the list's names, an English and
 * an Arabic word that occur in the same names score by Dice's coefficient; in each name the best-scoring pairs are
 * linked one to one, best first; a word's translations are the Arabic words it is linked with at least half as often
 * as with its likeliest one, and a word of several names only when linked in {@value #MIN_LINKS} of them (a line of
 * the list, with its English and Arabic aliases, counts once) (General →
 * «العامة» from «الهيئة العامة للطيران المدني» and «الجمعية العامة»; Science → «العلوم»); between links of equal score,
 * the words at the nearer places of their names are linked first. Arabic words are normalised and read without the conjunction و and the prepositions ل and ب before the
 * article («للعلوم» → «العلوم»). Immutable and thread-safe; built once.
 */
final class InstitutionWords {

    static final String HEADS = "/org/sahifa/search/institution-heads.txt";
    private static final String ARTICLE = "\u0627\u0644";
    /** English words that join a name's words and are not translated as words of their own. */
    static final Set<String> JOINERS = Set.of("of", "for", "the", "and", "on", "in", "to", "a", "an", "at", "by");

    /** A word of several names is translated only by a word it is linked with in this many names. */
    static final int MIN_LINKS = 2;

    private final Map<String, List<String>> heads;
    private final Map<String, List<String>> words;
    private final Function<String, List<String>> more;

    InstitutionWords(Map<String, List<String>> heads, Map<String, List<String>> words) {
        this(heads, words, key -> List.of());
    }

    private InstitutionWords(Map<String, List<String>> heads, Map<String, List<String>> words,
                             Function<String, List<String>> more) {
        this.heads = heads;
        this.words = words;
        this.more = more;
    }

    /**
     * These heads and learned words, and for a word that is neither a head nor learned the translations {@code more}
     * gives (normalised, with the article; decision 0216's dictionary words the library writes).
     */
    InstitutionWords withMore(Function<String, List<String>> more) {
        return new InstitutionWords(heads, words, more);
    }

    private static final class Holder {
        static final Map<String, List<String>> HEAD_WORDS = heads(EnglishNames.lines(HEADS));
        static final InstitutionWords STANDARD = new InstitutionWords(HEAD_WORDS,
                learn(EnglishNames.standard(), HEAD_WORDS));
    }

    /** The shipped heads and the words learned from the shipped English-names list. */
    static InstitutionWords standard() {
        return Holder.STANDARD;
    }

    /** The normalised Arabic heads, without the article, of the English head word {@code key}; empty if none. */
    List<String> head(String key) {
        return heads.getOrDefault(key, List.of());
    }

    /** The normalised Arabic words (with the article where the list writes it) the English word stands for. */
    List<String> translations(String key) {
        List<String> learned = words.getOrDefault(key, List.of());
        return !learned.isEmpty() || heads.containsKey(key) ? learned : more.apply(key);
    }

    /** Reads heads in the shipped format {@code English | English ... = Arabic | Arabic ...}. */
    static Map<String, List<String>> heads(List<String> lines) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("=");
            if (parts.length != 2) {
                continue;
            }
            List<String> arabic = new ArrayList<>();
            for (String a : parts[1].split("\\|")) {
                String n = ArabicNormalizer.normalize(a).strip();
                if (!n.isEmpty()) {
                    arabic.add(n);
                }
            }
            for (String e : parts[0].split("\\|")) {
                String k = EnglishNames.key(e);
                if (!k.isEmpty() && !arabic.isEmpty()) {
                    out.put(k, List.copyOf(arabic));
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The English words of a key that are translated (not {@link #JOINERS}). */
    static List<String> contentWords(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) {
            if (!w.isEmpty() && !JOINERS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The normalised Arabic words of a name, read without و, ل and ب before the article. */
    static List<String> arabicWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : ArabicNormalizer.normalize(name).strip().split("\\s+")) {
            if (w.length() > 4 && w.startsWith("\u0648" + ARTICLE)) {
                w = w.substring(1);
            } else if (w.length() > 3 && w.startsWith("\u0644\u0644")) {
                w = ARTICLE + w.substring(2);
            } else if (w.length() > 4 && w.startsWith("\u0628" + ARTICLE)) {
                w = w.substring(1);
            }
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A relative adjective with the article in its masculine form («السعودية» → «السعودي»), other words as they are. */
    static String masculine(String word) {
        return word.startsWith(ARTICLE) && word.endsWith("\u064a\u0647") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Word translations learned from the aligned names of {@code english} by competitive linking; the words of
     * {@code heads} are linked with their Arabic heads first and not translated otherwise.
     */
    static Map<String, List<String>> learn(EnglishNames english, Map<String, List<String>> heads) {
        // the aligned names: every English name of two words or more with each Arabic name of about as many words
        Map<List<List<String>>, List<List<String>>> unique = new LinkedHashMap<>();
        Map<String, Set<String>> written = new HashMap<>(); // a masculine form and the forms the list writes
        List<String> keys = new ArrayList<>(english.keys());
        Collections.sort(keys);
        for (String key : keys) {
            List<String> e = contentWords(key);
            if (e.size() < 2) {
                continue;
            }
            List<String> sorted = new ArrayList<>(e);
            Collections.sort(sorted);
            for (String name : english.arabicOf(key)) {
                List<String> a = new ArrayList<>();
                for (String w : arabicWords(name)) {
                    a.add(masculine(w));
                    written.computeIfAbsent(masculine(w), k -> new LinkedHashSet<>()).add(w);
                }
                if (Math.abs(a.size() - e.size()) <= 1) {
                    // the third part names the list's line (its Arabic names): a link counts once per line
                    unique.putIfAbsent(List.of(sorted, a), List.of(e, a, english.arabicOf(key)));
                }
            }
        }
        List<List<List<String>>> pairs = new ArrayList<>(unique.values());
        Map<String, Integer> ce = new HashMap<>();
        Map<String, Integer> ca = new HashMap<>();
        Map<String, Integer> cea = new HashMap<>();
        for (List<List<String>> p : pairs) {
            Set<String> es = new HashSet<>(p.get(0));
            Set<String> as = new HashSet<>(p.get(1));
            es.forEach(e -> ce.merge(e, 1, Integer::sum));
            as.forEach(a -> ca.merge(a, 1, Integer::sum));
            for (String e : es) {
                for (String a : as) {
                    cea.merge(e + "\u0000" + a, 1, Integer::sum);
                }
            }
        }
        Map<String, Map<String, Set<List<String>>>> links = new HashMap<>();
        for (List<List<String>> p : pairs) {
            List<String[]> candidates = new ArrayList<>();
            List<String> en = p.get(0);
            List<String> ar = p.get(1);
            for (String e : new LinkedHashSet<>(en)) {
                for (String a : new LinkedHashSet<>(ar)) {
                    candidates.add(new String[] {e, a});
                }
            }
            // best score first; between equal scores, the words at the nearer places of their names
            candidates.sort(Comparator.comparingDouble((String[] c) -> -dice(c[0], c[1], ce, ca, cea))
                    .thenComparingDouble(c -> Math.abs(place(en, c[0]) - place(ar, c[1])))
                    .thenComparing(c -> c[0]).thenComparing(c -> c[1]));
            Set<String> linkedE = new HashSet<>();
            Set<String> linkedA = new HashSet<>();
            // a head word of the heads list is linked with its Arabic head first
            for (String e : en) {
                for (String h : heads.getOrDefault(e, List.of())) {
                    for (String a : ar) {
                        if (!linkedE.contains(e) && !linkedA.contains(a) && (a.equals(h) || a.equals(ARTICLE + h))) {
                            linkedE.add(e);
                            linkedA.add(a);
                        }
                    }
                }
            }
            for (String[] c : candidates) {
                if (!linkedE.contains(c[0]) && !linkedA.contains(c[1])) {
                    linkedE.add(c[0]);
                    linkedA.add(c[1]);
                    links.computeIfAbsent(c[0], k -> new LinkedHashMap<>())
                            .computeIfAbsent(c[1], k -> new HashSet<>()).add(p.get(2));
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        links.forEach((e, linked) -> {
            if (heads.containsKey(e)) {
                return;
            }
            Map<String, Integer> as = new LinkedHashMap<>();
            linked.forEach((a, lines) -> as.put(a, lines.size()));
            int best = Collections.max(as.values());
            int least = ce.get(e) > 1 ? MIN_LINKS : 1; // a word of several names linked once: no evidence
            List<String> t = new ArrayList<>();
            as.entrySet().stream().filter(x -> 2 * x.getValue() > best && x.getValue() >= least)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .forEach(x -> t.addAll(written.get(x.getKey())));
            out.put(e, List.copyOf(t));
        });
        return Collections.unmodifiableMap(out);
    }

    /** The relative place (0 to 1) of {@code w} in {@code words}. */
    private static double place(List<String> words, String w) {
        return words.size() < 2 ? 0 : (double) words.indexOf(w) / (words.size() - 1);
    }

    private static double dice(String e, String a, Map<String, Integer> ce, Map<String, Integer> ca,
                               Map<String, Integer> cea) {
        return 2.0 * cea.getOrDefault(e + "\u0000" + a, 0) / (ce.get(e) + ca.get(a));
    }
}
