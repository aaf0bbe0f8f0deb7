package org.sahifa.search;

import org.apache.lucene.document.LongPoint;
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
import org.sahifa.search.query.QueryNode;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.LatinReadings;
import org.sahifa.text.NameKey;
import org.sahifa.text.NameMatcher;
import org.sahifa.text.analysis.NameKeyTerms;
import org.sahifa.text.analysis.NameVariants;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a parsed query into a Lucene query against one index ({@link QueryIndex}), and collects what it
 * matches for highlighting ({@link MatchTerms}).
 *
 * <p>A word matches in three tiers, each in the title and the body: the exact normalised word (boost
 * {@value #EXACT}), its stem ({@value #STEM}), and the spellings of the name that {@link NameMatcher} accepts
 * among the index's name-field candidates ({@value #NAME}); the title counts {@value #TITLE} times. Exact
 * matches also match the lower tiers, so they rank first. Neighbouring words also match as a compound name
 * (قره باغ finds كراباخ). Phrases match as phrases in every tier. {@code source:}, dates and {@code is:} are
 * filters that do not change the ranking.
 *
 * <p>Everything it reads from an index goes through {@link QueryIndex}: the library's index (its {@code is:}
 * asks the store for its id sets, so the answer is always current), an archive shard, or the archive collection
 * seen from the client. So the desktop, every shard and the archive's highlighter compile a query the same way
 * (decision 0124). Not thread-safe: one compiler per query.
 */
public final class QueryCompiler {

    static final float EXACT = 4f;
    static final float STEM = 2f;
    static final float NAME = 1f;
    static final float TITLE = 2f;
    /** At most this many spellings of one name are searched (the most frequent keys have a few dozen). */
    static final int MAX_VARIANTS = 256;
    /** The cache key prefix of whether a spelling fits a Latin word ({@link #fits}) among the learned spellings. */
    private static final String LATIN_FIT = "\u0000fit\u0000";
    /** The cache key prefix of a Latin word's nisba forms ({@link #latinDerivedForms}) among the learned spellings. */
    private static final String LATIN_DERIVED = "\u0000derived\u0000";
    /** The cache key prefix of an English name's short forms ({@link InstitutionShortNames}). */
    private static final String SHORT_NAMES = "\u0000short\u0000";
    /** The cache key prefix of an institution's composed names the library writes ({@link InstitutionNames}). */
    private static final String INSTITUTIONS = "\u0000institution\u0000";
    /** A name spelled differently from the query weighs this fraction of an exactly spelled one. */
    static final float VARIANT = 0.8f;
    /** The cache key prefix of a word's group forms ({@link GroupForms}) among the learned spellings. */
    private static final String GROUP_FORMS = "\u0000group\u0000";
    /** The cache key prefix of a word's confirmed nisba forms ({@link #confirmedRelated}). */
    private static final String RELATED_FORMS = "\u0000related\u0000";
    /** The cache key prefix of a word's other spelling by its final hamza ({@link FinalHamza}). */
    private static final String FINAL_HAMZA = "\u0000hamza\u0000";
    /** The cache key prefix of the nisba forms of a word's country variants ({@link #variantCountryForms}). */
    private static final String COUNTRY_FORMS = "\u0000country\u0000";

    private static final String COMPOUND_WORDS = "\u0000compound\u0000";
    /** Key prefix of a typed word's forms behind a lone preposition (decision 0202), cached with the group forms. */
    private static final String LONE_FORMS = "\u0000lone\u0000";

    private final IndexAnalysis analysis;
    private final QueryIndex index;
    private final ZoneId zone;
    private final Map<String, List<NameVariants.Variant>> cache;
    private final Map<String, List<String>> learned;
    private final Map<String, Map<String, NameMatcher.Match>> decisions;
    private final NameMatcher matcher = NameMatcher.standard();
    private final NameWords names;
    final MatchTerms terms = new MatchTerms();
    private boolean text;

    /** A compiler over {@code index}, reading {@code from:}/{@code to:} days in {@code zone}. */
    public QueryCompiler(IndexAnalysis analysis, QueryIndex index, ZoneId zone) {
        this(analysis, index, zone, VariantCache.Generation.uncached());
    }

    /**
     * A compiler that remembers the spellings of names it looks up in {@code lookups}, which must belong to
     * {@code index}'s reader (see {@link VariantCache}): later queries over the same reader reuse them.
     */
    QueryCompiler(IndexAnalysis analysis, QueryIndex index, ZoneId zone, VariantCache.Generation lookups) {
        this.analysis = analysis;
        this.index = index;
        this.names = index.names();
        this.cache = lookups.variants();
        this.learned = lookups.learned();
        this.decisions = lookups.decisions();
        this.zone = zone;
    }

    /** A source name as {@code source:} compares it: trimmed, inner spaces collapsed, lower case. */
    public static String sourceKey(String source) {
        return source.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** True when the compiled query had words or phrases (else it is only filters: sort by date). */
    public boolean hasText() {
        return text;
    }

    /** The Lucene query of {@code root}; also collects what it matches, for highlighting. */
    public Query compile(QueryNode root) {
        Query q = node(root, true);
        return q == null ? new MatchNoDocsQuery("nothing searchable") : q;
    }

    private Query node(QueryNode n, boolean positive) {
        if (n instanceof QueryNode.Word w) {
            LatinRuns.Run run = latinRun(List.of(n), 0, null);
            return run != null ? latinRun(run, n, positive) : word(w.text(), positive);
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
            return new ConstantScoreQuery(new TermQuery(new Term(IndexFields.SOURCE_KEY, sourceKey(s.name()))));
        } else if (n instanceof QueryNode.Published p) {
            // Long.MIN_VALUE is the undated articles' key (IndexFields): no date range finds them.
            long from = p.from() == null ? Long.MIN_VALUE + 1 : p.from().atStartOfDay(zone).toInstant().toEpochMilli();
            long to = p.to() == null ? Long.MAX_VALUE : p.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            return LongPoint.newRangeQuery(IndexFields.DATE, from, to);
        } else if (n instanceof QueryNode.State s) {
            return index.state(s.state());
        }
        throw new IllegalStateException("Unknown query node " + n);
    }

    /**
     * {@code place:}/{@code person:}: the articles linked to the entity (whatever spelling they used), or that
     * contain the name in any spelling; the words are matched too, for ranking and marks.
     */
    private Query entity(QueryNode.Entity e, boolean positive) {
        Query words = phrase(e.name(), positive);
        Query linked = index.linked(e);
        if (linked == null) {
            return words;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(new BoostQuery(linked, NAME), Occur.SHOULD);
        if (words != null) {
            b.add(words, Occur.SHOULD);
        }
        return b.build();
    }

    private static boolean isFilter(QueryNode n) {
        return n instanceof QueryNode.Source || n instanceof QueryNode.Published || n instanceof QueryNode.State;
    }

    private Query all(List<QueryNode> children, boolean positive) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean scoring = false;
        boolean anything = false;
        LatinRuns.Run title = null;
        for (int i = 0; i < children.size(); i++) {
            QueryNode c = children.get(i);
            LatinRuns.Run run = isFilter(c) || c instanceof QueryNode.Not ? null : latinRun(children, i, title);
            title = run != null && run.kind() == LatinRuns.Kind.TITLE ? run : null;
            if (run != null) {
                // English names the press translates, several-word names the lists translate, a title, a regnal
                // number: searched as the press writes them (decisions 0134, 0135)
                Query q = latinRun(run, c, positive);
                if (q != null) {
                    b.add(q, run.kind() == LatinRuns.Kind.TITLE ? Occur.SHOULD : Occur.MUST);
                    scoring |= run.kind() != LatinRuns.Kind.TITLE;
                    anything = true;
                }
                i = run.to() - 1;
                continue;
            }
            if (c instanceof QueryNode.Not not) {
                Query q = node(not.child(), !positive);
                if (q != null) {
                    b.add(q, Occur.MUST_NOT);
                }
            } else if (isFilter(c)) {
                b.add(node(c, positive), Occur.FILTER);
                anything = true;
            } else {
                LatinConnectedNames.Run joined = LatinConnectedNames.at(children, i, this::latinWordSpellings);
                if (joined != null) {
                    // «Uthman ibn Affan», «Abu Bakr»: one Arabic full name, in order (decision 0155)
                    b.add(fullNamePhrases(joined.arabic(), joined.latin(), positive), Occur.MUST);
                    i = joined.to() - 1;
                    scoring = true;
                    anything = true;
                    continue;
                }
                String withArticle = latinArticleName(c, i + 1 < children.size() ? children.get(i + 1) : null);
                if (withArticle != null) {
                    // «Al Jubeir»: the Arabic article and the name, written apart in Latin, are one name (0031)
                    b.add(word(withArticle, positive), Occur.MUST);
                    i++;
                    scoring = true;
                    anything = true;
                    continue;
                }
                Query fullName = i + 1 < children.size() ? latinFullName(c, children.get(i + 1), positive) : null;
                if (fullName != null) {
                    // «Mahmoud Abbas»: two Latin words of one full name, searched as the Arabic full name (0137)
                    b.add(fullName, Occur.MUST);
                    i++;
                    scoring = true;
                    anything = true;
                    continue;
                }
                int last = i;
                while (last + 1 < children.size() && isTwoWordName(children.get(last), children.get(last + 1))) {
                    last++;
                }
                // Arabic words the library writes together: one name, not words anywhere (decision 0226)
                last = Math.max(last, WrittenPhrases.last(children, i,
                        t -> Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, t), names,
                        WrittenPhrases.counted(learned, index)));
                if (last > i) {
                    // words that are one name together are that name, not words anywhere (حزب الله; ناغورني قره باغ)
                    StringBuilder name = new StringBuilder();
                    for (int k = i; k <= last; k++) {
                        name.append(k > i ? " " : "").append(((QueryNode.Word) children.get(k)).text());
                    }
                    b.add(phrase(name.toString(), positive), Occur.MUST);
                    i = last;
                    scoring = true;
                    anything = true;
                    continue;
                }
                Query q = node(c, positive);
                if (q == null) {
                    continue;
                }
                if (c instanceof QueryNode.Word w) {
                    q = withCompounds(q, w, i > 0 ? children.get(i - 1) : null,
                            i + 1 < children.size() ? children.get(i + 1) : null, positive);
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

    /** The run of Latin words that starts at {@code i} ({@link LatinRuns}), or null. */
    private LatinRuns.Run latinRun(List<QueryNode> words, int i, LatinRuns.Run title) {
        return LatinRuns.at(words, i, title, EnglishNames.standard(),
                latin -> names.lexicon().arabicOf(latin).isEmpty() ? List.of() : NameForms.related(latin, names),
                this::latinRunSpellings,
                key -> VariantCache.get(learned, INSTITUTIONS + key, k -> InstitutionDictionary.standard().confirmed(index,
                        key, InstitutionWords.standard(), EnglishNames.standard()::title, this::latinRunSpellings)));
    }

    /**
     * The query of a run of Latin words: its Arabic spellings as phrases, as written (the exact field, and the name
     * field, which also holds each word without its proclitics), and the Latin words as a phrase. A one-word English
     * name is also searched as the word it is (its transliterations); a listed name also by its name tier (0031).
     */
    private Query latinRun(LatinRuns.Run run, QueryNode first, boolean positive) {
        if (positive) {
            text = true;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<Analysis.Token> latin = Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, run.latin());
        addPhrase(b, latin, IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT, EXACT);
        // an institution's short form the library confirms (مجلس التعاون, decision 0174)
        List<String> arabic = run.kind() != LatinRuns.Kind.ENGLISH ? run.arabic()
                : VariantCache.get(learned, SHORT_NAMES + run.latin(), k -> InstitutionShortNames.with(index, run.arabic()));
        for (String spelling : arabic) {
            List<Analysis.Token> exact = Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, spelling);
            if (exact.isEmpty()) {
                continue;
            }
            addPhrase(b, exact, IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT, EXACT);
            withLamArticle(b, exact, positive);
            namePhrases(b, exact, 1f, positive);
            if (positive) {
                terms.phrase(MatchTerms.Kind.EXACT, Analysis.terms(exact));
            }
        }
        if (run.kind() == LatinRuns.Kind.LISTED) {
            Query tier = nameTier(run.arabic(), positive, true, true, false);
            if (tier != null) {
                b.add(tier, Occur.SHOULD);
            }
        } else if (run.kind() == LatinRuns.Kind.ENGLISH && run.words() == 1
                && first instanceof QueryNode.Word w) {
            // an acronym is not read as a word's letters (CNN is not «كن»): only a name the library writes for it
            Query q = LatinAcronyms.isAcronym(w.text()) ? acronymAsWord(w.text(), positive) : word(w.text(), positive);
            if (q != null) {
                b.add(q, Occur.SHOULD);
            }
        }
        if (positive) {
            terms.phrase(MatchTerms.Kind.EXACT, Analysis.terms(latin));
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    /**
     * A spelling whose first word has the article, written after the preposition ل (للمملكة المتحدة, وللمملكة
     * المتحدة), where the ل takes the article's alef: the name field holds such a word without its article, so the
     * exact field is asked for the written forms.
     */
    private void withLamArticle(BooleanQuery.Builder b, List<Analysis.Token> exact, boolean positive) {
        String head = exact.get(0).term();
        if (head.length() < 4 || !head.startsWith("\u0627\u0644")) {
            return;
        }
        List<String> written = ProcliticForms.afterLam(head);
        for (String field : new String[] {IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT}) {
            MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
            m.add(written.stream().map(w -> new Term(field, w)).toArray(Term[]::new), 0);
            for (int k = 1; k < exact.size(); k++) {
                m.add(new Term[] {new Term(field, exact.get(k).term())}, exact.get(k).position() - exact.get(0).position());
            }
            float boost = field.equals(IndexFields.TITLE_EXACT) ? NAME * TITLE : NAME;
            b.add(new BoostQuery(index.phrase(m.build()), boost), Occur.SHOULD);
        }
        if (positive) {
            List<List<String>> slots = new ArrayList<>();
            slots.add(written);
            exact.subList(1, exact.size()).forEach(t -> slots.add(List.of(t.term())));
            terms.phraseOf(MatchTerms.Kind.EXACT, slots);
        }
    }

    /**
     * The Arabic spellings of a normalised Latin name word inside a run ({@link LatinRuns}): the learned ones and the
     * lists' the library may mean, together.
     */
    private List<String> latinRunSpellings(String latin) {
        List<String> related = NameForms.related(latin, names);
        related.removeIf(names::isUntaggedDictionaryWord);
        List<String> out = new ArrayList<>(learnedSpellings(latin, related));
        for (String a : names.lexicon().arabicOf(latin)) {
            if (related.contains(a) && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The Latin word «al-name» that two neighbouring words «Al» «name» make, or null (decision 0031). */
    private String latinArticleName(QueryNode first, QueryNode second) {
        if (!(first instanceof QueryNode.Word a) || !(second instanceof QueryNode.Word b) || a.text().length() > 3
                || !NameForms.isLatin(a.text())) {
            return null;
        }
        List<String> x = Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, a.text());
        List<String> y = Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, b.text());
        return x.size() == 1 && y.size() == 1 && LatinReadings.withArticle(x.get(0), y.get(0)) != null
                ? a.text() + "-" + b.text() : null;
    }

    /**
     * Two neighbouring Latin words as the full name the library tags for their Arabic spellings, in order
     * ({@link LatinFullNames}, decision 0137): each tagged full name as if typed in Arabic ({@link #phrase}), the
     * Latin words as an exact phrase, and the two words written as one Arabic name ({@link #latinCompound}); null
     * when the words are not such a full name (they are then searched as before).
     */
    private Query latinFullName(QueryNode first, QueryNode second, boolean positive) {
        if (!(first instanceof QueryNode.Word a) || !(second instanceof QueryNode.Word w)) {
            return null;
        }
        String x = latinTyped(a.text());
        String y = latinTyped(w.text());
        if (x == null || y == null) {
            return null;
        }
        List<String> pairs = LatinFullNames.of(names, latinSpellings(x), latinSpellings(y));
        if (pairs.isEmpty()) {
            return null;
        }
        Query q = fullNamePhrases(pairs, a.text() + " " + w.text(), positive);
        // «بندر بن محمد حجار»: the nasab written between the given and the family name (decision 0230)
        Query nasab = NasabInsertedNames.of(pairs, index, positive ? terms : null, EXACT * VARIANT, TITLE);
        q = nasab == null ? q : new BooleanQuery.Builder().add(q, Occur.SHOULD).add(nasab, Occur.SHOULD).build();
        if (Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, a.text() + " " + w.text()).size() == 2) {
            Query joined = latinCompound(x, y, positive);
            if (joined != null) {
                return new BooleanQuery.Builder().add(q, Occur.SHOULD).add(joined, Occur.SHOULD).build();
            }
        }
        return q;
    }

    /**
     * Arabic full names each searched as if typed ({@link #phrase}: in order, also behind a proclitic) and the Latin
     * words typed as an exact phrase, any of them (decisions 0137, 0155).
     */
    private BooleanQuery fullNamePhrases(List<String> arabic, String typed, boolean positive) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String name : arabic) {
            Query q = phrase(name, positive);
            if (q != null) {
                b.add(q, Occur.SHOULD);
            }
            List<Analysis.Token> words = Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, name);
            if (words.size() > 2) {
                // a longer name behind a proclitic (وعلي بن أبي طالب): the name fields hold each word without it
                namePhrases(b, words, 1f, positive);
            }
        }
        List<Analysis.Token> latin = Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, typed);
        addPhrase(b, latin, IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT, EXACT);
        if (positive) {
            terms.phrase(MatchTerms.Kind.EXACT, Analysis.terms(latin));
        }
        return b.build();
    }

    /** The Arabic spellings a typed Latin word is searched by alone ({@link #latinSpellings}); empty for no Latin name. */
    private List<String> latinWordSpellings(String word) {
        String typed = latinTyped(word);
        return typed == null ? List.of() : latinSpellings(typed);
    }

    /** The normalised Latin name a typed word is (one word, or the article and a name: al-Muallem), or null. */
    private String latinTyped(String word) {
        List<String> exact = Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, word);
        String typed = exact.size() == 1 ? exact.get(0)
                : exact.size() == 2 ? LatinReadings.withArticle(exact.get(0), exact.get(1)) : null;
        return typed != null && NameForms.isLatin(typed) ? typed : null;
    }

    /**
     * The Arabic spellings a typed Latin name is searched by, as {@link #word} finds them: the lists' (less those the
     * library writes as ordinary words, decision 0033) or the learned model's (0028, 0030).
     */
    private List<String> latinSpellings(String typed) {
        List<String> related = listedSpellings(typed);
        List<String> learnedForms = learnedSpellings(typed, related);
        if (!learnedForms.isEmpty()) {
            return learnedForms;
        }
        return names.lexicon().arabicOf(typed).stream().filter(related::contains).toList();
    }

    /**
     * The lists' spellings of a typed Latin name and their nisba forms ({@link NameForms#related}), less a spelling
     * the library writes as an ordinary word (Saada: صعدة, not سعادة; decision 0033) and a spelling of another name a
     * listed country outwrites (Jordan: الأردن, not جوردن; decision 0139).
     */
    private List<String> listedSpellings(String typed) {
        List<String> related = new ArrayList<>(NameForms.related(typed, names));
        related.removeIf(names::isUntaggedDictionaryWord);
        related.removeAll(LatinListedSpellings.outwrittenByCountry(names, typed));
        // a function word behind a clitic is no Latin name's reading (Albania's «الباني» less ال: بأني; 0153), but
        // the spelling the bilingual lists give for the typed name itself is kept, tagged or not (Putin: بوتين, not
        // ب + وتين)
        Set<String> given = names.lexicon().arabicOf(typed);
        related.removeIf(s -> !given.contains(s) && LatinSpellingFit.isFunctionWordReading(index, s));
        return related;
    }

    /** True when two neighbouring words are one name together ({@link NameWords#isTwoWordName}). */
    private boolean isTwoWordName(QueryNode first, QueryNode second) {
        if (!(first instanceof QueryNode.Word a) || !(second instanceof QueryNode.Word b)) {
            return false;
        }
        List<String> x = Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, a.text());
        List<String> y = Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, b.text());
        // also with the second word's final hamza written otherwise: المحيط الهادي is المحيط الهادئ (0140)
        // and a definite noun with its nisba adjective: الحشد الشعبي (0163)
        return x.size() == 1 && y.size() == 1 && DefiniteNounPhrase.isOneName(x.get(0), y.get(0), names);
    }

    /** A word, or the compound name it forms with a neighbouring word (قره + باغ as كراباخ). */
    private Query withCompounds(Query word, QueryNode.Word w, QueryNode before, QueryNode after, boolean positive) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(word, Occur.SHOULD);
        boolean any = false;
        if (before instanceof QueryNode.Word p) {
            Query q = compound(p.text(), w.text(), positive);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        if (after instanceof QueryNode.Word n) {
            Query q = compound(w.text(), n.text(), positive);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                any = true;
            }
        }
        return any ? b.build() : word;
    }

    private Query compound(String first, String second, boolean positive) {
        List<String> a = Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, first);
        List<String> b = Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, second);
        if (a.size() != 1 || b.size() != 1) {
            return null;
        }
        if (NameForms.isLatin(a.get(0)) && NameForms.isLatin(b.get(0))) {
            return latinCompound(a.get(0), b.get(0), positive);
        }
        return nameTier(List.of(a.get(0) + " " + b.get(0)), positive);
    }

    /**
     * Two Latin words as one name (Abu Dhabi → أبوظبي, أبو ظبي; decision 0031): the lists' spellings of the two
     * words, else the learned model's spellings of the joined word (one Arabic word, or two read as one), searched as
     * a name; null when there are none (the words are then only searched one by one).
     */
    private Query latinCompound(String first, String second, boolean positive) {
        List<String> spellings = NameForms.related(first + " " + second, names);
        if (spellings.isEmpty()) {
            spellings = learnedSpellings(first + second, List.of());
        }
        if (spellings.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query tier = nameTier(spellings, positive, true, true, false);
        if (tier != null) {
            b.add(tier, Occur.SHOULD);
        }
        learnedPhrases(b, spellings, positive);
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    private Query any(List<QueryNode> children, boolean positive) {
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

    private Query word(String word, boolean positive) {
        List<Analysis.Token> exact = Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, word);
        if (exact.isEmpty()) {
            return null;
        }
        if (positive) {
            text = true;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addPhrase(b, exact, IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT, EXACT);
        // a name is not stemmed: its stem tier reaches other words (الرقة → ورقة, حلب → حلبة); its clitic forms
        // (والرقة) are found by the name tier, which then searches the exact spelling too (decision 0027)
        // «al-Jubeir»: a Latin name behind the Arabic article, one name (decision 0031)
        String withArticle = exact.size() == 2
                ? LatinReadings.withArticle(exact.get(0).term(), exact.get(1).term()) : null;
        boolean name = withArticle != null || exact.size() == 1 && (names.readsAsName(exact.get(0).term())
                || NameForms.isArticleNisba(exact.get(0).term()) || PlacedNames.isPlace(index, exact.get(0).term()));
        // a family name typed without its article (خريجي for «الخريجي»): searched as that name (decision 0199)
        String definite = name || exact.size() != 1 ? null : ArticleReadings.definiteName(exact.get(0).term(), names);
        name |= definite != null;
        // a definite name the library hardly writes without its article: not stemmed (decision 0214)
        name |= exact.size() == 1 && ArticleBoundNames.definiteOnly(exact.get(0).term(), index);
        // a nisba whose stem is its base (نقلي → نقل), a family name that is a given name with the article (السالم /
        // سالم): another word's forms by the stem (decisions 0224, 0225)
        name |= exact.size() == 1 && (NisbaBases.stemmedToBase(exact.get(0).term(),
                Analysis.terms(analysis.stemmed(), IndexFields.BODY_STEM, word))
                || DefiniteFamilyNames.isFamilyName(exact.get(0).term(), names));
        // a name typed without the article the library writes mostly so: not the word with it (decision 0215)
        boolean bare = name && definite == null && withArticle == null && exact.size() == 1
                && ArticleBoundNames.definiteIsAnother(exact.get(0).term(), index);
        List<Analysis.Token> stems = name ? List.of()
                : Analysis.tokens(analysis.stemmed(), IndexFields.BODY_STEM, word);
        addPhrase(b, stems, IndexFields.TITLE_STEM, IndexFields.BODY_STEM, STEM);
        // an ordinary word behind a lone ب ل ك, which the stemmer leaves on it: «بقصر» (decision 0202)
        List<String> lone = stems.size() != 1 ? List.of() : VariantCache.get(learned, LONE_FORMS + exact.get(0).term(),
                k -> LonePrepositionForms.of(exact.get(0).term(), names));
        Query loneQuery = LonePrepositionForms.query(lone, index, STEM);
        if (loneQuery != null) {
            b.add(loneQuery, Occur.SHOULD);
        }
        // a Latin acronym by its letters' Arabic names: mbc → «إم بي سي» (decision 0201)
        List<List<String>> letters = AcronymLetterNames.columns(word);
        if (!letters.isEmpty()) {
            b.add(JoinedPhraseWords.exactPhrase(letters, index, NAME * VARIANT, TITLE), Occur.SHOULD);
        }
        if (positive) {
            terms.exact.addAll(lone);
            terms.phraseOf(MatchTerms.Kind.EXACT, letters);
        }
        if (exact.size() == 1 || withArticle != null) {
            String typed = withArticle != null ? withArticle : exact.get(0).term();
            List<String> related = NameForms.isLatin(typed) ? NameForms.related(typed, names)
                    : confirmedRelated(typed);
            // a group's or place's other forms the library confirms: الأكراد → الكردي, أفغانستان → الأفغان (0054)
            List<String> group = NameForms.isLatin(typed) ? List.of() : groupForms(typed, related);
            if (NameForms.isLatin(typed)) {
                related = listedSpellings(typed);
                // a Latin name the lists do not know, or whose listed spellings the index does not hold: its Arabic
                // spellings in the index by the learned model (0028); a listed name: its listed spellings and their
                // variants the library writes more often (0030); decided over the whole library or collection
                List<String> learnedForms = learnedSpellings(typed, related);
                List<String> listedOrLearned = new ArrayList<>(learnedForms);
                if (learnedForms.isEmpty()) {
                    names.lexicon().arabicOf(typed).stream().filter(related::contains).forEach(listedOrLearned::add);
                }
                // not the participle a hamza seat away from the name: «الفائز» for Al-Fayez (decision 0213)
                List<String> spellings = HamzaSeats.withoutWords(listedOrLearned, index);
                // the spellings with their letter variants; their nisba forms only as written, and a nisba's
                // other forms only where the library's context confirms them (decision 0034)
                group = latinDerivedForms(typed, spellings);
                related = spellings;
                // a two-word spelling, learned or listed (Islamabad: إسلام آباد), as an exact phrase (decision 0138)
                learnedPhrases(b, spellings, positive);
            }
            // a Latin name the bilingual lists (or the learned model) translate is searched by its Arabic spellings,
            // not by its sound; the translation decides, not whether this index holds a spelling, so that every
            // archive shard decides alike (0124)
            Query relatedQuery = related.isEmpty() ? null
                    : nameTier(related, positive, true, NameForms.isLatin(typed), false,
                    NameForms.isLatin(typed) ? typed : null);
            boolean translated = !related.isEmpty() && NameForms.isLatin(typed);
            Query nameQuery = translated ? null : nameTier(definite != null ? ArticleReadings.nameForms(typed, definite, forms(typed)) : forms(typed),
                    positive, name && !bare, false, true,
                    NameForms.isLatin(typed) ? typed : null);
            if (nameQuery != null) {
                b.add(nameQuery, Occur.SHOULD);
            }
            if (bare) {
                List<String> own = ArticleBoundNames.cliticForms(typed);
                b.add(JoinedPhraseWords.exactPhrase(List.of(own), index, NAME, TITLE), Occur.SHOULD);
                if (positive) {
                    terms.exact.addAll(own);
                }
            }
            // a name's clitic forms its name tier cannot reach: «للقاهرة», «لهيئة» (decision 0179)
            List<String> clitics = name && withArticle == null
                    ? WrittenClitics.of(definite != null ? definite : typed) : List.of();
            if (!clitics.isEmpty()) {
                b.add(JoinedPhraseWords.exactPhrase(List.of(clitics), index, NAME, TITLE), Occur.SHOULD);
                if (positive) {
                    terms.exact.addAll(clitics);
                }
            }
            if (relatedQuery != null) {
                b.add(relatedQuery, Occur.SHOULD);
            }
            // the adjective forms of the country the typed word writes another way (تايلند → التايلاندي), as written
            for (String f : variantCountryForms(typed)) {
                group = withForm(group, related, f);
            }
            // a name's final hamza left out or written (ضبا / ضباء): its other spelling, as written
            String hamza = withArticle == null ? finalHamza(typed) : null;
            if (hamza != null) {
                group = withForm(group, related, hamza);
            }
            Query groupQuery = group.isEmpty() ? null : asWritten(group, positive);
            if (groupQuery != null) {
                b.add(groupQuery, Occur.SHOULD);
            }
            if (withArticle == null) {
                // a name typed as one word also finds it written as two, as the two words typed would (0055)
                for (String pair : CompoundSplits.of(typed, names)) {
                    Query split = phrase(pair, positive);
                    if (split != null) {
                        // ranked as a variant spelling: after the articles that write the name as typed
                        b.add(new BoostQuery(new ConstantScoreQuery(split), NAME * VARIANT), Occur.SHOULD);
                    }
                }
            }
        }
        if (positive) {
            exact.forEach(t -> terms.exact.add(t.term()));
            stems.forEach(t -> terms.stems.add(t.term()));
        }
        return b.build();
    }

    /**
     * The nisba forms of an Arabic typed name ({@link NameForms#related}): all of a country's (البرازيل → البرازيلي);
     * of another name, a form written in enough articles only where the library uses it about the same name (the
     * context of decision 0125; decision 0056): البعثي finds البعثيين, but the family name الحربي not the adjective
     * الحربية («military»), الإسماعيلية (the town) not الإسماعيلي (the club). Cached with the group forms.
     */
    private List<String> confirmedRelated(String typed) {
        return VariantCache.get(learned, RELATED_FORMS + typed, t -> {
            List<String> related = NameForms.related(typed, names);
            if (related.isEmpty() || names.lexicon().isCountry(typed)) {
                return related;
            }
            List<String> out = new ArrayList<>(related.size());
            for (String f : related) {
                if (confirmedForm(typed, f)) {
                    out.add(f);
                }
            }
            return out;
        });
    }

    /**
     * The nisba forms ({@link NameForms#related}) of the countries that are letter variants of an Arabic typed word
     * that is no country itself and that the library uses about the same country (the context of decision 0125):
     * تايلند, a spelling of تايلاند, finds «التايلاندي» as تايلاند does (decision 0056). Cached with the group forms.
     */
    private List<String> variantCountryForms(String typed) {
        return VariantCache.get(learned, COUNTRY_FORMS + typed, t -> {
            if (NameForms.isLatin(typed) || typed.indexOf(' ') >= 0 || names.lexicon().isCountry(typed)
                    || !names.readsAsName(typed)) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (NameVariants.Variant v : variants(IndexFields.BODY_NAME, typed, true)) {
                String country = v.surface();
                if (v.match() != NameMatcher.Match.EXACT && names.lexicon().isCountry(country)
                        && index.sameName(typed, country)) {
                    for (String f : NameForms.related(country, names)) {
                        if (!out.contains(f)) {
                            out.add(f);
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * True when {@code form}, another form of the name {@code name}, may be searched for it: it is written in fewer
     * than {@value SpellingContext#MIN_ARTICLES} articles, or the library uses it about the same name (the context of
     * decision 0125) — the test of decisions 0034 (Latin names' spellings) and 0056 (Arabic typed names).
     */
    private boolean confirmedForm(String name, String form) {
        return names.articleCount(form) < SpellingContext.MIN_ARTICLES || index.sameName(name, form);
    }

    /** {@link FinalHamza#of}, cached with the group forms. */
    private String finalHamza(String typed) {
        List<String> other = VariantCache.get(learned, FINAL_HAMZA + typed, t -> {
            String o = FinalHamza.of(typed, index);
            return o == null ? List.of() : List.of(o);
        });
        return other.isEmpty() ? null : other.get(0);
    }

    /** {@code group} with {@code form} added when neither it nor {@code related} holds it (a new list then). */
    private static List<String> withForm(List<String> group, List<String> related, String form) {
        if (related.contains(form) || group.contains(form)) {
            return group;
        }
        List<String> out = new ArrayList<>(group);
        out.add(form);
        return out;
    }

    /** The forms of the typed word's group or place that the library confirms, other than {@code related}. */
    private List<String> groupForms(String typed, List<String> related) {
        // cached with the reader's learned spellings, under a key no Latin word has
        List<String> group = VariantCache.get(learned, GROUP_FORMS + typed, t -> GroupForms.confirmed(typed, index));
        return group.stream().filter(f -> !related.contains(f)).toList();
    }

    /**
     * The name tier of {@code forms} as written (behind proclitics), without their letter variants: a derived form
     * is a spelling of the name only as the library confirmed it (درزي, not the name دورسي a letter away).
     */
    private Query asWritten(List<String> forms, boolean positive) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String field : new String[] {IndexFields.TITLE_NAME, IndexFields.BODY_NAME}) {
            List<NameVariants.Variant> found = new ArrayList<>();
            for (String form : forms) {
                for (NameVariants.Variant v : variants(field, form, false)) {
                    if (v.match() == NameMatcher.Match.EXACT && v.surface().equals(form)) {
                        found.add(v);
                    }
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            if (positive) {
                found.forEach(v -> terms.names.add(v.term()));
            }
            float boost = field.equals(IndexFields.TITLE_NAME) ? NAME * TITLE : NAME;
            b.add(spellings(field, found, boost * VARIANT), Occur.SHOULD);
            n++;
        }
        return n == 0 ? null : b.build();
    }

    /**
     * Several words searched as a phrase weighted as a variant spelling: as written (the exact fields) and behind
     * proclitics (the name fields, which hold each word without them).
     */
    private void variantPhrase(BooleanQuery.Builder b, List<Analysis.Token> words, boolean positive) {
        addPhrase(b, words, IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT, NAME * VARIANT);
        namePhrases(b, words, VARIANT, positive);
    }

    /**
     * Several words as a phrase in the name fields (each word without its proclitics), weighted as a name times
     * {@code weight}.
     */
    private void namePhrases(BooleanQuery.Builder b, List<Analysis.Token> words, float weight, boolean positive) {
        for (String field : new String[] {IndexFields.TITLE_NAME, IndexFields.BODY_NAME}) {
            Query q = namePhrase(field, words, -1, positive);
            if (q != null) {
                float boost = field.equals(IndexFields.TITLE_NAME) ? NAME * TITLE : NAME;
                b.add(new BoostQuery(q, boost * weight), Occur.SHOULD);
            }
        }
    }

    /**
     * The learned two-word spellings of a Latin word (Snapchat → سناب شات, decision 0030) as exact phrases: the name
     * field holds two words as one term only after a short first word.
     */
    private void learnedPhrases(BooleanQuery.Builder b, List<String> learnedForms, boolean positive) {
        for (String form : learnedForms) {
            if (form.indexOf(' ') < 0) {
                continue;
            }
            List<Analysis.Token> exact = Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, form);
            if (exact.size() == 2) {
                // also behind proclitics (بالمدينة المنورة), as the name fields hold the words (decision 0138)
                variantPhrase(b, exact, positive);
                if (positive) {
                    terms.phrase(MatchTerms.Kind.EXACT, Analysis.terms(exact));
                }
            }
        }
    }

    private Query phrase(String phrase, boolean positive) {
        List<Analysis.Token> exact = Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, phrase);
        if (exact.size() <= 1) {
            return word(phrase, positive);
        }
        if (NameForms.isLatin(exact.get(0).term())) {
            // a quoted English or listed name of several Latin words: as the press writes it (decision 0134)
            List<QueryNode> words = new ArrayList<>();
            for (String w : phrase.strip().split("\\s+")) {
                words.add(new QueryNode.Word(w));
            }
            LatinRuns.Run run = latinRun(words, 0, null);
            if (run != null && run.to() == words.size() && run.kind() != LatinRuns.Kind.TITLE) {
                return latinRun(run, words.get(0), positive);
            }
        }
        if (positive) {
            text = true;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addPhrase(b, exact, IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT, EXACT);
        // two Arabic words that are one name are not stemmed, as a one-word name is not (0027): الخليج العربي is not
        // «الخليج العربية» (decision 0141); the name tier below finds them behind proclitics
        boolean name = exact.size() == 2 && !NameForms.isLatin(exact.get(0).term())
                && !NameForms.isLatin(exact.get(1).term())
                && DefiniteNounPhrase.isOneName(exact.get(0).term(), exact.get(1).term(), names);
        // a noun phrase of three words or more (قوات الطوارئ الخاصة; decision 0198): a phrase, not stemmed either
        List<String> phraseWords = Analysis.terms(exact);
        boolean chain = exact.size() >= 3 && ConstructPhrase.isChain(phraseWords, names);
        List<Analysis.Token> stems = name || chain ? List.of()
                : Analysis.tokens(analysis.stemmed(), IndexFields.BODY_STEM, phrase);
        addPhrase(b, stems, IndexFields.TITLE_STEM, IndexFields.BODY_STEM, STEM);
        // a noun phrase (0198), or any other Arabic phrase not read as a name (0226): its first word also behind
        // proclitics as written («لهيئة الأمر بالمعروف»), which the stemmer leaves on it and the name field cannot reach
        if (chain || !name && !NameForms.isLatin(exact.get(0).term())) {
            List<List<String>> columns = ProcliticForms.firstWordBehindProclitics(phraseWords);
            b.add(JoinedPhraseWords.exactPhrase(columns, index, STEM, TITLE), Occur.SHOULD);
            if (positive) {
                terms.phraseOf(MatchTerms.Kind.EXACT, columns);
            }
        }
        if (name) {
            // in the stem tier's place: the first word behind proclitics as written (للأمم المتحدة); the second
            // without its article only for a name of two words (ولد شيخ), not a noun phrase (جامعة أمام, 0198)
            String first = exact.get(0).term();
            int gap = exact.get(1).position() - exact.get(0).position();
            String second = exact.get(1).term();
            procliticPhrase(b, first, SecondWordHamza.isTwoWordName(first, second, names)
                    ? ProcliticForms.withoutArticleAfter(first, second) : List.of(second), gap, STEM, positive);
            // a place's people: كوريا الجنوبية → «الكوري الجنوبي», «كورية جنوبية» (decision 0142)
            for (String people : PeopleAdjectives.of(first, exact.get(1).term(), names)) {
                int space = people.indexOf(' ');
                procliticPhrase(b, people.substring(0, space), List.of(people.substring(space + 1)), gap,
                        NAME * VARIANT, positive);
            }
        }
        if (exact.size() == 2) {
            secondWordPhrase(b, exact, positive);
            hamzaPhrases(b, exact, positive);
        }
        // two neighbouring words the press writes as one: «علي عبدالله صالح» (decision 0178)
        for (List<String> joined : JoinedPhraseWords.of(phraseWords, names::articleCount)) {
            List<List<String>> columns = ProcliticForms.firstWordBehindProclitics(joined);
            b.add(JoinedPhraseWords.exactPhrase(columns, index, NAME * VARIANT, TITLE), Occur.SHOULD);
            if (positive) {
                terms.phraseOf(MatchTerms.Kind.EXACT, columns);
            }
        }
        for (String field : new String[] {IndexFields.TITLE_NAME, IndexFields.BODY_NAME}) {
            float boost = field.equals(IndexFields.TITLE_NAME) ? NAME * TITLE : NAME;
            // the words one by one, then each neighbouring pair read as one compound
            for (int joined = -1; joined < exact.size() - 1; joined++) {
                Query q = namePhrase(field, exact, joined, positive);
                if (q != null) {
                    b.add(new BoostQuery(q, boost), Occur.SHOULD);
                }
            }
        }
        if (positive) {
            terms.phrase(MatchTerms.Kind.EXACT, Analysis.terms(exact));
            terms.phrase(MatchTerms.Kind.STEM, Analysis.terms(stems));
        }
        return b.build();
    }

    /**
     * Two words in the exact fields, the first behind proclitics ({@link ProcliticForms}) and the second any of
     * {@code seconds} (decisions 0141, 0142).
     */
    private void procliticPhrase(BooleanQuery.Builder b, String first, List<String> seconds, int gap, float weight,
                                 boolean positive) {
        List<String> firsts = ProcliticForms.of(first);
        for (String field : new String[] {IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT}) {
            MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
            m.add(firsts.stream().map(f -> new Term(field, f)).toArray(Term[]::new), 0);
            m.add(seconds.stream().map(f -> new Term(field, f)).toArray(Term[]::new), gap);
            float boost = field.equals(IndexFields.TITLE_EXACT) ? weight * TITLE : weight;
            b.add(new BoostQuery(index.phrase(m.build()), boost), Occur.SHOULD);
        }
        if (positive) {
            terms.phraseOf(MatchTerms.Kind.EXACT, List.of(firsts, seconds));
        }
    }

    /**
     * A two-word name with its second word's final hamza written otherwise ({@link SecondWordHamza}, decision 0140),
     * as written and behind proclitics, weighted as a variant spelling.
     */
    private void hamzaPhrases(BooleanQuery.Builder b, List<Analysis.Token> exact, boolean positive) {
        Analysis.Token second = exact.get(1);
        List<String> others = new ArrayList<>(SecondWordHamza.of(exact.get(0).term(), second.term(), names));
        // the second word's other vowel letters behind the article, its other case ending (decision 0163)
        others.addAll(VariantCache.get(learned, COMPOUND_WORDS + exact.get(0).term() + ' ' + second.term(),
                k -> CompoundWordSpellings.of(exact.get(0).term(), second.term(), index)));
        for (String other : others) {
            List<Analysis.Token> written = List.of(exact.get(0),
                    new Analysis.Token(other, second.position(), second.start(), second.end()));
            variantPhrase(b, written, positive);
            if (positive) {
                terms.phrase(MatchTerms.Kind.EXACT, List.of(exact.get(0).term(), other));
            }
        }
    }

    private void addPhrase(BooleanQuery.Builder b, List<Analysis.Token> tokens, String titleField,
                                  String bodyField, float boost) {
        if (tokens.isEmpty()) {
            return;
        }
        b.add(new BoostQuery(phraseOrTerm(titleField, tokens), boost * TITLE), Occur.SHOULD);
        b.add(new BoostQuery(phraseOrTerm(bodyField, tokens), boost), Occur.SHOULD);
    }

    private Query phraseOrTerm(String field, List<Analysis.Token> tokens) {
        if (tokens.size() == 1) {
            return term(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        int first = tokens.get(0).position();
        for (Analysis.Token t : tokens) {
            p.add(new Term(field, t.term()), t.position() - first);
        }
        return index.phrase(p.build());
    }

    /** The name tier of a word (given as its forms) in title and body, or null when no spelling is indexed. */
    private Query nameTier(List<String> forms, boolean positive) {
        return nameTier(forms, positive, true, false, true);
    }

    private Query nameTier(List<String> forms, boolean positive, boolean exactSpellings) {
        return nameTier(forms, positive, exactSpellings, false, true);
    }

    /**
     * The name tier of {@code forms}; without {@code exactSpellings}, only the spellings that differ from the
     * query's are searched (all are still marked): for a single word, the exact spelling (and the word behind
     * proclitics) already matches in the exact and stem tiers, with more weight, and its postings are as long as
     * the word is common — most of the cost of the tier (decision 0046). With {@code arabicOnly} (the Arabic
     * spellings of a typed Latin name) their Latin sound-alikes are left out: the typed word finds its Latin spelling.
     * {@code typed}: the forms are what the user typed (not the spellings the lists or the model translate a Latin
     * name to, nor a name's nisba forms), so a dictionary word among them has no other spellings.
     */
    private Query nameTier(List<String> forms, boolean positive, boolean exactSpellings, boolean arabicOnly,
                           boolean typed) {
        return nameTier(forms, positive, exactSpellings, arabicOnly, typed, null);
    }

    /**
     * The name tier of {@code forms}, the Arabic spellings of the typed Latin word {@code latin} when not null: then
     * a letter variant is searched only when it fits the Latin letters ({@link LatinSpellingFit}, decision 0154).
     */
    private Query nameTier(List<String> forms, boolean positive, boolean exactSpellings, boolean arabicOnly,
                           boolean typed, String latin) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String field : new String[] {IndexFields.TITLE_NAME, IndexFields.BODY_NAME}) {
            Map<String, NameVariants.Variant> found = new LinkedHashMap<>();
            for (String form : forms) {
                for (NameVariants.Variant v : variants(field, form, typed)) {
                    if ((!arabicOnly || !NameForms.isLatin(v.surface())) && (latin == null || fits(latin, form, v))) {
                        found.putIfAbsent(v.term(), v);
                    }
                }
            }
            if (latin != null && found.size() > 1) {
                // a place's adjective beside the place, for a Latin word ending in a (Mansoura; decision 0154)
                Set<String> surfaces = new java.util.HashSet<>();
                found.values().forEach(v -> surfaces.add(v.surface()));
                found.values().removeIf(v -> LatinSpellingFit.isNisbaOfAnother(latin, v.surface(), surfaces));
            }
            if (found.isEmpty()) {
                continue;
            }
            List<NameVariants.Variant> list = new ArrayList<>(found.values());
            if (positive) {
                list.forEach(v -> terms.names.add(v.term()));
            }
            // a split or joined spelling (فيس بوك for فيسبوك) has the query's letters but is another term: searched
            List<NameVariants.Variant> searched = exactSpellings ? list
                    : list.stream().filter(v -> v.match() != NameMatcher.Match.EXACT || !forms.contains(v.surface()))
                    .toList();
            if (searched.isEmpty()) {
                continue;
            }
            float boost = field.equals(IndexFields.TITLE_NAME) ? NAME * TITLE : NAME;
            b.add(spellings(field, searched, boost), Occur.SHOULD);
            n++;
        }
        return n == 0 ? null : b.build();
    }

    /**
     * True when the indexed spelling {@code v} of {@code form}, an Arabic spelling of the typed Latin word, may be
     * searched for it ({@link LatinSpellingFit}); cached with the learned spellings.
     */
    private boolean fits(String latin, String form, NameVariants.Variant v) {
        if (v.match() == NameMatcher.Match.EXACT && v.surface().equals(form)) {
            return true;
        }
        String surface = v.surface();
        return !VariantCache.get(learned, LATIN_FIT + latin + '\u0000' + form + '\u0000' + surface,
                k -> LatinSpellingFit.searchable(index, latin, form, surface, v.match() == NameMatcher.Match.EXACT)
                        ? List.of(surface) : List.of()).isEmpty();
    }

    /**
     * A Latin acronym the English-names list knows (decision 0152), as a word: only the learned one-word spellings
     * the library writes as a strong name (ناتو), never a transliteration into ordinary words; null when none.
     */
    private Query acronymAsWord(String typed, boolean positive) {
        List<String> latin = Analysis.terms(analysis.exact(), IndexFields.BODY_EXACT, typed);
        if (latin.size() != 1 || !NameForms.isLatin(latin.get(0))) {
            return null;
        }
        List<String> strong = learnedSpellings(latin.get(0), List.of()).stream()
                .filter(s -> s.indexOf(' ') < 0 && names.isStrongName(s)).toList();
        return strong.isEmpty() ? null : nameTier(strong, positive, true, true, false, latin.get(0));
    }

    /** Any of the spellings of one name in one field; a spelling other than the query's weighs {@value #VARIANT}. */
    private Query spellings(String field, List<NameVariants.Variant> variants, float boost) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (NameVariants.Variant v : variants) {
            if (clauses++ >= IndexSearcher.getMaxClauseCount()) {
                break;
            }
            float weight = v.match() == NameMatcher.Match.EXACT ? boost : boost * VARIANT;
            b.add(new BoostQuery(term(new Term(field, v.term())), weight), Occur.SHOULD);
        }
        return b.build();
    }

    private Query term(Term t) {
        return index.term(t);
    }

    /**
     * A phrase in a name field: each word's spellings at its position, or, with {@code joined >= 0}, the words
     * {@code joined} and {@code joined + 1} read as one compound (its term sits at the second word's position
     * for a split spelling, at the first for a joined one: a slop of one accepts both).
     */
    private Query namePhrase(String field, List<Analysis.Token> words, int joined, boolean positive) {
        MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
        int first = words.get(0).position();
        List<String> accepted = new ArrayList<>();
        List<List<String>> spellings = new ArrayList<>();
        List<Term[]> columns = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<NameVariants.Variant> variants = new ArrayList<>();
            int position = words.get(i).position() - first;
            if (i == joined) {
                variants.addAll(variants(field, words.get(i).term() + " " + words.get(i + 1).term(), true));
                i++;
            } else {
                for (String form : forms(words.get(i).term())) {
                    variants.addAll(variants(field, form, true));
                }
            }
            if (variants.isEmpty()) {
                return null;
            }
            Term[] column = variants.stream().map(v -> new Term(field, v.term())).distinct().toArray(Term[]::new);
            m.add(column, position);
            columns.add(column);
            variants.forEach(v -> accepted.add(v.term()));
            spellings.add(variants.stream().map(NameVariants.Variant::surface).toList());
        }
        if (joined >= 0) {
            m.setSlop(1);
        }
        if (positive && columns.size() == 1) {
            terms.names.addAll(accepted);
        } else if (positive) {
            terms.phraseOf(MatchTerms.Kind.NAME, spellings);
        }
        if (columns.size() == 1) {
            // the query a phrase of one position rewrites to (any of its terms), with each term's states reused
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Term t : columns.get(0)) {
                any.add(term(t), Occur.SHOULD);
            }
            return any.build();
        }
        return index.phrase(m.build());
    }

    /**
     * A query word and the word without its proclitics when that is a name (لكراباخ → كراباخ), as the name field
     * indexes both. A word that reads as a name keeps its letters (سابك is a name, not س + ابك), and a clitic-free
     * reading that is no name is not searched: its variants are other words behind other clitics (بريدة → ريدة
     * would find فريدة, بايرن → ايرن would find إيران).
     */
    private List<String> forms(String word) {
        List<String> out = new ArrayList<>();
        out.add(word);
        if (names.readsAsName(word)) {
            return out;
        }
        for (String f : analysis.withoutProclitics(word)) {
            // not a reading without the article the library writes as a word of its own (عايد, أمام; 0199)
            if (!out.contains(f) && names.readsAsName(f) && !ArticleReadings.droppedArticleIsAnother(word, f, names)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * True when the indexed spelling differs from the typed name by a written vowel letter or two, both are names (a
     * dictionary word only when mostly tagged, 0026), a country only with a country (فرنسا is not فرنسوا; a final ا
     * or ة either way, سوريا or سورية), both are written in enough
     * articles, and the words around them in the library say they are one name (0125) or both are tagged in the same
     * full names (0126).
     */
    private boolean sharesContext(String typed, String surface) {
        return surface.indexOf(' ') < 0 && SpellingContext.contextPair(typed, surface)
                && names.lexicon().isCountrySpelling(typed) == names.lexicon().isCountrySpelling(surface)
                && names.isName(typed) && names.isName(surface)
                && names.articleCount(typed) >= SpellingContext.MIN_ARTICLES
                && names.articleCount(surface) >= SpellingContext.MIN_ARTICLES
                && index.sameName(typed, surface);
    }

    /**
     * True when the typed compound (two words, a name by 0026) and an indexed one that is no name by itself share
     * their first word, and their second words are letter variants ({@link NameMatcher} accepts the compounds:
     * فان غال / فان جال) or differ by a written vowel letter or two ({@link SpellingContext#vowelLetterPair}: سان
     * جيرمان / سان جرمان), the indexed compound written in enough articles: the name's first word is the context that
     * a lone second word lacks (decision 0055).
     */
    private boolean compoundVariant(String typed, String surface, NameMatcher.Match m) {
        return compoundVariant(typed, surface, m, surface);
    }

    /** {@link #compoundVariant}, the indexed compound counted by the articles of {@code written}. */
    private boolean compoundVariant(String typed, String surface, NameMatcher.Match m, String written) {
        int space = typed.indexOf(' ');
        if (space <= 0 || space != surface.indexOf(' ') || typed.indexOf(' ', space + 1) >= 0
                || surface.indexOf(' ', space + 1) >= 0 || !typed.regionMatches(0, surface, 0, space)) {
            return false;
        }
        return (m == NameMatcher.Match.VARIANT
                || SpellingContext.vowelLetterPair(typed.substring(space + 1), surface.substring(space + 1)))
                && names.isName(typed) && names.articleCount(written) >= SpellingContext.MIN_ARTICLES;
    }

    /**
     * A typed two-word name with a variant of its second word, as written after the first ({@link
     * #secondWordVariants}): an exact-field phrase, as the first word may be no name-field word (فان is also «فإن»).
     */
    private void secondWordPhrase(BooleanQuery.Builder b, List<Analysis.Token> exact, boolean positive) {
        List<NameVariants.Variant> second = secondWordVariants(IndexFields.BODY_NAME, exact.get(0).term(),
                exact.get(1).term());
        if (second.isEmpty()) {
            return;
        }
        int gap = exact.get(1).position() - exact.get(0).position();
        for (String field : new String[] {IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT}) {
            MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
            m.add(new Term[] {new Term(field, exact.get(0).term())}, 0);
            m.add(second.stream().map(v -> new Term(field, v.surface())).toArray(Term[]::new), gap);
            float boost = field.equals(IndexFields.TITLE_EXACT) ? NAME * TITLE : NAME;
            b.add(new BoostQuery(index.phrase(m.build()), boost * VARIANT), Occur.SHOULD);
        }
        if (positive) {
            terms.phraseOf(MatchTerms.Kind.EXACT, List.of(List.of(exact.get(0).term()),
                    second.stream().map(NameVariants.Variant::surface).toList()));
        }
    }

    /**
     * The spellings of the second word of a typed two-word name that make a variant of the name with its first word
     * ({@link #compoundVariant}: فان غال → «فان جال», where غال and جال alone, three letters, match only exactly) and
     * are written in enough articles; none when the two words are not one name together (decision 0055).
     */
    private List<NameVariants.Variant> secondWordVariants(String field, String first, String second) {
        return VariantCache.get(cache, field + "\u0000second\u0000" + first + ' ' + second, k -> {
            String pair = first + ' ' + second;
            String key = NameKey.ofNormalized(second);
            if (key.isEmpty() || NameForms.isLatin(pair) || !names.isTwoWordName(pair)) {
                return List.of();
            }
            List<NameVariants.Variant> out = new ArrayList<>();
            for (String k2 : NameKey.variantKeys(key)) {
                for (String term : index.termsStartingWith(field, NameKeyTerms.prefix(k2), NameVariants.MAX_CANDIDATES)) {
                    String surface = NameKeyTerms.surface(term);
                    if (surface.equals(second) || surface.indexOf(' ') >= 0) {
                        continue;
                    }
                    // a dictionary word only when it is a name (جال, tagged; not قال after فإن, which فان also writes)
                    if (NameWords.isCommonWord(surface) && !names.isName(surface)) {
                        continue;
                    }
                    NameMatcher.Match m = matcher.matchNormalized(pair, first + ' ' + surface);
                    if (m != NameMatcher.Match.EXACT && compoundVariant(pair, first + ' ' + surface, m, surface)) {
                        out.add(new NameVariants.Variant(surface, NameMatcher.Match.VARIANT, term));
                    }
                }
            }
            return out;
        });
    }

    /** The Arabic spellings of a Latin word in the index by the learned model, cached with the reader's variants. */
    private List<String> learnedSpellings(String latin, List<String> listed) {
        return VariantCache.get(learned, latin, k -> index.learnedSpellings(k, listed));
    }

    /**
     * The nisba forms of a typed Latin name's Arabic spellings ({@link NameForms#withDerived}), searched as written
     * ({@link #asWritten}: a form is not letter-varied, كندي does not bring كينيدي, Kennedy): all of a country's (the
     * lists know it as one: كندا → الكندي, كندية); of another spelling that ends as a nisba (a family name: سليماني,
     * المالكي; a club: نابولي), a form the library writes in at least {@value SpellingContext#MIN_ARTICLES} articles
     * only where it has the context of the spelling ({@link QueryIndex#sameName}, decision 0125), as group forms are
     * confirmed (0054; for Arabic words decision 0056 does the same): سليماني does not bring السليمانية (the city),
     * نابولي not نابوليون. Cached with the learned spellings (decision 0034).
     */
    private List<String> latinDerivedForms(String typed, List<String> spellings) {
        return VariantCache.get(learned, LATIN_DERIVED + typed, t -> {
            Set<String> out = new LinkedHashSet<>();
            for (String s : spellings) {
                boolean country = names.lexicon().isCountry(s);
                for (String d : NameForms.withDerived(List.of(s), names)) {
                    if (spellings.contains(d) || out.contains(d)) {
                        continue;
                    }
                    // beyond a country's, a form the Latin letters still write (0154); no function word (0153)
                    if ((country || confirmedForm(s, d) && LatinSpellingFit.derivedFits(typed, d))
                            && !LatinSpellingFit.isFunctionWordReading(index, d)) {
                        out.add(d);
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * The indexed spellings of the name {@code form} in {@code field}, exact ones first: the terms of the name's
     * key in the field's term dictionary (each distinct term once, however many segments or shards), then
     * {@link NameMatcher} keeps the real variants. A dictionary word the user typed ({@code typed}) that does not
     * read as a name keeps its exact spellings only. Decisions are shared by both fields within the query; the
     * result is cached for the index generation (see {@link VariantCache}).
     */
    private List<NameVariants.Variant> variants(String field, String form, boolean typed) {
        return VariantCache.get(cache, field + '\u0000' + form + (typed ? "" : "\u0000related"), k -> {
            String normalized = ArabicNormalizer.normalize(form).strip();
            String key = NameKey.ofNormalized(normalized);
            if (key.isEmpty()) {
                return List.of();
            }
            Map<String, NameMatcher.Match> decided = VariantCache.get(decisions, normalized,
                    n -> new java.util.concurrent.ConcurrentHashMap<>());
            // a dictionary word typed as a word (أهالي, أمراء) has no other spellings: a name a letter away (الأهلي
            // the club, أمورا) is another word
            boolean mayVary = !typed || !NameWords.isCommonWord(normalized) || names.readsAsName(normalized);
            List<NameVariants.Variant> exact = new ArrayList<>();
            List<NameVariants.Variant> other = new ArrayList<>();
            boolean latin = NameForms.isLatin(normalized);
            List<String> terms = new ArrayList<>();
            for (String k2 : NameKey.variantKeys(key)) {
                terms.addAll(index.termsStartingWith(field, NameKeyTerms.prefix(k2), NameVariants.MAX_CANDIDATES));
            }
            for (String term : terms) {
                String surface = NameKeyTerms.surface(term);
                if (NisbaBases.isBaseOf(normalized, surface)) {
                    continue; // a nisba's base is another word: «سعد» for «السعدي» (decision 0224)
                }
                NameMatcher.Match m = decided.computeIfAbsent(surface, sf -> matcher.matchNormalized(normalized, sf));
                if (m == NameMatcher.Match.EXACT) {
                    // the word a hamza seat away is another word: «الفائز» for «الفايز» (decision 0213)
                    if (!HamzaSeats.apart(normalized, surface, index)) {
                        exact.add(new NameVariants.Variant(surface, m, term));
                    }
                } else if (m == NameMatcher.Match.VARIANT && mayVary && names.isName(surface)
                        && !matcher.variantLeftToContext(normalized, surface)
                        && !ArticleUsage.apart(normalized, surface, names)
                        && !DistinctNames.apart(normalized, surface, index)
                        && (!latin || NameForms.isLatin(surface) || LatinSoundTargets.accepts(index, matcher, normalized,
                        surface))
                        && (latin || !NameForms.isLatin(surface) || LatinSoundTargets.writes(names, surface, normalized))) {
                    // variants reach only names (0026); a Latin word's sound only strong ones, by its own letters (0032);
                    // an Arabic word only the Latin words that write it (0033: حماة is not Home)
                    other.add(new NameVariants.Variant(surface, m, term));
                } else if (m != NameMatcher.Match.EXACT && mayVary && compoundVariant(normalized, surface, m)) {
                    // سان جيرمان / سان جرمان, فان غال / فان جال: the second word of a compound name (0055)
                    other.add(new NameVariants.Variant(surface, NameMatcher.Match.VARIANT, term));
                } else if ((m == NameMatcher.Match.NONE || matcher.variantLeftToContext(normalized, surface))
                        && sharesContext(normalized, surface)) {
                    // another written vowel letter, the same name by the words around both spellings (0125); an ا
                    // before ي (سايمون / سيمون) and a learned vowel group (ايريك / اريك) too, which letters alone read
                    // as a variant (0129, 0143)
                    other.add(new NameVariants.Variant(surface, NameMatcher.Match.VARIANT, term));
                }
            }
            exact.addAll(other);
            return exact.size() > MAX_VARIANTS ? exact.subList(0, MAX_VARIANTS) : exact;
        });
    }
}
