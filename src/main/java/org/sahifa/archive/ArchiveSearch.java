package org.sahifa.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.sahifa.search.Highlight;
import org.sahifa.search.PageHighlights;
import org.sahifa.search.SearchHit;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchResults;
import org.sahifa.search.query.ParsedQuery;
import org.sahifa.search.query.QueryNode;
import org.sahifa.search.query.QueryParser;
import org.sahifa.solr.ArchiveFields;
import org.sahifa.solr.CollectionNameStatistics;
import org.sahifa.solr.SahifaQParserPlugin;
import org.sahifa.store.Article;

/**
 * Searching a shared archive with the library's query language and results: the query is first compiled over
 * the whole collection ({@link CollectionQuery}: which words are names, by the collection's totals, decision
 * 0124), then goes to the collection's {@code sahifa} query parser with those statistics (each shard expands
 * names over its own terms, decides them as the library does, ranks with the collection's term statistics), and
 * the hits come back as {@link SearchResults} whose snippets, title marks and matched spellings are drawn by the
 * library's own highlighter from what the collection-wide compilation matches ({@link PageHighlights}). An archive
 * keeps no reading state: hits are neither read nor bookmarked. Thread-safe.
 */
public final class ArchiveSearch {

    private static final String FIELDS = String.join(",", ArchiveFields.ID, ArchiveFields.TITLE, ArchiveFields.BODY,
            ArchiveFields.BODY_HTML, ArchiveFields.SOURCE, ArchiveFields.URL, ArchiveFields.GUID, ArchiveFields.AUTHOR,
            ArchiveFields.LANGUAGE, ArchiveFields.PUBLISHED, ArchiveFields.FETCHED, "score");

    private final ArchiveClient client;
    private final ArchiveAddress address;
    private final CollectionTerms terms;

    public ArchiveSearch(ArchiveClient client, ArchiveAddress address) {
        this.client = client;
        this.address = address;
        this.terms = new CollectionTerms(client, address);
    }

    /** The archive searched. */
    public ArchiveAddress address() {
        return address;
    }

    /** Searches; an empty query finds nothing. */
    public SearchResults search(String queryText, SearchOptions options) {
        ParsedQuery parsed = QueryParser.parse(queryText);
        if (parsed.isEmpty()) {
            return new SearchResults(parsed, 0, List.of());
        }
        CollectionQuery compiled = CollectionQuery.compile(terms, parsed, options.zone());
        SolrQuery q = new SolrQuery(queryText);
        q.set("defType", SahifaQParserPlugin.NAME);
        q.set(CollectionNameStatistics.PARAM, compiled.statistics.encode());
        q.set(SahifaQParserPlugin.TIME_ZONE, options.zone().getId());
        q.setRows(options.limit());
        q.setFields(FIELDS);
        if (options.newestFirst() || !ranksByText(parsed.root())) {
            q.addSort(ArchiveFields.DATE, SolrQuery.ORDER.desc).addSort(ArchiveFields.ID_NUMBER, SolrQuery.ORDER.desc);
        } else {
            q.addSort("score", SolrQuery.ORDER.desc).addSort(ArchiveFields.ID_NUMBER, SolrQuery.ORDER.asc);
        }
        QueryResponse r = client.call("Searching " + address, node -> node.query(address.collection(), q, SolrRequest.METHOD.POST));
        SolrDocumentList docs = r.getResults();
        List<Article> articles = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            articles.add(ArchiveDocuments.article(d));
        }
        int highlighted = Math.min(articles.size(), options.snippets());
        List<Highlight> highlights = PageHighlights.of(compiled.compiler, articles.subList(0, highlighted));
        List<SearchHit> hits = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Object score = docs.get(i).getFirstValue("score");
            Highlight h = i < highlighted ? highlights.get(i) : null;
            hits.add(new SearchHit(a.id(), score instanceof Number n ? n.floatValue() : 0f, a.title(),
                    h == null ? List.of() : h.titleMarks(), a.source(), a.published(), false, false,
                    h == null ? null : h.snippet(), h == null ? List.of() : h.matched()));
        }
        return new SearchResults(parsed, docs.getNumFound(), true, hits);
    }

    /** The marks, snippets and matched spellings of {@code ids} for {@code queryText}, in their order. */
    public List<Highlight> highlight(String queryText, SearchOptions options, List<Long> ids) {
        ParsedQuery parsed = QueryParser.parse(queryText);
        if (parsed.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        List<Article> articles = new ArrayList<>();
        for (long id : ids) {
            article(id).ifPresent(articles::add);
        }
        return PageHighlights.of(CollectionQuery.compile(terms, parsed, options.zone()).compiler, articles);
    }

    /** The article with this id as the archive holds it. */
    public Optional<Article> article(long id) {
        SolrQuery q = new SolrQuery(ArchiveFields.ID + ":" + id).setRows(1).setFields(FIELDS);
        q.set("defType", "lucene");
        SolrDocumentList docs = client.call("Reading article " + id + " from " + address,
                node -> node.query(address.collection(), q).getResults());
        return docs.isEmpty() ? Optional.empty() : Optional.of(ArchiveDocuments.article(docs.get(0)));
    }

    /** How many articles the archive holds. */
    public long count() {
        return ArchivePush.count(client, address.collection(), "*:*");
    }

    /** Whether a query ranks by relevance (it has words or phrases outside exclusions), as the library decides. */
    static boolean ranksByText(QueryNode n) {
        if (n instanceof QueryNode.Word || n instanceof QueryNode.Phrase || n instanceof QueryNode.Entity) {
            return true;
        } else if (n instanceof QueryNode.All all) {
            return all.children().stream().anyMatch(ArchiveSearch::ranksByText);
        } else if (n instanceof QueryNode.Any any) {
            return any.children().stream().anyMatch(ArchiveSearch::ranksByText);
        }
        return false;
    }

}
