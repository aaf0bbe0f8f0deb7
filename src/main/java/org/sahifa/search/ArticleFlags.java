package org.sahifa.search;

/**
 * The user's state of one article.
 *
 * @param read       read
 * @param bookmarked bookmarked
 */
public record ArticleFlags(boolean read, boolean bookmarked) {

    public static final ArticleFlags NONE = new ArticleFlags(false, false);
}
