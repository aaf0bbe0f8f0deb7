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
     * True when this text should replace a feed body: at least {@link #BETTER_FACTOR} times as long, and either at
     * least {@link #BETTER_MIN_PARAGRAPHS} substantial paragraphs, or at least two paragraphs over a feed text of one
     * paragraph (a summary line) with most of that summary's words found in the page's text — a short article
     * of two paragraphs is still the article. A feed that already carries the whole article keeps its own body.
     */
    public boolean clearlyBetterThan(String feedBodyText) {
        String feed = feedBodyText == null ? "" : feedBodyText.strip();
        if (text.length() < (long) BETTER_FACTOR * feed.length()) {
            return false;
        }
        if (paragraphs >= BETTER_MIN_PARAGRAPHS) {
            return true;
        }
        return paragraphs >= 2 && !feed.contains("\n") && sharesMostWords(feed, text);
    }

    /** Whether at least {@link #SHARED_WORDS} of the summary's words of 3+ letters occur in the text. */
    static boolean sharesMostWords(String summary, String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            words.add(w);
        }
        int all = 0;
        int found = 0;
        for (String w : summary.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                all++;
                if (words.contains(w)) {
                    found++;
                }
            }
        }
        return all == 0 || found >= all * SHARED_WORDS;
    }

    /** The share of a summary's words that must occur in a two-paragraph page text. */
    public static final double SHARED_WORDS = 0.6;
    public static final int BETTER_FACTOR = 2;
    public static final int BETTER_MIN_PARAGRAPHS = 3;
}
