package org.sahifa.cli;

import org.sahifa.library.Library;
import org.sahifa.store.Article;
import org.sahifa.store.Bookmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sahifa show ID}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article.")
final class ShowCommand extends LibraryCommand {

    @Option(names = "--json", description = "As one JSON object.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The article's id (see list).")
    long id;

    @Override
    int run(Library library) {
        Article a = library.articles().require(id);
        Bookmark b = library.bookmarks().get(id).orElse(null);
        if (json) {
            Json.println(out(), Json.full(a, b));
            return 0;
        }
        out().println(a.title());
        out().println("id: " + a.id() + "   source: " + Text.orDash(a.source()) + "   author: " + Text.orDash(a.author())
                + "   published: " + Text.orDash(Json.time(a.published())));
        if (a.url() != null) {
            out().println("url: " + a.url());
        }
        if (b != null) {
            out().println("bookmark: " + Text.orDash(b.note()) + (b.tags().isEmpty() ? "" : "   tags: " + String.join(", ", b.tags())));
        }
        out().println();
        out().println(a.bodyText());
        return 0;
    }
}
