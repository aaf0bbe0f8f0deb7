package org.sahifa.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sahifa.archive.ArchiveAddress;
import org.sahifa.archive.ArchiveClient;
import org.sahifa.archive.ArchiveSearch;
import org.sahifa.library.Library;
import org.sahifa.search.Mark;
import org.sahifa.search.SearchHit;
import org.sahifa.search.SearchOptions;
import org.sahifa.search.SearchResults;
import org.sahifa.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code sahifa search QUERY}: the search engine, with the query language of docs/search.md. */
@Command(name = "search", mixinStandardHelpOptions = true, description = {"Search the articles.",
        "Words, \"exact phrases\", -exclude, OR, (groups), place:, person:, source:, from:/to:YYYY-MM-DD,"
                + " is:bookmarked, is:unread. Names match in any spelling."})
final class SearchCommand extends LibraryCommand {

    /** How matched words are marked in the terminal («» occur in Arabic text itself). */
    static final String OPEN = "[[";
    static final String CLOSE = "]]";

    @Option(names = "--json", description = "One JSON object per line: id, title, source, published, bookmarked, read,"
            + " score, snippet, marks (start/end offsets in snippet), matched (the article's words that matched).")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--newest", description = "Newest first instead of best first.")
    boolean newest;

    @Option(names = "--queries", paramLabel = "FILE", description = {"Run every line of FILE as a query (UTF-8;"
            + " blank lines and lines starting with # are skipped), in one process; with --json each result line"
            + " has a \"query\" field."})
    Path queries;

    @Option(names = "--archive", paramLabel = "URL/C[,URL/C...]", description = "Search the collection C of a shared"
            + " archive on SolrCloud instead of the library, such as http://solr1:8983/solr/news (docs/archive.md).")
    String archive;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    @Override
    boolean needsLibrary() {
        return archive == null;
    }

    @Override
    int run(Library library) throws IOException {
        List<String> all;
        if (queries != null) {
            if (query != null && !query.isEmpty()) {
                err().println("Give either --queries FILE or a QUERY, not both.");
                return 2;
            }
            all = readQueries(queries);
        } else if (query == null || query.isEmpty()) {
            err().println("Missing QUERY (or --queries FILE).");
            return 2;
        } else {
            all = List.of(String.join(" ", query));
        }
        if (limit <= 0) {
            return 0;
        }
        SearchOptions options = SearchOptions.defaults().withLimit(limit).withNewestFirst(newest);
        if (archive != null) {
            ArchiveAddress address = ArchiveAddress.parse(archive);
            try (ArchiveClient client = new ArchiveClient(address)) {
                ArchiveSearch search = new ArchiveSearch(client, address);
                for (String q : all) {
                    print(q, search.search(q, options));
                }
            }
            return 0;
        }
        SearchService search = library.search();
        boolean prepared = search.needsPreparation();
        if (prepared) {
            prepare(search);
        }
        for (String q : all) {
            print(q, search.search(q, options));
        }
        if (prepared) {
            IndexMerge.mergeIfDue(library, err()); // after this search built the index (0233); the results are out first
        }
        return 0;
    }

    /** One query's results: text blocks, or JSON lines (with a "query" field when they come from --queries). */
    private void print(String q, SearchResults results) {
        if (queries != null && !json) {
            out().printf("== %s%n", q);
        }
        for (SearchHit h : results.hits()) {
            if (json) {
                ObjectNode n = json(h);
                if (queries != null) {
                    n.put("query", q);
                }
                Json.println(out(), n);
            } else {
                out().printf("%6d  %s  %s%n        %s%n", h.articleId(), Text.day(h.published()), h.title(),
                        h.snippet().render(OPEN, CLOSE));
            }
        }
        if (!json) {
            err().printf("%s%d of %s%d articles%n", queries == null ? "" : q + ": ", results.hits().size(),
                    results.totalExact() ? "" : "more than ", results.totalHits());
            err().flush();
        }
    }

    /** The queries of a file, one a line; a file that cannot be read is an error naming it. */
    private static List<String> readQueries(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        }
        for (String line : lines) {
            String q = line.strip();
            if (!q.isEmpty() && !q.startsWith("#")) {
                out.add(q);
            }
        }
        return out;
    }

    private void prepare(SearchService search) {
        search.prepare(IndexingPrinter.to(err()), () -> Thread.currentThread().isInterrupted());
    }

    private static ObjectNode json(SearchHit h) {
        ObjectNode n = Json.object();
        n.put("id", h.articleId());
        n.put("title", h.title());
        n.put("source", h.source());
        n.put("published", Json.time(h.published()));
        n.put("bookmarked", h.bookmarked());
        n.put("read", h.read());
        n.put("score", h.score());
        n.put("snippet", h.snippet().text());
        ArrayNode marks = n.putArray("marks");
        for (Mark m : h.snippet().marks()) {
            marks.addArray().add(m.start()).add(m.end());
        }
        ArrayNode matched = n.putArray("matched");
        h.matched().forEach(matched::add);
        return n;
    }
}
