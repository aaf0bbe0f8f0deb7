package org.sahifa.ui.feeds;

import org.sahifa.ingest.feed.Feed;

/**
 * One feed as the Sources list shows it.
 *
 * @param feedId  the feed
 * @param title   its name
 * @param folder  its folder, or {@code null}
 * @param source  the {@code source} of its articles: select it to list them ({@code ArticleFilter.withSource})
 * @param unread  unread articles it delivered
 * @param total   articles it delivered that are still in the library
 * @param error   why its last refresh failed, or {@code null} when it did not
 * @param errorKind the kind of that failure ({@code FetchException.Kind} name or {@code PARSE}), or {@code null}
 * @param note    a remark about its last refresh (e.g. an encoding fallback), or {@code null}
 */
public record SourceItem(long feedId, String title, String folder, String source, long unread, long total,
                         String error, String errorKind, String note) {

    static SourceItem of(Feed f, long[] counts) {
        long[] c = counts == null ? new long[]{0, 0} : counts;
        return new SourceItem(f.id(), f.title(), f.folder(), f.source(), c[0], c[1],
                f.failing() ? f.lastError() : null,
                f.failing() ? f.errorKind() : null, f.note());
    }

    public boolean failing() {
        return error != null;
    }
}
