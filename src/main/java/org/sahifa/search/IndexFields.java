package org.sahifa.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.sahifa.store.Article;

import java.time.Instant;
import java.util.Map;

/**
 * The index schema: one Lucene document per article.
 * <ul>
 *   <li>{@code id}: a keyword term (to update and delete), doc values (to read ids back) and stored;</li>
 *   <li>{@code title.exact|stem|name}, {@code body.exact|stem|name}: the title and body, each analysed three
 *       ways (see {@link IndexAnalysis}), with positions for phrases; not stored;</li>
 *   <li>{@code title}, {@code body}, {@code source}: stored originals, for hits and snippets;</li>
 *   <li>{@code published}: stored epoch millis when known;</li>
 *   <li>{@code date}: published epoch millis as points (for {@code from:}/{@code to:}) and doc values (for
 *       newest-first); {@link #UNDATED} when the date is unknown, so it sorts last and no date range finds it;</li>
 *   <li>{@code source.key}: the source folded to lower case and stripped, as a keyword (for {@code source:});</li>
 *   <li>{@code body.placed}: the body's words written right after a place head, documents only ({@link PlacedWords},
 *       decision 0175).</li>
 * </ul>
 * {@link #VERSION} changes with any change here; together with the analysis version it is recorded in the
 * index's commit data, and an index built with other versions is rebuilt.
 */
final class IndexFields {

    static final int VERSION = 3;
    /** The {@code date} of an article whose publication date is unknown: sorts last, outside every date range. */
    static final long UNDATED = Long.MIN_VALUE;

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SOURCE = "source";
    static final String SOURCE_KEY = "source.key";
    static final String PUBLISHED = "published";
    static final String DATE = "date";

    static final String EXACT = ".exact";
    static final String STEM = ".stem";
    static final String NAME = ".name";

    static final String TITLE_EXACT = TITLE + EXACT;
    static final String TITLE_STEM = TITLE + STEM;
    static final String TITLE_NAME = TITLE + NAME;
    static final String BODY_EXACT = BODY + EXACT;
    static final String BODY_STEM = BODY + STEM;
    static final String BODY_NAME = BODY + NAME;

    /** Indexed text with positions (for phrases) and no stored value. */
    private static final FieldType TEXT;
    /** The words after a place head: documents only, no norms. */
    private static final FieldType PLACED;

    static {
        TEXT = new FieldType();
        TEXT.setTokenized(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.setStored(false);
        TEXT.freeze();
        PLACED = new FieldType();
        PLACED.setTokenized(true);
        PLACED.setIndexOptions(IndexOptions.DOCS);
        PLACED.setOmitNorms(true);
        PLACED.setStored(false);
        PLACED.freeze();
    }

    private IndexFields() {
    }

    /** The per-field analyzer for the index writer and for query analysis. */
    static Analyzer analyzer(IndexAnalysis analysis) {
        return new PerFieldAnalyzerWrapper(analysis.exact(), Map.of(
                TITLE_EXACT, analysis.exact(), BODY_EXACT, analysis.exact(),
                TITLE_STEM, analysis.stemmed(), BODY_STEM, analysis.stemmed(),
                TITLE_NAME, analysis.names(), BODY_NAME, analysis.names(),
                PlacedNames.FIELD, new PlacedWords(analysis.exact())));
    }

    static String version(IndexAnalysis analysis) {
        return "schema-" + VERSION + "/" + analysis.version();
    }

    static Document document(Article a) {
        Document d = new Document();
        String id = Long.toString(a.id());
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new NumericDocValuesField(ID, a.id()));
        String title = a.title() == null ? "" : a.title();
        String body = a.bodyText() == null ? "" : a.bodyText();
        d.add(new StoredField(TITLE, title));
        d.add(new StoredField(BODY, body));
        for (String suffix : new String[] {EXACT, STEM, NAME}) {
            d.add(new Field(TITLE + suffix, title, TEXT));
            d.add(new Field(BODY + suffix, body, TEXT));
        }
        d.add(new Field(PlacedNames.FIELD, body, PLACED));
        if (a.source() != null && !a.source().isBlank()) {
            d.add(new StoredField(SOURCE, a.source()));
            d.add(new StringField(SOURCE_KEY, sourceKey(a.source()), Field.Store.NO));
            d.add(new SortedDocValuesField(SOURCE_KEY, new BytesRef(sourceKey(a.source()))));
        }
        if (a.published() != null) {
            d.add(new StoredField(PUBLISHED, a.published().toEpochMilli()));
        }
        long date = a.published() != null ? a.published().toEpochMilli() : UNDATED;
        d.add(new LongPoint(DATE, date));
        d.add(new NumericDocValuesField(DATE, date));
        return d;
    }

    /** A source name as the {@code source:} filter compares it: trimmed, inner spaces collapsed, lower case. */
    static String sourceKey(String source) {
        return QueryCompiler.sourceKey(source);
    }
}
