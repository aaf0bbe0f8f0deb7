package org.sahifa.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameKey;
import org.sahifa.text.analysis.NameKeyTerms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completions while typing, read straight from the index's term dictionaries (always current, no extra
 * structure): words of the library that start with what was typed (after normalisation), then names whose
 * spelling-variant key starts with the typed text's key, so «كاراب» offers كراباخ and قره باغ. Ranked by how
 * many articles contain them.
 */
final class Suggester {

    static final int MIN_PREFIX = 2;
    /** Terms scanned per kind at most (a two-letter prefix can start tens of thousands of words). */
    private static final int SCAN = 20_000;
    /** A name candidate's key may run this many classes past the typed key. */
    private static final int KEY_SLACK = 2;

    private Suggester() {
    }

    static List<Suggestion> suggest(IndexReader reader, String prefix, int limit) throws IOException {
        return suggest(reader, prefix, limit, surface -> true);
    }

    /**
     * As {@link #suggest(IndexReader, String, int)}, offering as other spellings only those {@code isName} accepts:
     * names, and two words only when they are a name together (never «كوري بقيادة», decision 0026).
     */
    static List<Suggestion> suggest(IndexReader reader, String prefix, int limit,
                                    java.util.function.Predicate<String> isName) throws IOException {
        String p = ArabicNormalizer.normalize(prefix == null ? "" : prefix).strip().toLowerCase(Locale.ROOT);
        if (p.length() < MIN_PREFIX || limit <= 0) {
            return List.of();
        }
        Map<String, Suggestion> out = new LinkedHashMap<>();
        List<Suggestion> words = new ArrayList<>();
        scan(reader, IndexFields.BODY_EXACT, p, term -> term, term -> true, Suggestion.Kind.WORD, words);
        words.sort(Comparator.comparingLong(Suggestion::articles).reversed());
        List<Suggestion> names = new ArrayList<>();
        String key = NameKey.ofNormalized(p);
        if (key.length() >= 2) {
            scan(reader, IndexFields.BODY_NAME, key, NameKeyTerms::surface,
                    term -> term.indexOf(NameKeyTerms.SEPARATOR) - key.length() <= KEY_SLACK
                            && isName.test(NameKeyTerms.surface(term)), Suggestion.Kind.NAME, names);
            names.sort(Comparator.comparingLong(Suggestion::articles).reversed());
        }
        // words that start with the typed letters first, then other spellings, each spelling once
        for (Suggestion s : words) {
            out.putIfAbsent(s.text(), s);
            if (out.size() >= limit) {
                break;
            }
        }
        for (Suggestion s : names) {
            if (out.size() >= limit) {
                break;
            }
            out.putIfAbsent(s.text(), s);
        }
        return new ArrayList<>(out.values()).subList(0, Math.min(limit, out.size()));
    }

    /** Entity names first, then library words and spellings not already offered, at most {@code limit}. */
    static List<Suggestion> merge(List<Suggestion> names, List<Suggestion> words, int limit) {
        Map<String, Suggestion> out = new LinkedHashMap<>();
        for (Suggestion s : names) {
            out.putIfAbsent(ArabicNormalizer.normalize(s.text()), s);
        }
        for (Suggestion s : words) {
            out.putIfAbsent(ArabicNormalizer.normalize(s.text()), s);
        }
        List<Suggestion> all = new ArrayList<>(out.values());
        return all.subList(0, Math.min(Math.max(0, limit), all.size()));
    }

    private static void scan(IndexReader reader, String field, String prefix,
                             java.util.function.UnaryOperator<String> display,
                             java.util.function.Predicate<String> accept, Suggestion.Kind kind,
                             List<Suggestion> into) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        BytesRef prefixBytes = new BytesRef(prefix);
        if (te.seekCeil(prefixBytes) == TermsEnum.SeekStatus.END) {
            return;
        }
        int scanned = 0;
        for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefixBytes) && scanned < SCAN;
             t = te.next(), scanned++) {
            String term = t.utf8ToString();
            if (accept.test(term)) {
                into.add(new Suggestion(display.apply(term), kind, te.docFreq()));
            }
        }
    }
}
