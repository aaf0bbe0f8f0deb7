package org.sahifa.ingest.feed.extract;

import java.net.URI;
import java.util.List;

/**
 * The main text of a page.
 *
 * @param html       the article block as (unsanitised) HTML, wrapped in a {@code div} carrying the page's
 *                   {@code lang} and {@code dir}; paragraphs keep their own {@code dir}/{@code lang}
 * @param text       plain text, paragraphs separated by a blank line
 * @param paragraphs how many substantial paragraphs (at least {@link ArticleExtractor#MIN_PARAGRAPH} characters)
 * @param language   the page's language ({@code <html lang>}), or {@code null}
 * @param images     the absolute http(s) addresses of the images in the article block, in order
 */
public record ExtractedArticle(String html, String text, int paragraphs, String language, List<URI> images) {

    public ExtractedArticle {
        images = List.copyOf(images);
    }

    /**
     * True when this text should replace a feed body: at least {@link #BETTER_FACTOR} times as long and at least
     * {@link #BETTER_MIN_PARAGRAPHS} substantial paragraphs. A feed that already carries the whole article keeps
     * its own body.
     */
    public boolean clearlyBetterThan(String feedBodyText) {
        int feedLength = feedBodyText == null ? 0 : feedBodyText.strip().length();
        return paragraphs >= BETTER_MIN_PARAGRAPHS && text.length() >= (long) BETTER_FACTOR * feedLength;
    }

    public static final int BETTER_FACTOR = 2;
    public static final int BETTER_MIN_PARAGRAPHS = 3;
}
