package org.sahifa.ui.articles;

import java.util.List;

/** Fetches rows {@code [offset, offset + limit)} of a listing; called off the JavaFX thread. */
@FunctionalInterface
public interface PageLoader {

    List<ArticleRow> load(int offset, int limit) throws Exception;
}
