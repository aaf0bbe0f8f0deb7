package org.sahifa.search;

import org.sahifa.store.Article;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the index needs from the library's store, the source of truth: counts and ids to check that the index is
 * complete, articles in id order to (re)build it, and the read/bookmark state that {@code is:} filters ask for
 * at query time.
 */
public interface ArticleSource {

    /** How many articles the library holds. */
    long count();

    /** The largest article id, or 0 when the library is empty. */
    long maxId();

    /** Up to {@code limit} articles with an id above {@code afterId}, in id order. */
    List<Article> scan(long afterId, int limit);

    /** The articles with these ids that exist (any order). */
    List<Article> get(Collection<Long> ids);

    /** Every article id, ascending. */
    long[] ids();

    /** The ids of the articles the user has read. */
    long[] readIds();

    /** The ids of the bookmarked articles. */
    long[] bookmarkedIds();

    /** The read and bookmark state of these articles (missing ids are left out). */
    Map<Long, ArticleFlags> flags(Collection<Long> ids);
}
