package org.sahifa.text.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameKey;
import org.sahifa.text.NameMatcher;

/**
 * Finds the spellings of a name that occur in an index field analysed with
 * {@link ArabicSearchAnalyzers#names()}: one prefix scan of the terms dictionary for the name's key
 * ({@link NameKeyTerms}), then {@link NameMatcher} keeps the real variants. So «كاراباخ» finds the terms of
 * كراباخ, قره باغ and قرة باغ, «Karabakh» finds all of them, and «بوتين» does not find بوتان although both have
 * the key {@code btn}.
 *
 * <p>A query may be one word or two (a split compound: «قره باغ»); for a multi-word query the caller should
 * also try adjacent pairs of query words, since «ناغورني قره باغ» is the name ناغورني next to the name قره باغ.
 * Thread-safe.
 */
public final class NameVariants {

    /** Most distinct surface forms examined per key (a safety bound for very common keys). */
    public static final int MAX_CANDIDATES = 4096;

    /**
     * A spelling of the name found in the index.
     *
     * @param surface the normalised spelling as indexed (two words are joined by a space)
     * @param match   {@link NameMatcher.Match#EXACT} or {@link NameMatcher.Match#VARIANT}
     * @param term    the indexed term
     */
    public record Variant(String surface, NameMatcher.Match match, String term) {
    }

    private final NameMatcher matcher;

    /** Variants as {@code matcher} decides them. */
    public NameVariants(NameMatcher matcher) {
        this.matcher = matcher;
    }

    /** Variants as {@link NameMatcher#standard()} decides them. */
    public static NameVariants standard() {
        return new NameVariants(NameMatcher.standard());
    }

    /** The spellings of {@code name} present in {@code field}, exact ones first, at most {@code max}. */
    public List<Variant> find(IndexReader reader, String field, String name, int max) throws IOException {
        String normalized = ArabicNormalizer.normalize(name).strip();
        String key = NameKey.ofNormalized(normalized);
        if (key.isEmpty() || max <= 0) {
            return List.of();
        }
        Map<String, Variant> found = new LinkedHashMap<>();
        int examined = 0;
        for (String k : NameKey.variantKeys(key)) {
            examined = scan(reader, field, new BytesRef(NameKeyTerms.prefix(k)), normalized, found, examined);
        }
        List<Variant> out = new ArrayList<>(found.values());
        out.sort((a, b) -> a.match() == b.match() ? a.surface().compareTo(b.surface())
                : a.match() == NameMatcher.Match.EXACT ? -1 : 1);
        return out.size() > max ? out.subList(0, max) : out;
    }

    /** Adds the terms with {@code prefix} that match {@code normalized}; returns the candidates examined so far. */
    private int scan(IndexReader reader, String field, BytesRef prefix, String normalized, Map<String, Variant> found,
                     int examined) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef t = te.term(); t != null && startsWith(t, prefix); t = te.next()) {
                String term = t.utf8ToString();
                if (found.containsKey(term)) {
                    continue;
                }
                if (++examined > MAX_CANDIDATES) {
                    break;
                }
                String surface = NameKeyTerms.surface(term);
                NameMatcher.Match m = matcher.matchNormalized(normalized, surface);
                if (m != NameMatcher.Match.NONE) {
                    found.put(term, new Variant(surface, m, term));
                }
            }
        }
        return examined;
    }

    /**
     * One name of a multi-word query: its text (one word, or two adjacent words read as one compound name)
     * and its spellings in the index.
     *
     * @param text     the query words of this unit, normalised, joined by a space
     * @param variants its spellings in the index, exact ones first (empty when none)
     */
    public record Unit(String text, List<Variant> variants) {
    }

    /**
     * Splits {@code query} into names and finds each one's spellings: two adjacent words whose pair has
     * spellings in the index form one unit (ناغورني قره باغ → ناغورني + «قره باغ», so كاراباخ is found for
     * «قره باغ»); other words are units of their own. Function words and numbers are skipped.
     */
    public List<Unit> findUnits(IndexReader reader, String field, String query, int maxPerUnit)
            throws IOException {
        List<String> words = new ArrayList<>();
        for (org.sahifa.text.ArabicTokenizer.Token t : org.sahifa.text.ArabicTokenizer.tokenize(query)) {
            if (t.kind() == org.sahifa.text.ArabicTokenizer.Kind.WORD
                    && !org.sahifa.text.ArabicStopwords.contains(t.text())) {
                words.add(t.text());
            }
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size()) {
                String pair = words.get(i) + ' ' + words.get(i + 1);
                List<Variant> pv = find(reader, field, pair, maxPerUnit);
                if (!pv.isEmpty()) {
                    units.add(new Unit(pair, pv));
                    i++;
                    continue;
                }
            }
            units.add(new Unit(words.get(i), find(reader, field, words.get(i), maxPerUnit)));
        }
        return units;
    }

    /**
     * A query matching any of {@code variants} in {@code field}; exact spellings weigh {@code exactBoost},
     * variant spellings {@code variantBoost}. No variants: a query that matches nothing.
     */
    public static Query query(String field, List<Variant> variants, float exactBoost, float variantBoost) {
        if (variants.isEmpty()) {
            return new MatchNoDocsQuery("no spelling of the name in the index");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (Variant v : variants) {
            if (clauses++ >= IndexSearcher.getMaxClauseCount()) {
                break;
            }
            Query q = new TermQuery(new Term(field, v.term()));
            float boost = v.match() == NameMatcher.Match.EXACT ? exactBoost : variantBoost;
            b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static boolean startsWith(BytesRef t, BytesRef prefix) {
        if (t.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (t.bytes[t.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }
}
