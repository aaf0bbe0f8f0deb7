package org.sahifa.solr;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sahifa.search.NameForms;
import org.sahifa.search.NameWords;
import org.sahifa.search.query.QueryNode;
import org.sahifa.text.NameMatcher;
import org.sahifa.text.analysis.ArabicSearchAnalyzers;
import org.sahifa.text.analysis.NameVariants;

/**
 * Compiles a parsed Sahifa query into a Lucene query against one shard, with the desktop's matching and
 * weights (docs/search.md): a word matches exactly ({@value #EXACT}), by stem ({@value #STEM}) and by the
 * spellings of the name that {@link NameMatcher} accepts among the shard's own name terms ({@value #NAME},
 * {@value #VARIANT} of that for another spelling), the title counting {@value #TITLE} times; neighbouring words
 * also match as one compound name; phrases match as phrases in every tier. {@code place:}/{@code person:}
 * match the articles linked to an entity with a spelling of the name (the archive carries every spelling of the
 * entities an article mentions) or containing the name; {@code source:} and dates are filters; {@code is:}
 * has no meaning in an archive (it keeps no reading state): {@code is:unread} keeps everything,
 * {@code is:read} and {@code is:bookmarked} nothing. Not thread-safe: one compiler per query.
 */
public final class ShardQueryCompiler {

    static final float EXACT = 4f;
    static final float STEM = 2f;
    static final float NAME = 1f;
    static final float TITLE = 2f;
    static final float VARIANT = 0.8f;
    /** At most this many spellings of one name are searched. */
    static final int MAX_VARIANTS = 256;

    private record Token(String term, int position) {
    }

    private final ArabicSearchAnalyzers analysis;
    private final IndexReader reader;
    private final ZoneId zone;
    private final NameVariants spellingsOf = NameVariants.standard();
    private final NameWords names;
    private final Map<String, List<NameVariants.Variant>> found = new LinkedHashMap<>();
    private boolean text;

    /** A compiler over {@code reader}, reading {@code from:}/{@code to:} days in {@code zone}. */
    public ShardQueryCompiler(ArabicSearchAnalyzers analysis, IndexReader reader, ZoneId zone) {
        this(analysis, reader, zone, ShardNameWords.of(reader));
    }

    /** The same, with {@code names} deciding which words of {@code reader} are names. */
    ShardQueryCompiler(ArabicSearchAnalyzers analysis, IndexReader reader, ZoneId zone, NameWords names) {
        this.names = names;
        this.analysis = analysis;
        this.reader = reader;
        this.zone = zone;
    }

    /** True when the compiled query had words or phrases to rank by (else it is only filters). */
    public boolean hasText() {
        return text;
    }

    /** The Lucene query for {@code root}. */
    public Query compile(QueryNode root) throws IOException {
        Query q = node(root, true);
        return q == null ? new MatchNoDocsQuery("nothing searchable") : q;
    }

    private Query node(QueryNode n, boolean positive) throws IOException {
        if (n instanceof QueryNode.Word w) {
            return word(w.text(), positive);
        } else if (n instanceof QueryNode.Phrase p) {
            return phrase(p.text(), positive);
        } else if (n instanceof QueryNode.All all) {
            return all(all.children(), positive);
        } else if (n instanceof QueryNode.Any any) {
            return any(any.children(), positive);
        } else if (n instanceof QueryNode.Not not) {
            Query inner = node(not.child(), !positive);
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
            if (inner != null) {
                b.add(inner, Occur.MUST_NOT);
            }
            return b.build();
        } else if (n instanceof QueryNode.Entity e) {
            return entity(e, positive);
        } else if (n instanceof QueryNode.Source s) {
            return new ConstantScoreQuery(new TermQuery(new Term(ArchiveFields.SOURCE_KEY,
                    ArchiveFields.sourceKey(s.name()))));
        } else if (n instanceof QueryNode.Published p) {
            long from = p.from() == null ? Long.MIN_VALUE : p.from().atStartOfDay(zone).toInstant().toEpochMilli();
            long to = p.to() == null ? Long.MAX_VALUE
                    : p.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            return LongPoint.newRangeQuery(ArchiveFields.DATE, from, to);
        } else if (n instanceof QueryNode.State s) {
            return s.state() == QueryNode.ArticleState.UNREAD ? new MatchAllDocsQuery()
                    : new MatchNoDocsQuery("an archive keeps no reading state");
        }
        throw new IllegalStateException("Unknown query node " + n);
    }

    private Query entity(QueryNode.Entity e, boolean positive) throws IOException {
        Query words = phrase(e.name(), positive);
        String field = e.kind() == QueryNode.EntityKind.PLACE ? ArchiveFields.PLACE_SPELLING
                : ArchiveFields.PERSON_SPELLING;
        List<NameVariants.Variant> spellings = spellingsOf.find(reader, field, e.name(), MAX_VARIANTS);
        if (spellings.isEmpty()) {
            return words;
        }
        BooleanQuery.Builder linked = new BooleanQuery.Builder();
        for (NameVariants.Variant v : spellings) {
            linked.add(new TermQuery(new Term(field, v.term())), Occur.SHOULD);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(new BoostQuery(new ConstantScoreQuery(linked.build()), NAME), Occur.SHOULD);
        if (words != null) {
            b.add(words, Occur.SHOULD);
        }
        return b.build();
    }

    private static boolean isFilter(QueryNode n) {
        return n instanceof QueryNode.Source || n instanceof QueryNode.Published || n instanceof QueryNode.State;
    }

    private Query all(List<QueryNode> children, boolean positive) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean scoring = false;
        boolean anything = false;
        for (int i = 0; i < children.size(); i++) {
            QueryNode c = children.get(i);
            if (c instanceof QueryNode.Not not) {
                Query q = node(not.child(), !positive);
                if (q != null) {
                    b.add(q, Occur.MUST_NOT);
                }
            } else if (isFilter(c)) {
                b.add(node(c, positive), Occur.FILTER);
                anything = true;
            } else {
                Query q = node(c, positive);
                if (q == null) {
                    continue;
                }
                if (c instanceof QueryNode.Word w) {
                    q = withCompounds(q, w, i > 0 ? children.get(i - 1) : null,
                            i + 1 < children.size() ? children.get(i + 1) : null);
                }
                b.add(q, Occur.MUST);
                scoring = true;
                anything = true;
            }
        }
        if (!scoring) {
            b.add(new MatchAllDocsQuery(), anything ? Occur.FILTER : Occur.MUST);
        }
        return b.build();
    }

    /** A word, or the compound name it forms with a neighbouring word (قره + باغ as كراباخ). */
    private Query withCompounds(Query word, QueryNode.Word w, QueryNode before, QueryNode after) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(word, Occur.SHOULD);
        boolean any = false;
        if (before instanceof QueryNode.Word p) {
            Query q = compound(p.text(), w.text());
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        if (after instanceof QueryNode.Word n) {
            Query q = compound(w.text(), n.text());
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.build() : word;
    }

    private Query compound(String first, String second) throws IOException {
        List<Token> a = tokens(analysis.exact(), first);
        List<Token> b = tokens(analysis.exact(), second);
        if (a.size() != 1 || b.size() != 1) {
            return null;
        }
        return nameTier(List.of(a.get(0).term() + " " + b.get(0).term()), true);
    }

    private Query any(List<QueryNode> children, boolean positive) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (QueryNode c : children) {
            Query q = node(c, positive);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : b.setMinimumNumberShouldMatch(1).build();
    }

    private Query word(String word, boolean positive) throws IOException {
        List<Token> exact = tokens(analysis.exact(), word);
        if (exact.isEmpty()) {
            return null;
        }
        text |= positive;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addPhrase(b, exact, ArchiveFields.TITLE_EXACT, ArchiveFields.BODY_EXACT, EXACT);
        // a name is not stemmed (الرقة → ورقة): its clitic forms come from the name tier with its exact spelling
        boolean name = exact.size() == 1 && names.readsAsName(exact.get(0).term());
        if (!name) {
            addPhrase(b, tokens(analysis.stemmed(), word), ArchiveFields.TITLE_STEM, ArchiveFields.BODY_STEM, STEM);
        }
        if (exact.size() == 1) {
            String typed = exact.get(0).term();
            List<String> related = NameForms.related(typed, names);
            // a Latin name the bilingual lists know is searched by its Arabic spellings, not by its sound
            Query relatedQuery = related.isEmpty() ? null : nameTier(related, true);
            boolean translated = relatedQuery != null && NameForms.isLatin(typed);
            Query q = translated ? null : nameTier(forms(typed), name);
            if (q != null) {
                b.add(q, Occur.SHOULD);
            }
            if (relatedQuery != null) {
                b.add(relatedQuery, Occur.SHOULD);
            }
        }
        return b.build();
    }

    private Query phrase(String phrase, boolean positive) throws IOException {
        List<Token> exact = tokens(analysis.exact(), phrase);
        if (exact.size() <= 1) {
            return word(phrase, positive);
        }
        text |= positive;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addPhrase(b, exact, ArchiveFields.TITLE_EXACT, ArchiveFields.BODY_EXACT, EXACT);
        addPhrase(b, tokens(analysis.stemmed(), phrase), ArchiveFields.TITLE_STEM, ArchiveFields.BODY_STEM, STEM);
        for (String field : new String[] {ArchiveFields.TITLE_NAME, ArchiveFields.BODY_NAME}) {
            float boost = field.equals(ArchiveFields.TITLE_NAME) ? NAME * TITLE : NAME;
            for (int joined = -1; joined < exact.size() - 1; joined++) {
                Query q = namePhrase(field, exact, joined);
                if (q != null) {
                    b.add(new BoostQuery(q, boost), Occur.SHOULD);
                }
            }
        }
        return b.build();
    }

    private static void addPhrase(BooleanQuery.Builder b, List<Token> tokens, String titleField, String bodyField,
                                  float boost) {
        if (tokens.isEmpty()) {
            return;
        }
        b.add(new BoostQuery(phraseOrTerm(titleField, tokens), boost * TITLE), Occur.SHOULD);
        b.add(new BoostQuery(phraseOrTerm(bodyField, tokens), boost), Occur.SHOULD);
    }

    private static Query phraseOrTerm(String field, List<Token> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        for (Token t : tokens) {
            p.add(new Term(field, t.term()), t.position() - first);
        }
        return p.build();
    }

    /**
     * The name tier of a word given as its forms, in title and body; without {@code exactSpellings} only the
     * spellings other than the query's are searched (the exact tiers already match those), as on the desktop.
     */
    private Query nameTier(List<String> forms, boolean exactSpellings) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String field : new String[] {ArchiveFields.TITLE_NAME, ArchiveFields.BODY_NAME}) {
            Map<String, NameVariants.Variant> spellings = new LinkedHashMap<>();
            for (String form : forms) {
                for (NameVariants.Variant v : variants(field, form)) {
                    spellings.putIfAbsent(v.term(), v);
                }
            }
            float boost = field.equals(ArchiveFields.TITLE_NAME) ? NAME * TITLE : NAME;
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int clauses = 0;
            for (NameVariants.Variant v : spellings.values()) {
                boolean exact = v.match() == NameMatcher.Match.EXACT;
                if ((exact && !exactSpellings) || clauses >= IndexSearcher.getMaxClauseCount()) {
                    continue;
                }
                any.add(new BoostQuery(new TermQuery(new Term(field, v.term())), exact ? boost : boost * VARIANT),
                        Occur.SHOULD);
                clauses++;
            }
            if (clauses > 0) {
                b.add(any.build(), Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : b.build();
    }

    /** A phrase in a name field: each word's spellings at its position, or words {@code joined}, +1 as one. */
    private Query namePhrase(String field, List<Token> words, int joined) throws IOException {
        MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
        int first = words.get(0).position();
        for (int i = 0; i < words.size(); i++) {
            List<NameVariants.Variant> variants = new ArrayList<>();
            int position = words.get(i).position() - first;
            if (i == joined) {
                variants.addAll(variants(field, words.get(i).term() + " " + words.get(i + 1).term()));
                i++;
            } else {
                for (String form : forms(words.get(i).term())) {
                    variants.addAll(variants(field, form));
                }
            }
            if (variants.isEmpty()) {
                return null;
            }
            m.add(variants.stream().map(v -> new Term(field, v.term())).distinct().toArray(Term[]::new), position);
        }
        if (joined >= 0) {
            m.setSlop(1);
        }
        return m.build();
    }

    /** A query word and the word without its proclitics, as the name field indexes both. */
    private List<String> forms(String word) {
        List<String> out = new ArrayList<>();
        out.add(word);
        if (names.isName(word)) {
            return out; // سابك is a name, not س + ابك
        }
        for (String f : analysis.stemmer().withoutProclitics(word)) {
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The spellings of the name {@code form} among this shard's terms of {@code field}, exact ones first. */
    private List<NameVariants.Variant> variants(String field, String form) throws IOException {
        String k = field + '\u0000' + form;
        List<NameVariants.Variant> v = found.get(k);
        if (v == null) {
            // variants reach only names (decision 0026); what the user typed is always searched
            v = spellingsOf.find(reader, field, form, Integer.MAX_VALUE).stream()
                    .filter(s -> s.match() == NameMatcher.Match.EXACT
                            || s.match() == NameMatcher.Match.VARIANT && names.isName(s.surface()))
                    .limit(MAX_VARIANTS)
                    .toList();
            found.put(k, v);
        }
        return v;
    }

    private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(ArchiveFields.BODY_EXACT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(new Token(term.toString(), Math.max(position, 0)));
            }
            ts.end();
        }
        return out;
    }
}
