package org.sahifa.cli;

import org.sahifa.library.Library;
import org.sahifa.store.Article;
import org.sahifa.store.Bookmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code sahifa bookmark add|remove|list}. */
@Command(name = "bookmark", mixinStandardHelpOptions = true, description = "Add, remove and list bookmarks.",
        subcommands = {BookmarkCommand.Add.class, BookmarkCommand.Remove.class, BookmarkCommand.ListBookmarks.class})
final class BookmarkCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say add, remove or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Bookmark an article, or change its bookmark: a new note replaces the old one, tags are added.")
    static final class Add extends LibraryCommand {

        @Parameters(paramLabel = "ID", description = "The article's id.")
        long id;

        @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
        String note;

        @Option(names = "--tag", paramLabel = "T", description = "A tag (repeatable).")
        List<String> tags = new ArrayList<>();

        @Override
        int run(Library library) {
            Article a = library.articles().require(id);
            Bookmark old = library.bookmarks().get(id).orElse(null);
            Set<String> all = new LinkedHashSet<>(old == null ? List.of() : old.tags());
            all.addAll(tags);
            String n = note != null ? note : old == null ? null : old.note();
            Bookmark b = library.bookmarks().put(id, n, all);
            out().println((old == null ? "Bookmarked " : "Updated bookmark ") + b.articleId() + ": " + a.title());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a bookmark.")
    static final class Remove extends LibraryCommand {

        @Parameters(paramLabel = "ID", description = "The article's id.")
        long id;

        @Override
        int run(Library library) {
            library.articles().require(id);
            if (library.bookmarks().remove(id)) {
                out().println("Removed bookmark " + id);
                return 0;
            }
            err().println("Article " + id + " is not bookmarked");
            return 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List bookmarks, newest first.")
    static final class ListBookmarks extends LibraryCommand {

        @Option(names = "--json", description = "One JSON object per line.")
        boolean json;

        @Option(names = "--tag", paramLabel = "T", description = "Only bookmarks with this tag.")
        String tag;

        @Override
        int run(Library library) {
            for (Bookmark b : library.bookmarks().list()) {
                if (tag != null && !b.tags().contains(tag)) {
                    continue;
                }
                Article a = library.articles().get(b.articleId()).orElse(null);
                if (a == null) {
                    continue;
                }
                if (json) {
                    var n = Json.summary(a);
                    n.put("note", b.note());
                    var t = n.putArray("tags");
                    b.tags().forEach(t::add);
                    n.put("created", Json.time(b.created()));
                    Json.println(out(), n);
                } else {
                    out().printf("%6d  %s  %s%s%s%n", a.id(), Text.day(b.created()), a.title(),
                            b.note() == null ? "" : "  — " + b.note(),
                            b.tags().isEmpty() ? "" : "  [" + String.join(", ", b.tags()) + "]");
                }
            }
            return 0;
        }
    }
}
