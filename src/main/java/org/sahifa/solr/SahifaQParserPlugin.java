package org.sahifa.solr;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.sahifa.search.IndexAnalysis;
import org.sahifa.search.QueryCompiler;
import org.sahifa.search.query.ParsedQuery;
import org.sahifa.search.query.QueryParser;

/**
 * The {@code sahifa} query parser: {@code q={!sahifa tz=Asia/Riyadh}كاراباخ -بوتين from:2023} (or
 * {@code defType=sahifa}) reads Sahifa's query language (docs/search.md; never an error) and compiles it with
 * the library's own {@link QueryCompiler} against the searcher of the core that parses it ({@link ShardIndex}),
 * so every shard expands names over its own terms. {@code tz} (default UTC) is the zone in which
 * {@code from:}/{@code to:} days begin; {@value CollectionNameStatistics#PARAM} carries the collection's name
 * statistics, which the archive client sends (decision 0124; without them a shard decides which words are
 * names by its own statistics).
 *
 * <pre>{@code <queryParser name="sahifa" class="org.sahifa.solr.SahifaQParserPlugin"/>}</pre>
 */
public final class SahifaQParserPlugin extends QParserPlugin {

    /** The parser's name in solrconfig.xml and local params. */
    public static final String NAME = "sahifa";
    /** Local or request parameter: the time zone of {@code from:}/{@code to:}. */
    public static final String TIME_ZONE = "tz";

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                ParsedQuery parsed = QueryParser.parse(qstr == null ? "" : qstr);
                CollectionNameStatistics collection;
                try {
                    collection = CollectionNameStatistics.parse(getParam(CollectionNameStatistics.PARAM));
                } catch (IllegalArgumentException e) {
                    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage(), e);
                }
                IndexReader reader = req.getSearcher().getIndexReader();
                QueryCompiler compiler = new QueryCompiler(IndexAnalysis.standard(),
                        new ShardIndex(reader, ShardNameWords.of(reader, collection), collection), zone(getParam(TIME_ZONE)));
                return compiler.compile(parsed.root());
            }
        };
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST,
                    "Unknown time zone in tz=" + id + " (use a region such as Asia/Riyadh or an offset such as +03:00)");
        }
    }
}
