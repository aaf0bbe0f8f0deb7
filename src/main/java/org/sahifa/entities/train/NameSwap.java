package org.sahifa.entities.train;

import com.ibm.icu.util.ULocale;
import org.sahifa.entities.gazetteer.BundledLists;
import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.NameFold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Training-data augmentation (issue 13): copies of training sentences whose person and place names are replaced by
 * other names from the lists the project ships (arabic-names MIT, Sahifa's own given/family-name lists, Wikidata
 * person-name words CC0, world-cities CC BY, ICU region names), so that the model sees each context with names it
 * cannot have memorised. A name keeps its number of words and the proclitics of its first word (وبموسكو →
 * وب + another place) when the bare word is also a name in the corpus. Organisations and other names stay.
 */
public final class NameSwap {


    private final List<String> given = new ArrayList<>();
    private final List<String> family = new ArrayList<>();
    private final List<String> wikidata = new ArrayList<>();
    private final Map<Integer, List<String[]>> places = new HashMap<>();
    private final Set<String> nameWords;
    private final Set<String> classes;

    private NameSwap(Set<String> nameWords, Set<String> classes) {
        this.nameWords = nameWords;
        this.classes = Set.copyOf(classes);
    }

    /** {@link #standard(List, Set)} for persons and places. */
    public static NameSwap standard(List<ConllCorpus.Sentence> corpus) {
        return standard(corpus, Set.of("PERS", "LOC"));
    }

    /**
     * Lists from the bundled resources; {@code corpus} tells which first words of names are a clitic + a name seen
     * bare elsewhere in it; names of the CoNLL {@code classes} (PERS, LOC) are replaced.
     */
    public static NameSwap standard(List<ConllCorpus.Sentence> corpus, Set<String> classes) {
        Set<String> bare = new HashSet<>();
        for (ConllCorpus.Sentence s : corpus) {
            for (int i = 0; i < s.tokens().size(); i++) {
                if (!s.tags().get(i).equals("O")) {
                    bare.add(NameFold.fold(s.tokens().get(i)));
                }
            }
        }
        NameSwap n = new NameSwap(bare, classes);
        Set<String> excluded = new HashSet<>();
        for (String l : BundledLists.lines("given-name-exclusions.txt")) {
            excluded.add(NameFold.fold(first(l)));
        }
        for (String f : List.of("male-first-names-in-arabic.txt", "female-first-names-in-arabic.txt",
                "more-given-names-in-arabic.txt", "foreign-given-names.txt")) {
            for (String l : BundledLists.lines(f)) {
                    String w = first(l);
                if (!excluded.contains(NameFold.fold(w)) && !w.contains(" ")) {
                    n.given.add(w);
                }
            }
        }
        for (String f : List.of("last-names-in-arabic.txt", "foreign-family-names.txt")) {
            for (String l : BundledLists.lines(f)) {
                String w = first(l);
                if (!w.contains(" ")) {
                    n.family.add(w);
                }
            }
        }
        for (String l : BundledLists.lines("wikidata-name-words.tsv.gz")) {
            String[] c = l.split("\t");
            if (c.length >= 3 && Integer.parseInt(c[2].strip()) >= 2 && !c[0].isBlank()) {
                n.wikidata.add(c[0].strip());
            }
        }
        Set<String> seen = new HashSet<>();
        for (String l : BundledLists.lines("world-cities.csv")) {
            String[] c = BundledLists.parseCsv(l);
            if (c.length >= 4) {
                n.addPlace(c[2].strip(), seen);
                n.addPlace(c[0].strip(), seen);
            }
        }
        for (String l : BundledLists.lines("places.txt")) {
            n.addPlace(first(l), seen);
        }
        for (String region : ULocale.getISOCountries()) {
            n.addPlace(new ULocale("", region).getDisplayCountry(new ULocale("ar")), seen);
        }
        return n;
    }

    private void addPlace(String name, Set<String> seen) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c == ' ' || Character.isLetter(c)) || !seen.add(name)
                || name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
            return;
        }
        String[] words = name.split(" +");
        places.computeIfAbsent(words.length, k -> new ArrayList<>()).add(words);
    }

    private static String first(String line) {
        int bar = line.indexOf('|');
        return (bar < 0 ? line : line.substring(0, bar)).strip();
    }

    /**
     * {@code copies} copies of each sentence that names a person or a place, interleaved after it (so that
     * contiguous folds keep a sentence and its copies together); sentences without such names are kept once. In
     * each copy of the corpus one name has one replacement wherever it is written, and a person's family name
     * written alone is replaced by the family name of the full name's replacement, so that a text repeats its
     * new names as it repeated the old ones.
     */
    public List<ConllCorpus.Sentence> augment(List<ConllCorpus.Sentence> sentences, int copies, long seed) {
        Random random = new Random(seed);
        List<List<ConllCorpus.Sentence>> swapped = new ArrayList<>(copies);
        for (int c = 0; c < copies; c++) {
            Map<String, String[]> chosen = new HashMap<>();
            for (ConllCorpus.Sentence s : sentences) {
                for (Name name : names(s)) {
                    if (name.cls.equals("PERS") && name.words.length > 1) {
                        String[] r = chosen.computeIfAbsent(name.key(), k -> person(name.words.length, random));
                        chosen.putIfAbsent("PERS " + name.words[name.words.length - 1], new String[] {r[r.length - 1]});
                    }
                }
            }
            List<ConllCorpus.Sentence> copy = new ArrayList<>(sentences.size());
            for (ConllCorpus.Sentence s : sentences) {
                copy.add(swap(s, random, chosen));
            }
            swapped.add(copy);
        }
        List<ConllCorpus.Sentence> out = new ArrayList<>(sentences.size() * (copies + 1));
        for (int i = 0; i < sentences.size(); i++) {
            ConllCorpus.Sentence s = sentences.get(i);
            out.add(s);
            if (!names(s).isEmpty()) {
                for (List<ConllCorpus.Sentence> copy : swapped) {
                    out.add(copy.get(i));
                }
            }
        }
        return out;
    }

    /** A person or place name of a sentence: tokens {@code [from, to)}, its words folded, proclitics left out. */
    private record Name(String cls, int from, int to, String prefix, String[] words) {
        String key() {
            return cls + " " + String.join(" ", words);
        }
    }

    private List<Name> names(ConllCorpus.Sentence s) {
        List<Name> out = new ArrayList<>();
        int n = s.tokens().size();
        int i = 0;
        while (i < n) {
            String tag = s.tags().get(i);
            String cls = tag.length() > 2 ? tag.substring(2) : "";
            if (!tag.startsWith("B-") || !classes.contains(cls)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && s.tags().get(j).equals("I-" + cls)) {
                j++;
            }
            String prefix = proclitics(s.tokens().get(i));
            String[] words = new String[j - i];
            for (int k = i; k < j; k++) {
                words[k - i] = NameFold.fold(k == i ? s.tokens().get(k).substring(prefix.length()) : s.tokens().get(k));
            }
            out.add(new Name(cls, i, j, prefix, words));
            i = j;
        }
        return out;
    }

    /** {@link #swap(ConllCorpus.Sentence, Random, Map)} with replacements of its own. */
    ConllCorpus.Sentence swap(ConllCorpus.Sentence s, Random random) {
        return swap(s, random, new HashMap<>());
    }

    /**
     * The sentence with every person and place name replaced by a random one of the same number of words, or by
     * the replacement {@code chosen} already holds for it (the same name, written with or without proclitics).
     */
    private ConllCorpus.Sentence swap(ConllCorpus.Sentence s, Random random, Map<String, String[]> chosen) {
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int at = 0;
        for (Name name : names(s)) {
            for (; at < name.from; at++) {
                toks.add(s.tokens().get(at));
                tags.add(s.tags().get(at));
            }
            int words = name.words.length;
            String[] r = chosen.computeIfAbsent(name.key(),
                    x -> name.cls.equals("PERS") ? person(words, random) : place(words, random));
            if (r == null || r.length != words) {
                continue; // no replacement of that length: the name stays as written
            }
            for (int k = 0; k < words; k++) {
                toks.add(k == 0 ? name.prefix + r[k] : r[k]);
                tags.add((k == 0 ? "B-" : "I-") + name.cls);
            }
            at = name.to;
        }
        for (; at < s.tokens().size(); at++) {
            toks.add(s.tokens().get(at));
            tags.add(s.tags().get(at));
        }
        return new ConllCorpus.Sentence(List.copyOf(toks), List.copyOf(tags));
    }

    /** The proclitics of a name's first word: what is left of it before a reading that is a name word. */
    String proclitics(String word) {
        String fold = NameFold.fold(word);
        List<String> readings = Clitics.readings(fold);
        for (int r = readings.size() - 1; r > 0; r--) {
            String bare = readings.get(r);
            if (nameWords.contains(bare) && fold.endsWith(bare)) {
                return word.substring(0, fold.length() - bare.length());
            }
        }
        return "";
    }

    private String[] person(int words, Random random) {
        String[] out = new String[words];
        if (words == 1) {
            double r = random.nextDouble();
            out[0] = r < 0.5 ? pick(wikidata, random) : r < 0.75 ? pick(family, random) : pick(given, random);
            return out;
        }
        out[0] = pick(given, random);
        for (int k = 1; k < words - 1; k++) {
            out[k] = random.nextBoolean() ? pick(given, random) : pick(wikidata, random);
        }
        out[words - 1] = random.nextDouble() < 0.7 ? pick(wikidata, random) : pick(family, random);
        return out;
    }

    private String[] place(int words, Random random) {
        List<String[]> pool = places.get(words);
        return pool == null || pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    private static String pick(List<String> pool, Random random) {
        return pool.get(random.nextInt(pool.size()));
    }
}
