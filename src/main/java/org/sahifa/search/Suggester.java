package org.sahifa.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.analysis.NameKeyTerms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Completions while typing (decision 0164): only names and name phrases the library really writes, never two
 * unrelated words. They come from three places, all precomputed or what the search itself works out: the names the
 * recogniser tagged in the library that start with the typed text (also after the article: «حوثي» offers «الحوثي»;
 * {@link NameSuggestions}); for Latin text, the Arabic spellings of the listed Latin and English names it starts
 * («Arab Lea» → «جامعة الدول العربية»); and the spellings the search reaches for the text as typed ({@link
 * MatchTerms}: «أردوغان» also offers «أردوجان»), where the recogniser tags them as names or they are phrases of
 * three words or more (from Arabic text also where the library's statistics say "name", decision 0026). Each is offered once, ranked by in how many
 * articles the library writes it (a word's document frequency, a phrase's count, both cached per index generation);
 * a spelling the library never writes is not offered. No scan of the index's vocabulary. A completion has at least
 * as many words as the text typed, and is shown as the library writes it ({@link ShownSpellings}, decision 0187).
 */
final class Suggester {

    static final int MIN_PREFIX = 2;
    /** Candidates taken from each source, as a multiple of the suggestions asked for. */
    private static final int PER_SOURCE = 2;

    private Suggester() {
    }

    /**
     * Up to {@code limit} completions of {@code typed}.
     *
     * @param searcher the index searcher (for the counts)
     * @param names    the precomputed names of the library
     * @param reach    what the search compiles the text to ({@link QueryCompiler#compile}, then its terms)
     * @param isName   whether a one- or two-word spelling is a name of the library ({@link NameWords#isName},
     *                 decision 0026): asked for the spellings reached from Arabic text
     * @param counts   the counts already looked up over this searcher's reader (filled in)
     */
    static List<Suggestion> suggest(IndexSearcher searcher, NameSuggestions names, Function<String, MatchTerms> reach,
                                    java.util.function.Predicate<String> isName, Map<String, Long> counts,
                                    String typed, int limit) {
        String text = typed == null ? "" : typed.strip();
        String n = ArabicNormalizer.normalize(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (n.length() < MIN_PREFIX || limit <= 0) {
            return List.of();
        }
        int per = limit * PER_SOURCE;
        Set<String> candidates = new LinkedHashSet<>();
        String best;
        boolean latinText = NameForms.isLatin(n);
        if (latinText) {
            String key = EnglishNames.key(text);
            List<String> latin = key.isEmpty() ? List.of() : names.latinStartingWith(key, per);
            latin.forEach(k -> candidates.addAll(names.arabicOf(k)));
            candidates.addAll(names.startingWith(n, per));
            best = latin.isEmpty() || latin.get(0).equals(key) ? null : latin.get(0);
        } else {
            List<String> arabic = new ArrayList<>(names.startingWith(n, per));
            if (!n.startsWith("\u0627\u0644")) {
                arabic.addAll(names.startingWith("\u0627\u0644" + n, per));
            }
            arabic.sort(Comparator.comparingLong(names::taggedCount).reversed());
            candidates.addAll(arabic);
            best = arabic.isEmpty() || arabic.get(0).equals(n) ? null : arabic.get(0);
        }
        // the other spellings of what was typed, and of the name it most likely begins (كاراب → كاراباخ → كراباخ)
        List<String> reached = new ArrayList<>(reached(reach.apply(text)));
        if (best != null) {
            reached.addAll(reached(reach.apply(best.indexOf(' ') < 0 ? best : '"' + best + '"')));
        }
        int typedWords = n.split(" ").length;
        for (String s : reached) {
            int words = s.split(" ").length;
            // a completion is never shorter than the text: «الجامعة العر» is not completed to «الجامعة» (but «حفر
            // الباطن» is to «حفرالباطن», the text joined); from Latin text of several words, a word is one typed
            // word's reading («Arab Leag» → «ليغ»), never the name's
            if (latinText ? typedWords > 1 && words == 1
                    : words < typedWords && !s.replace(" ", "").startsWith(n.replace(" ", ""))) {
                continue;
            }
            // from Latin text, only what the recogniser tags: a half-typed Latin word reads as odd short words
            if (names.taggedCount(s) > 0 || words > 2 || !latinText && isName.test(s)) {
                candidates.add(s);
            }
        }
        Map<String, Long> written = new LinkedHashMap<>();
        for (String s : candidates) {
            long c = counts.computeIfAbsent(s, k -> count(searcher, k));
            if (c > 0) {
                written.put(s, c);
            }
        }
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(written.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        List<Suggestion> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : ranked.subList(0, Math.min(limit, ranked.size()))) {
            out.add(new Suggestion(names.written(e.getKey()), Suggestion.Kind.NAME, e.getValue()));
        }
        return out;
    }

    /**
     * The Arabic spellings a compiled query searches: its name spellings, its Arabic words, and its phrases of one
     * spelling per word (the words of a phrase together, never one of them alone).
     */
    static Set<String> reached(MatchTerms terms) {
        Set<String> out = new LinkedHashSet<>();
        terms.names.forEach(t -> out.add(NameKeyTerms.surface(t)));
        out.addAll(terms.exact);
        for (MatchTerms.Phrase p : terms.phrases) {
            if (p.kind() != MatchTerms.Kind.STEM && p.slots().stream().allMatch(s -> s.size() == 1)) {
                out.add(String.join(" ", p.slots().stream().map(s -> s.iterator().next()).toList()));
            }
        }
        out.removeIf(s -> s.isBlank() || NameForms.isLatin(s));
        return out;
    }

    /** In how many articles the library writes the normalised word or phrase (title or body). */
    private static long count(IndexSearcher searcher, String spelling) {
        String[] words = spelling.split(" ");
        try {
            if (words.length == 1) {
                return Math.max(searcher.getIndexReader().docFreq(new Term(IndexFields.BODY_EXACT, spelling)),
                        searcher.getIndexReader().docFreq(new Term(IndexFields.TITLE_EXACT, spelling)));
            }
            return searcher.count(new PhraseQuery(IndexFields.BODY_EXACT, words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entity names the library has in at least {@code minArticles} articles ({@link NameSuggestions#minTagged()})
     * and the other
     * suggestions, each spelling once (an entity's name as written where both give it), ranked by articles, at most
     * {@code limit}.
     */
    static List<Suggestion> merge(List<Suggestion> names, List<Suggestion> words, int limit, int minArticles) {
        Map<String, Suggestion> out = new LinkedHashMap<>();
        for (Suggestion s : names) {
            if (s.articles() >= minArticles) {
                out.putIfAbsent(ArabicNormalizer.normalize(s.text()), s);
            }
        }
        for (Suggestion s : words) {
            out.merge(ArabicNormalizer.normalize(s.text()), s, (a, b) -> a.articles() >= b.articles() ? a
                    : new Suggestion(a.text(), a.kind(), b.articles()));
        }
        List<Suggestion> all = new ArrayList<>(out.values());
        all.sort(Comparator.comparingLong(Suggestion::articles).reversed());
        return all.subList(0, Math.min(Math.max(0, limit), all.size()));
    }
}
