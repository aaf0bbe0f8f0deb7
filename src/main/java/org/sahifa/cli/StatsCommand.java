package org.sahifa.cli;

import org.sahifa.library.Library;
import org.sahifa.library.LibraryStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code sahifa stats}. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts: articles, unread, bookmarks, sources, tags.")
final class StatsCommand extends LibraryCommand {

    @Option(names = "--json", description = "As one JSON object.")
    boolean json;

    @Override
    int run(Library library) {
        LibraryStats s = library.stats();
        if (json) {
            var n = Json.object();
            n.put("dataDir", library.dataDir().toString());
            n.put("articles", s.articles());
            n.put("unread", s.unread());
            n.put("bookmarks", s.bookmarks());
            var src = n.putObject("sources");
            s.sources().forEach(src::put);
            var tags = n.putObject("tags");
            s.tags().forEach(tags::put);
            n.put("dbBytes", s.dbBytes());
            Json.println(out(), n);
            return 0;
        }
        out().println("library:   " + library.dataDir());
        out().println("articles:  " + s.articles());
        out().println("unread:    " + s.unread());
        out().println("bookmarks: " + s.bookmarks());
        out().println("size:      " + (s.dbBytes() >> 10) + " KiB");
        if (!s.sources().isEmpty()) {
            out().println("sources:");
            for (Map.Entry<String, Long> e : s.sources().entrySet()) {
                out().printf("  %6d  %s%n", e.getValue(), e.getKey());
            }
        }
        if (!s.tags().isEmpty()) {
            out().println("tags:");
            for (Map.Entry<String, Long> e : s.tags().entrySet()) {
                out().printf("  %6d  %s%n", e.getValue(), e.getKey());
            }
        }
        return 0;
    }
}
