package org.sahifa.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.NameLexicon;
import org.sahifa.text.NameMatcher;

/**
 * The seed report (two news items) indexed with the name analyzer: every spelling of Karabakh finds both
 * items, بوتين only the second. Skips when ../shared is absent.
 */
class SeedNameSearchTest {

    private static final Path SEED = Path.of("../shared/seeds/karabakh-report.txt");
    private static Directory dir;
    private static DirectoryReader reader;
    private static final NameVariants VARIANTS = NameVariants.standard();

    @BeforeAll
    static void index() throws IOException {
        if (!Files.isReadable(SEED)) {
            return;
        }
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        String first = String.join("\n", lines.subList(0, 3));
        String second = String.join("\n", lines.subList(3, lines.size()));
        ArabicSearchAnalyzers analyzers = new ArabicSearchAnalyzers(ArabicGivenNames.lexicon());
        dir = new ByteBuffersDirectory();
        var analyzer = new PerFieldAnalyzerWrapper(analyzers.exact(),
                Map.of("body.stem", analyzers.stemmed(), "body.name", analyzers.names()));
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (String[] doc : new String[][] {{"1", first}, {"2", second}}) {
                Document d = new Document();
                d.add(new StringField("id", doc[0], Field.Store.YES));
                d.add(new TextField("body.exact", doc[1], Field.Store.NO));
                d.add(new TextField("body.stem", doc[1], Field.Store.NO));
                d.add(new TextField("body.name", doc[1], Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        if (reader != null) {
            reader.close();
            dir.close();
        }
    }

    private static Set<String> search(String query) throws IOException {
        List<NameVariants.Unit> units = VARIANTS.findUnits(reader, "body.name", query, 64);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (NameVariants.Unit u : units) {
            all.add(NameVariants.query("body.name", u.variants(), 2f, 1f), BooleanClause.Occur.MUST);
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc sd : searcher.search(all.build(), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc).get("id"));
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"قره باغ", "قرة باغ", "كراباخ", "كاراباخ", "ناغورني قره باغ", "Karabakh", "قراباغ",
        "ناغوروني كاراباخ"})
    void everySpellingOfKarabakhFindsBothItems(String query) throws IOException {
        assumeTrue(reader != null, "../shared/seeds is absent");
        assertThat(search(query)).containsExactly("1", "2");
    }

    @Test
    void putinFindsOnlyTheSecondItem() throws IOException {
        assumeTrue(reader != null, "../shared/seeds is absent");
        assertThat(search("بوتين")).containsExactly("2");
        assertThat(search("Putin")).containsExactly("2");
        assertThat(search("بوتان")).isEmpty();
    }

    @Test
    void latinNamesFindTheArabicSpellings() throws IOException {
        assumeTrue(reader != null, "../shared/seeds is absent");
        assertThat(search("Aliyev")).containsExactly("2");
        assertThat(search("Yerevan")).containsExactly("2");
    }

    @Test
    void theMatchedSpellingsAreReported() throws IOException {
        assumeTrue(reader != null, "../shared/seeds is absent");
        List<NameVariants.Variant> v = VARIANTS.find(reader, "body.name", "كاراباخ", 64);
        assertThat(v).extracting(NameVariants.Variant::surface).contains("كاراباخ", "كراباخ", "قره باغ");
        assertThat(v.get(0).match()).isEqualTo(NameMatcher.Match.EXACT);
        assertThat(v).extracting(NameVariants.Variant::surface).doesNotContain("بوتين");
    }

    @Test
    void nameTermsPointAtTheOriginalWords() throws IOException {
        String text = "وقال بـوتين إن قرة باغ";
        var analyzers = new ArabicSearchAnalyzers(NameLexicon.NONE);
        try (var ts = analyzers.names().tokenStream("f", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            java.util.Map<String, String> spans = new java.util.HashMap<>();
            while (ts.incrementToken()) {
                spans.put(term.toString(), text.substring(off.startOffset(), off.endOffset()));
            }
            ts.end();
            assertThat(spans).containsEntry("btn|بوتين", "بـوتين").containsEntry("krbk|قره باغ", "قرة باغ");
        }
    }
}
