package org.sahifa.cli;

import org.sahifa.library.Library;
import org.sahifa.store.ArticleFilter;
import org.sahifa.store.ArticleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sahifa list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List articles, newest first.")
final class ListCommand extends LibraryCommand {

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Option(names = "--unread", description = "Only unread articles.")
    boolean unread;

    @Option(names = "--bookmarked", description = "Only bookmarked articles.")
    boolean bookmarked;

    @Option(names = "--undated", description = "Only articles whose publication date is unknown (listed last"
            + " otherwise).")
    boolean undated;

    @Option(names = "--source", paramLabel = "NAME", description = "Only articles of this source.")
    String source;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N articles (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N articles.")
    int offset;

    @Override
    int run(Library library) {
        ArticleFilter filter = new ArticleFilter(unread, bookmarked, source, undated, null);
        for (ArticleSummary a : library.articles().list(filter, Math.max(0, offset), Math.max(0, limit))) {
            if (json) {
                Json.println(out(), Json.summary(a));
            } else {
                out().printf("%6d  %s  %s%s  %s%n", a.id(), Text.day(a.published()), a.bookmarked() ? "★" : " ",
                        a.read() ? " " : "•", a.title());
            }
        }
        return 0;
    }
}
