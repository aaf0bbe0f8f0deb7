package org.sahifa.search;

import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * English words of institutions' names the English-names list does not translate (decision 0216): the Arabic words
 * two open wordnets give for the same Princeton WordNet synset ({@code english-arabic-words.tsv.gz}, built by {@code
 * scripts/build-english-arabic-words.py} from Arabic WordNet and Wiktionary through the Open Multilingual Wordnet, CC
 * BY-SA 3.0): culture → «ثقافة», «حضارة»; art → «فن», «فنون»; youth → «شباب». A dictionary gives a word's senses, not
 * the one a body's name means, so {@link #inLibrary} keeps only the few the library writes most (with the article, as
 * a word of a name), and a phrase composed from them is still searched only where the library writes it whole
 * ({@link InstitutionNames#confirmed}). An English plural is read by its singular when the dictionary lacks it (arts →
 * art). Immutable and thread-safe; read once.
 */
final class InstitutionDictionary {

    static final String RESOURCE = "/org/sahifa/search/english-arabic-words.tsv.gz";
    /** At most this many of a word's translations, the ones the library writes most, are composed. */
    static final int MAX_TRANSLATIONS = 2;
    private static final String ARTICLE = "\u0627\u0644";

    private final Map<String, List<String>> nouns;
    private final Map<String, List<String>> adjectives;

    InstitutionDictionary(Map<String, List<String>> nouns, Map<String, List<String>> adjectives) {
        this.nouns = nouns;
        this.adjectives = adjectives;
    }

    private static final class Holder {
        static final InstitutionDictionary STANDARD = read(EnglishNames.lines(RESOURCE));
    }

    /** The shipped dictionary. */
    static InstitutionDictionary standard() {
        return Holder.STANDARD;
    }

    /** Reads lines {@code english TAB n|a TAB arabic TAB arabic ...}; Arabic words normalised. */
    static InstitutionDictionary read(List<String> lines) {
        Map<String, List<String>> n = new HashMap<>();
        Map<String, List<String>> a = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\t");
            if (p.length < 3 || !(p[1].equals("n") || p[1].equals("a"))) {
                continue;
            }
            Set<String> arabic = new LinkedHashSet<>();
            for (int k = 2; k < p.length; k++) {
                String w = ArabicNormalizer.normalize(p[k]).strip();
                if (!w.isEmpty() && w.indexOf(' ') < 0) {
                    arabic.add(w);
                }
            }
            (p[1].equals("a") ? a : n).put(p[0], List.copyOf(arabic));
        }
        return new InstitutionDictionary(Collections.unmodifiableMap(n), Collections.unmodifiableMap(a));
    }

    /**
     * The normalised Arabic words of an English word (a key of {@link EnglishNames#key}), without the article: its
     * adjective and its noun senses, the adjective ones first when it reads as an adjective by its ending (national,
     * islamic); a plural also by its singular (arts → art, studies → study). Empty when the dictionary has none. An
     * English word before a head may be either (Military Hospital, Water Company): the library decides.
     */
    List<String> of(String english) {
        for (String w : forms(english)) {
            boolean adjective = w.matches(".*(al|ic|an|ish|ese|i)");
            Set<String> out = new LinkedHashSet<>((adjective ? adjectives : nouns).getOrDefault(w, List.of()));
            out.addAll((adjective ? nouns : adjectives).getOrDefault(w, List.of()));
            if (!out.isEmpty()) {
                return List.copyOf(out);
            }
        }
        return List.of();
    }

    /** The word as typed, then its singular when it ends in -ies or -s. */
    private static List<String> forms(String english) {
        List<String> out = new ArrayList<>(List.of(english));
        if (english.length() > 4 && english.endsWith("ies")) {
            out.add(english.substring(0, english.length() - 3) + "y");
        } else if (english.length() > 3 && english.endsWith("s") && !english.endsWith("ss")) {
            out.add(english.substring(0, english.length() - 1));
        }
        return out;
    }

    /**
     * The translations of {@code english} with the article («الثقافه») that the library writes in at least {@code
     * least} articles ({@code articles}: the articles writing a normalised word), the {@value #MAX_TRANSLATIONS} it
     * writes most, most first.
     */
    List<String> inLibrary(String english, ToLongFunction<String> articles, long least) {
        List<String> words = new ArrayList<>();
        Map<String, Long> counts = new HashMap<>();
        for (String w : of(english)) {
            String definite = w.startsWith(ARTICLE) ? w : ARTICLE + w;
            if (counts.containsKey(definite)) {
                continue;
            }
            long c = articles.applyAsLong(definite);
            counts.put(definite, c);
            if (c >= least) {
                words.add(definite);
            }
        }
        words.sort(Comparator.comparingLong((String w) -> -counts.get(w)));
        return List.copyOf(words.subList(0, Math.min(MAX_TRANSLATIONS, words.size())));
    }

    /**
     * The phrases the library writes for the English name of {@code key} ({@link InstitutionNames#confirmed}) as the
     * learned vocabulary composes them, and then as composed with this dictionary's translations, the library's
     * likeliest, of the words the vocabulary does not translate (read as names the first time: Naif is a name, and
     * a word in the dictionary too). The second composition is tried only when the dictionary translates a word.
     */
    List<String> confirmed(QueryIndex index, String key, InstitutionWords vocabulary,
                           Function<String, EnglishNames.Title> titles, Function<String, List<String>> spellings) {
        List<String> out = new ArrayList<>(InstitutionNames.confirmed(index, key, vocabulary, titles, spellings));
        if (InstitutionNames.headAt(List.of(key.split(" ")), vocabulary) < 0) {
            return out;
        }
        Map<String, List<String>> more = new HashMap<>();
        for (String w : InstitutionWords.contentWords(key)) {
            if (vocabulary.translations(w).isEmpty() && vocabulary.head(w).isEmpty() && titles.apply(w) == null) {
                List<String> t = inLibrary(w, index::writtenArticles, InstitutionNames.MIN_ARTICLES);
                if (!t.isEmpty()) {
                    more.put(w, t);
                }
            }
        }
        if (more.isEmpty()) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>(out);
        for (String phrase : InstitutionNames.confirmed(index, key,
                vocabulary.withMore(w -> more.getOrDefault(w, List.of())), titles, spellings)) {
            if (seen.add(phrase)) {
                out.add(phrase);
            }
        }
        return List.copyOf(out);
    }
}
