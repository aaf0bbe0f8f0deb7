package org.sahifa.ui.articles;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sahifa.library.Library;
import org.sahifa.store.ArticleFilter;
import org.sahifa.store.ArticleSummary;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;

import java.util.ArrayList;
import java.util.List;

/**
 * What the article list shows: a listing of the library (all, unread, bookmarked, one source), paged from the
 * store, or a fixed list of search results. Counting and fetching run off the JavaFX thread; an answer that
 * arrives after the user moved on is dropped.
 */
public final class ArticleListViewModel {

    private final Library library;
    private final TaskExecutor executor;
    private final ObjectProperty<ObservableList<ArticleRow>> items =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty totalExact = new SimpleBooleanProperty(true);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty searchResults = new SimpleBooleanProperty();
    private final StringProperty searching = new SimpleStringProperty();
    private final StringProperty resultsQuery = new SimpleStringProperty();
    private ArticleFilter filter = ArticleFilter.ALL;
    private long generation;

    public ArticleListViewModel(Library library, TaskExecutor executor) {
        this.library = library;
        this.executor = executor;
    }

    /** The rows; a {@link PagedArticleList} for listings. Replaced (not changed) when the listing changes. */
    public ObjectProperty<ObservableList<ArticleRow>> itemsProperty() {
        return items;
    }

    /** How many articles the listing or search has in all (more than this many when not {@link #totalExactProperty}). */
    public LongProperty totalProperty() {
        return total;
    }

    /** False when a search stopped counting: more than {@link #totalProperty()} articles match. */
    public BooleanProperty totalExactProperty() {
        return totalExact;
    }

    /**
     * The message key of the count line, whose argument is {@link #totalProperty()}: articles of a listing, results
     * of a search, or "more than N results" when the search stopped counting.
     */
    public String countKey() {
        if (!searchResults.get()) {
            return "list.count";
        }
        return totalExact.get() ? "search.results" : "search.resultsMore";
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** The last error, or {@code null}. */
    public StringProperty errorProperty() {
        return error;
    }

    /** True while search results (not a listing) are shown. */
    public BooleanProperty searchResultsProperty() {
        return searchResults;
    }

    /**
     * The query being searched while a search runs, else {@code null}: the rows shown are not its answer (the view
     * covers them with a "searching" state).
     */
    public StringProperty searchingProperty() {
        return searching;
    }

    /** The query whose results are shown, or {@code null} (a listing, or rows that no query gave). */
    public StringProperty resultsQueryProperty() {
        return resultsQuery;
    }

    /** A search for {@code query} runs: the rows shown now are not its answer. */
    public void showSearching(String query) {
        searching.set(query);
    }

    /** The running search ended without results to show (cleared, failed, stopped): the rows are what they were. */
    public void stopSearching() {
        searching.set(null);
    }

    /**
     * The message key of the empty state, whose argument is {@link #resultsQueryProperty()}: no results for the query,
     * an empty library, or an empty listing.
     */
    public String emptyKey() {
        if (searchResults.get()) {
            return resultsQuery.get() == null ? "list.empty" : "search.noResults";
        }
        return filter.equals(ArticleFilter.ALL) ? "list.emptyLibrary" : "list.empty";
    }

    public ArticleFilter filter() {
        return filter;
    }

    /** Shows the library's articles that pass {@code f}, newest first. */
    public void showListing(ArticleFilter f) {
        this.filter = f;
        long gen = ++generation;
        loading.set(true);
        error.set(null);
        searching.set(null);
        resultsQuery.set(null);
        searchResults.set(false);
        // The count and the first page in one task: the window's first rows need both, and a second round trip
        // would queue behind whatever else the workers were given meanwhile.
        executor.execute(BackgroundTask.of(p -> {
                    long n = library.articles().count(f);
                    return new FirstPage(n, n == 0 ? List.of() : rows(f, 0, (int) Math.min(PagedArticleList.PAGE_SIZE, n)));
                })
                .onSuccess(first -> {
                    org.sahifa.ui.common.StartupProbe.mark("listing-counted");
                    if (gen != generation) {
                        return;
                    }
                    long count = first.count();
                    disposeCurrent();
                    int size = (int) Math.min(Integer.MAX_VALUE, count);
                    PagedArticleList list = new PagedArticleList(size, (offset, limit) -> rows(f, offset, limit),
                            executor);
                    if (!first.rows().isEmpty()) {
                        list.preload(0, first.rows());
                    }
                    list.setOnPageFailed(page -> error.set("page " + page));
                    totalExact.set(true);
                    total.set(count);
                    loading.set(false);
                    items.set(list);
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        loading.set(false);
                        error.set(e.getMessage());
                    }
                }));
    }

    /** Shows the same listing again (after an import, for instance). */
    public void reload() {
        if (!searchResults.get()) {
            showListing(filter);
        }
    }

    /** Shows search results instead of a listing; {@code totalHits} is exact. */
    public void showResults(List<ArticleRow> rows, long totalHits) {
        showResults(rows, totalHits, true);
    }

    /** Shows search results instead of a listing; when not {@code exact}, more than {@code totalHits} match. */
    public void showResults(List<ArticleRow> rows, long totalHits, boolean exact) {
        showResults(null, rows, totalHits, exact);
    }

    /** Shows the results of searching {@code query} (the answer the "searching" state waited for). */
    public void showResults(String query, List<ArticleRow> rows, long totalHits, boolean exact) {
        ++generation;
        disposeCurrent();
        searching.set(null);
        resultsQuery.set(query);
        searchResults.set(true);
        loading.set(false);
        error.set(null);
        totalExact.set(exact);
        total.set(totalHits);
        items.set(FXCollections.observableArrayList(rows));
    }

    /**
     * Replaces shown search results by these rows of the same articles (their snippets filled in), keeping each
     * row's read and bookmark state as shown now (it may have changed meanwhile).
     */
    public void updateRows(List<ArticleRow> rows) {
        ObservableList<ArticleRow> list = items.get();
        if (list instanceof PagedArticleList || rows.isEmpty()) {
            return;
        }
        java.util.Map<Long, ArticleRow> byId = new java.util.HashMap<>();
        for (ArticleRow r : rows) {
            byId.put(r.id(), r);
        }
        for (int i = 0; i < list.size(); i++) {
            ArticleRow now = list.get(i);
            ArticleRow filled = now == null ? null : byId.get(now.id());
            if (filled != null) {
                list.set(i, filled.withState(now.read(), now.bookmarked()));
            }
        }
    }

    /** Updates the row of one article after its read or bookmark state changed. */
    public void updateState(long id, boolean read, boolean bookmarked) {
        ObservableList<ArticleRow> list = items.get();
        if (list instanceof PagedArticleList paged) {
            int i = paged.indexOfLoaded(id);
            if (i >= 0) {
                paged.replace(paged.get(i).withState(read, bookmarked));
            }
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != null && list.get(i).id() == id) {
                list.set(i, list.get(i).withState(read, bookmarked));
            }
        }
    }

    /** Updates the note and tags shown in the row of one article (in the Bookmarks list) after they were edited. */
    public void updateBookmark(long id, String note, List<String> tags) {
        if (!filter.bookmarkedOnly() || searchResults.get()) {
            return;
        }
        ObservableList<ArticleRow> list = items.get();
        if (list instanceof PagedArticleList paged) {
            int i = paged.indexOfLoaded(id);
            if (i >= 0) {
                paged.replace(paged.get(i).withNoteAndTags(note, tags));
            }
        }
    }

    private record FirstPage(long count, List<ArticleRow> rows) {
    }

    private List<ArticleRow> rows(ArticleFilter f, int offset, int limit) {
        List<ArticleRow> out = new ArrayList<>(limit);
        for (ArticleSummary s : library.articles().list(f, offset, limit)) {
            ArticleRow row = ArticleRow.of(s);
            // The Bookmarks list shows each bookmark's note and tags under its row.
            if (f.bookmarkedOnly() && s.bookmarked()) {
                row = row.withBookmark(library.bookmarks().get(s.id()).orElse(null));
            }
            out.add(row);
        }
        return out;
    }

    private void disposeCurrent() {
        if (items.get() instanceof PagedArticleList old) {
            old.dispose();
        }
    }
}
