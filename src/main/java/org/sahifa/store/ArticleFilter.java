package org.sahifa.store;

/**
 * Which articles a listing shows.
 *
 * @param unreadOnly     only articles not yet read
 * @param bookmarkedOnly only bookmarked articles
 * @param source         only articles of this source, or {@code null} for every source
 */
public record ArticleFilter(boolean unreadOnly, boolean bookmarkedOnly, String source) {

    public static final ArticleFilter ALL = new ArticleFilter(false, false, null);

    public ArticleFilter withUnreadOnly(boolean value) {
        return new ArticleFilter(value, bookmarkedOnly, source);
    }

    public ArticleFilter withBookmarkedOnly(boolean value) {
        return new ArticleFilter(unreadOnly, value, source);
    }

    public ArticleFilter withSource(String value) {
        return new ArticleFilter(unreadOnly, bookmarkedOnly, value);
    }
}
