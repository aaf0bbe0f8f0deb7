package org.sahifa.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sahifa.library.Library;
import org.sahifa.library.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code sahifa search QUERY}. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the articles.")
final class SearchCommand extends LibraryCommand {

    @Option(names = "--json", description = "One JSON object per line (with score and snippet).")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    @Override
    int run(Library library) {
        for (SearchHit h : library.search(String.join(" ", query), Math.max(0, limit))) {
            if (json) {
                ObjectNode n = Json.summary(h.article());
                n.put("score", h.score());
                n.put("snippet", h.snippet());
                Json.println(out(), n);
            } else {
                out().printf("%6d  %s  %s%n        %s%n", h.article().id(), Text.day(h.article().published()),
                        h.article().title(), h.snippet());
            }
        }
        return 0;
    }
}
