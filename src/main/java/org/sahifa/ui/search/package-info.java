/**
 * Search from the window: {@link org.sahifa.ui.search.SearchViewModel} runs the query as the user types (debounced,
 * off the JavaFX thread, stale answers dropped), applies the filters and hands the results to the article list;
 * {@link org.sahifa.ui.search.SearchBackend} is the one seam to the library's search.
 */
package org.sahifa.ui.search;
