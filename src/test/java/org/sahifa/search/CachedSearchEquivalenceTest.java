package org.sahifa.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;
import org.sahifa.bench.BenchCorpus;
import org.sahifa.bench.SearchLatencyBench;
import org.sahifa.search.query.QueryNode;
import org.sahifa.search.query.QueryParser;
import org.sahifa.store.Article;

import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the search service reuses across searches of one index generation (name spellings, term states, phrase
 * weights, the name-word decisions; decisions 0045, 0050) changes no result: for the latency benchmark's queries
 * and a few more, the service's hits — ids, exact scores, order, totals, title marks, snippets, matched words — are
 * those of the same query compiled afresh into plain Lucene queries (no state or weight reused) over the same
 * reader, on the first search, on a repeated one, and after an import opens a new generation. The library is the
 * first SaudiNewsNet articles (when {@code ../shared} is there) and over a thousand short articles, so that the
 * capped total count and Lucene's skipping of non-competitive hits are exercised.
 */
class CachedSearchEquivalenceTest extends SearchServiceTestSupport {

    private static final int SAUDI_NEWS_NET_ARTICLES = 300;
    private static final List<String> QUERIES = Stream.concat(
            Stream.of(SearchLatencyBench.ONE_WORD), Stream.concat(Stream.of(SearchLatencyBench.TWO_WORDS),
                    Stream.of("قره باغ", "\"الملك سلمان\"", "مجلس الأمن -اليمن", "ولي العهد السعودي", "كراباخ")))
            .toList();

    @Test
    void theServiceFindsWhatPlainQueriesFindOnEveryGeneration() throws Exception {
        if (Files.isRegularFile(BenchCorpus.FILE)) {
            for (Article a : BenchCorpus.load(BenchCorpus.FILE, SAUDI_NEWS_NET_ARTICLES)) {
                source.add(a.title(), a.bodyText());
            }
        }
        for (int k = 0; k < SearchService.TOTAL_HITS_THRESHOLD + 100; k++) {
            source.add(title(k), body(k));
        }
        open();
        for (int round = 0; round < 2; round++) { // cold, then every look-up and weight reused
            for (String q : QUERIES) {
                assertSame(q);
            }
        }
        List<Article> added = List.of(source.add("مجلس الأمن يجتمع", "دعا مجلس الأمن إلى وقف القتال في قره باغ"),
                source.add("الملك سلمان", "استقبل خادم الحرمين الشريفين الملك سلمان ولي العهد في جدة"));
        search.hook().committed(added);
        for (String q : QUERIES) {
            assertSame(q);
        }
    }

    /** Searches {@code q} through the service, then afresh over the reader the service searched; both agree. */
    private void assertSame(String q) throws Exception {
        SearchResults service = search.search(q, SearchOptions.defaults());
        List<SearchHit> plain = search.index().withSearcher(s -> plain(s, q));
        assertThat(service.hits()).as(q).isEqualTo(plain);
        TotalHits total = search.index().withSearcher(s -> collect(s, plainCompiler(s.getIndexReader()), q).totalHits);
        assertThat(service.totalExact()).as(q).isEqualTo(total.relation == TotalHits.Relation.EQUAL_TO);
        assertThat(service.totalHits()).as(q).isEqualTo(service.totalExact() ? total.value
                : SearchService.TOTAL_HITS_THRESHOLD);
    }

    private List<SearchHit> plain(IndexSearcher searcher, String q) throws java.io.IOException {
        QueryCompiler compiler = plainCompiler(searcher.getIndexReader());
        TopDocs top = collect(searcher, compiler, q);
        Highlighter highlighter = new Highlighter(SahifaAnalysis.INSTANCE);
        List<SearchHit> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            long id = Long.parseLong(d.get(IndexFields.ID));
            Article a = source.articles.get(id);
            Highlight h = highlighter.highlight(id, d.get(IndexFields.TITLE), d.get(IndexFields.BODY), compiler.terms);
            out.add(new SearchHit(id, sd.score, d.get(IndexFields.TITLE), h.titleMarks(), a.source(), a.published(),
                    false, false, h.snippet(), h.matched()));
        }
        return out;
    }

    private static TopDocs collect(IndexSearcher searcher, QueryCompiler compiler, String q)
            throws java.io.IOException {
        Query query = compiler.compile(QueryParser.parse(q).root());
        return searcher.search(query, new TopScoreDocCollectorManager(SearchOptions.defaults().limit(), null,
                SearchService.TOTAL_HITS_THRESHOLD, false));
    }

    /**
     * A compiler that reuses nothing: fresh name decisions over the reader, and the interface's own plain term and
     * phrase queries (Lucene looks every term up in every segment again).
     */
    private QueryCompiler plainCompiler(IndexReader reader) {
        NameWords names = new NameWords(NameLexiconWords.standard(), NameWords.wordCounts(Map.of()), reader,
                IndexFields.BODY_NAME);
        LibraryIndex library = new LibraryIndex(reader, source, EntityLookup.NONE, names,
                VariantCache.Generation.uncached());
        QueryIndex plain = new QueryIndex() {
            @Override
            public List<String> termsStartingWith(String field, String prefix, int max) {
                return library.termsStartingWith(field, prefix, max);
            }

            @Override
            public NameWords names() {
                return names;
            }

            @Override
            public long writtenArticles(String word) {
                return library.writtenArticles(word);
            }

            @Override
            public List<String> learnedSpellings(String latin, List<String> listed) {
                return library.learnedSpellings(latin, listed);
            }

            @Override
            public long articlesWriting(List<List<String>> phrases) {
                return library.articlesWriting(phrases);
            }

            @Override
            public boolean sameName(String typed, String spelling) {
                return library.sameName(typed, spelling);
            }

            @Override
            public Query linked(QueryNode.Entity e) {
                return library.linked(e);
            }

            @Override
            public Query state(QueryNode.ArticleState state) {
                return library.state(state);
            }
        };
        return new QueryCompiler(SahifaAnalysis.INSTANCE, plain, ZoneOffset.UTC);
    }

    private static final String[] FILLER = {"وقال", "المتحدث", "إن", "الاجتماع", "بحث", "الأوضاع", "في", "المنطقة",
        "وأكد", "على", "أهمية", "التعاون", "بين", "البلدين", "الرياض", "اليوم"};

    private static String title(int k) {
        return switch (k % 4) {
            case 0 -> "مجلس الأمن يناقش الأزمة " + k;
            case 1 -> "الملك سلمان يستقبل ولي العهد " + k;
            case 2 -> "البيت الأبيض والأمم المتحدة " + k;
            default -> "خبر رقم " + k;
        };
    }

    /**
     * Bodies of varied length and repetition, so that scores spread (and some tie); each names the Security Council
     * once among its filler words, so that مجلس الأمن matches more articles than are counted exactly.
     */
    private static String body(int k) {
        StringBuilder b = new StringBuilder();
        int names = 1 + k % 3;
        for (int n = 0; n < names; n++) {
            b.append(switch ((k + n) % 6) {
                case 0 -> "دعا مجلس الأمن الدولي ";
                case 1 -> "استقبل الملك سلمان بن عبد العزيز ";
                case 2 -> "قال ولي العهد الأمير محمد بن سلمان ";
                case 3 -> "أعلنت الأمم المتحدة وقال البيت الأبيض ";
                case 4 -> "التقى الرئيس فلاديمير بوتين بشار الأسد ";
                default -> "تواصل عاصفة الحزم في اليمن ضد الحوثي ";
            });
        }
        for (int f = 0; f < k % 29; f++) {
            b.append(FILLER[(k + f) % FILLER.length]).append(' ');
            if (f == k % 7) {
                b.append("مجلس الأمن ");
            }
        }
        if (k % 29 <= k % 7) {
            b.append("مجلس الأمن");
        }
        return b.toString().strip();
    }
}
