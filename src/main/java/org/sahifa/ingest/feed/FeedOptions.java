package org.sahifa.ingest.feed;

import org.sahifa.ingest.feed.http.HttpLimits;
import org.sahifa.ingest.feed.images.ImageCache;

import java.time.Duration;

/**
 * The knobs of the feed service.
 *
 * @param feedLimits      limits of a feed fetch (10 MB)
 * @param pageLimits      limits of a linked page fetch (5 MB)
 * @param imageLimits     limits of one image (5 MB)
 * @param imageCapBytes   the total size of the image cache
 * @param parallelism     how many feeds are fetched at once
 * @param defaultInterval the refresh interval of a new subscription
 * @param maxNewPerFetch  at most this many new entries are processed per fetch (the rest next time)
 */
public record FeedOptions(HttpLimits feedLimits, HttpLimits pageLimits, HttpLimits imageLimits, long imageCapBytes,
                          int parallelism, Duration defaultInterval, int maxNewPerFetch) {

    public static FeedOptions defaults() {
        return new FeedOptions(HttpLimits.feeds(), HttpLimits.pages(), HttpLimits.images(),
                ImageCache.DEFAULT_CAP_BYTES, 4, Duration.ofMinutes(60), 200);
    }

    public FeedOptions withLimits(HttpLimits feeds, HttpLimits pages, HttpLimits images) {
        return new FeedOptions(feeds, pages, images, imageCapBytes, parallelism, defaultInterval, maxNewPerFetch);
    }

    public FeedOptions withImageCapBytes(long bytes) {
        return new FeedOptions(feedLimits, pageLimits, imageLimits, bytes, parallelism, defaultInterval,
                maxNewPerFetch);
    }
}
