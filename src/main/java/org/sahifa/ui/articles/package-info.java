/**
 * The article list: {@link org.sahifa.ui.articles.PagedArticleList} fetches rows page by page from the store as
 * the list scrolls (only a bounded number of pages in memory), {@link org.sahifa.ui.articles.ArticleListViewModel}
 * switches between listings and search results, {@link org.sahifa.ui.articles.ArticleCell} draws one row.
 */
package org.sahifa.ui.articles;
