package org.sahifa.store;

/**
 * Which articles a listing shows.
 *
 * @param unreadOnly     only articles not yet read
 * @param bookmarkedOnly only bookmarked articles
 * @param source         only articles of this source, or {@code null} for every source
 * @param undatedOnly    only articles whose publication date is unknown
 * @param tag            only articles bookmarked with this tag, or {@code null} for any
 */
public record ArticleFilter(boolean unreadOnly, boolean bookmarkedOnly, String source, boolean undatedOnly,
                            String tag) {

    public static final ArticleFilter ALL = new ArticleFilter(false, false, null, false, null);

    public ArticleFilter(boolean unreadOnly, boolean bookmarkedOnly, String source) {
        this(unreadOnly, bookmarkedOnly, source, false, null);
    }

    public ArticleFilter withUnreadOnly(boolean value) {
        return new ArticleFilter(value, bookmarkedOnly, source, undatedOnly, tag);
    }

    public ArticleFilter withBookmarkedOnly(boolean value) {
        return new ArticleFilter(unreadOnly, value, source, undatedOnly, tag);
    }

    public ArticleFilter withSource(String value) {
        return new ArticleFilter(unreadOnly, bookmarkedOnly, value, undatedOnly, tag);
    }

    public ArticleFilter withUndatedOnly(boolean value) {
        return new ArticleFilter(unreadOnly, bookmarkedOnly, source, value, tag);
    }

    /** Only bookmarks carrying {@code value} ({@code null}: any); implies bookmarked only when set. */
    public ArticleFilter withTag(String value) {
        return new ArticleFilter(unreadOnly, value != null || bookmarkedOnly, source, undatedOnly, value);
    }
}
