package org.sahifa.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sahifa.ingest.feed.Feed;
import org.sahifa.ingest.feed.FeedException;
import org.sahifa.ingest.feed.FeedService;
import org.sahifa.ingest.feed.NetworkState;
import org.sahifa.ingest.feed.RefreshReport;
import org.sahifa.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code sahifa feed add|remove|rename|move|list|refresh}. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Subscribe to RSS/Atom feeds, list them and refresh them.",
        subcommands = {FeedCommand.Add.class, FeedCommand.Remove.class, FeedCommand.Rename.class,
                FeedCommand.Move.class, FeedCommand.ListFeeds.class, FeedCommand.Refresh.class})
final class FeedCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Say add, remove, rename, move, list or refresh");
    }

    /** A feed command: feed errors are printed plainly with exit code 1. */
    abstract static class FeedWork extends LibraryCommand {

        @Override
        final int run(Library library) {
            try {
                return work(library.feeds());
            } catch (FeedException e) {
                err().println("sahifa: " + e.getMessage());
                return 1;
            }
        }

        abstract int work(FeedService feeds);

        /** A feed by id or by its address. */
        static Feed find(FeedService feeds, String idOrUrl) {
            try {
                return feeds.get(Long.parseLong(idOrUrl));
            } catch (NumberFormatException notAnId) {
                return feeds.list().stream().filter(f -> f.url().toString().equals(idOrUrl)).findFirst()
                        .orElseThrow(() -> new FeedException("no feed with the address " + idOrUrl));
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Subscribe to a feed by its address, or by a site address whose page advertises its feed; "
                    + "its current entries are stored at once.")
    static final class Add extends FeedWork {

        @Parameters(paramLabel = "URL", description = "The feed or site address (http or https).")
        String url;

        @Option(names = "--folder", paramLabel = "NAME", description = "Put the feed in this folder.")
        String folder;

        @Option(names = "--title", paramLabel = "NAME", description = "Show the feed under this name.")
        String title;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        int work(FeedService feeds) {
            FeedService.Subscription s = feeds.subscribe(url, folder, title);
            if (json) {
                ObjectNode n = feedJson(s.feed(), null);
                n.set("firstRefresh", reportJson(s.firstRefresh()));
                Json.println(out(), n);
            } else {
                out().printf("Subscribed to %s (id %d) at %s%n", s.feed().title(), s.feed().id(), s.feed().url());
                out().println(describe(s.firstRefresh()));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Unsubscribe. The feed's articles stay in the library.")
    static final class Remove extends FeedWork {

        @Parameters(paramLabel = "ID|URL", description = "The feed's id or address.")
        String feed;

        @Override
        int work(FeedService feeds) {
            Feed f = find(feeds, feed);
            feeds.unsubscribe(f.id());
            out().printf("Unsubscribed from %s (id %d); its articles stay in the library%n", f.title(), f.id());
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a feed.")
    static final class Rename extends FeedWork {

        @Parameters(index = "0", paramLabel = "ID|URL", description = "The feed's id or address.")
        String feed;

        @Parameters(index = "1", paramLabel = "NAME", description = "The new name.")
        String name;

        @Override
        int work(FeedService feeds) {
            Feed f = feeds.rename(find(feeds, feed).id(), name);
            out().printf("Feed %d is now called %s%n", f.id(), f.title());
            return 0;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Put a feed in a folder (top level without --folder); set its refresh interval and whether "
                    + "linked pages are fetched.")
    static final class Move extends FeedWork {

        @Parameters(paramLabel = "ID|URL", description = "The feed's id or address.")
        String feed;

        @Option(names = "--folder", paramLabel = "NAME", description = "The folder (omit for the top level).")
        String folder;

        @Option(names = "--every", paramLabel = "MINUTES", description = "Refresh every MINUTES minutes.")
        Integer minutes;

        @Option(names = "--full-text", negatable = true,
                description = "Fetch each new entry's linked page for the whole article and its images "
                        + "(default on; --no-full-text keeps the feed's own text).")
        Boolean fullText;

        @Override
        int work(FeedService feeds) {
            long id = find(feeds, feed).id();
            Feed f = feeds.moveToFolder(id, folder);
            if (minutes != null) {
                f = feeds.setInterval(id, Duration.ofMinutes(minutes));
            }
            if (fullText != null) {
                f = feeds.setFullText(id, fullText);
            }
            out().printf("Feed %d: folder %s, every %d min, whole articles %s%n", f.id(), Text.orDash(f.folder()),
                    f.interval().toMinutes(), f.fullText() ? "on" : "off");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the subscriptions with their unread counts and status.")
    static final class ListFeeds extends FeedWork {

        @Option(names = "--json", description = "One JSON object per line.")
        boolean json;

        @Override
        int work(FeedService feeds) {
            Map<Long, long[]> counts = feeds.counts();
            for (Feed f : feeds.list()) {
                long[] c = counts.getOrDefault(f.id(), new long[]{0, 0});
                if (json) {
                    Json.println(out(), feedJson(f, c));
                } else {
                    out().printf("%4d  %-12s %5d/%-5d %s%s  %s%s%n", f.id(), f.state().name().toLowerCase(),
                            c[0], c[1], f.folder() == null ? "" : f.folder() + "/", f.title(), f.url(),
                            f.lastError() == null ? "" : "  [" + f.lastError() + "]");
                }
            }
            return 0;
        }
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = "Fetch feeds once (all, the named ones, or with --due only those whose time has come). "
                    + "Exit code 1 when any feed failed; each feed's status says why.")
    static final class Refresh extends FeedWork {

        @Parameters(paramLabel = "ID|URL", arity = "0..*", description = "Feeds to refresh (default: all).")
        List<String> only = new ArrayList<>();

        @Option(names = "--due", description = "Only the feeds that are due.")
        boolean due;

        @Option(names = "--json", description = "One JSON object per feed.")
        boolean json;

        @Override
        int work(FeedService feeds) {
            List<RefreshReport> reports = new ArrayList<>();
            if (!only.isEmpty()) {
                for (String s : only) {
                    reports.add(feeds.refresh(find(feeds, s).id()));
                }
            } else if (due) {
                reports.addAll(feeds.refreshDue((done, total, r) -> { }, () -> false));
            } else {
                reports.addAll(feeds.refreshAll((done, total, r) -> { }, () -> false));
            }
            boolean failed = false;
            for (RefreshReport r : reports) {
                failed |= r.outcome() == RefreshReport.Outcome.FAILED;
                if (json) {
                    Json.println(out(), reportJson(r));
                } else {
                    out().printf("%4d  %s: %s%n", r.feedId(), r.title(), describe(r));
                }
            }
            if (!json && feeds.networkState() == NetworkState.OFFLINE) {
                out().println("The network seems unavailable; what is already stored stays readable.");
            }
            return failed ? 1 : 0;
        }
    }

    static String describe(RefreshReport r) {
        String s = switch (r.outcome()) {
            case UPDATED -> r.newArticles() + " new article(s)"
                    + (r.duplicates() > 0 ? ", " + r.duplicates() + " already in the library" : "")
                    + (r.fullTexts() > 0 ? ", " + r.fullTexts() + " whole article(s) from the linked pages" : "");
            case NOT_MODIFIED -> "not modified";
            case FAILED -> "FAILED: " + r.error();
            case CANCELLED -> "cancelled";
        };
        return r.note() == null ? s : s + " (" + r.note() + ")";
    }

    static ObjectNode feedJson(Feed f, long[] counts) {
        ObjectNode n = Json.object();
        n.put("id", f.id());
        n.put("title", f.title());
        n.put("url", f.url().toString());
        n.put("source", f.source());
        n.put("folder", f.folder());
        n.put("siteUrl", f.siteUrl() == null ? null : f.siteUrl().toString());
        n.put("language", f.language());
        n.put("intervalMinutes", f.interval().toMinutes());
        n.put("state", f.state().name().toLowerCase());
        n.put("lastFetch", time(f.lastFetch()));
        n.put("lastSuccess", time(f.lastSuccess()));
        n.put("lastError", f.lastError());
        n.put("note", f.note());
        n.put("failures", f.failures());
        n.put("nextDue", time(f.nextDue()));
        if (counts != null) {
            n.put("unread", counts[0]);
            n.put("total", counts[1]);
        }
        return n;
    }

    static ObjectNode reportJson(RefreshReport r) {
        ObjectNode n = Json.object();
        n.put("id", r.feedId());
        n.put("title", r.title());
        n.put("outcome", r.outcome().name().toLowerCase());
        n.put("newArticles", r.newArticles());
        n.put("duplicates", r.duplicates());
        n.put("fullTexts", r.fullTexts());
        n.put("pageFailures", r.pageFailures());
        n.put("error", r.error());
        n.put("note", r.note());
        return n;
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
