package org.sahifa.ui.search;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sahifa.ui.articles.ArticleListViewModel;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.common.TaskHandle;
import org.sahifa.ui.settings.Settings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Search as you type: each change of the query (or a filter) waits for the debouncer, then searches off the
 * JavaFX thread; an answer older than the newest query is dropped (and its task cancelled). While a search runs
 * the list shows that it is searching rather than the previous answer; a search that needs the index waits for
 * {@link SearchIndexViewModel} to prepare it (decision 0238). Filters (source, date range, bookmarked only) narrow
 * the results; an empty query gives the listing back.
 */
public final class SearchViewModel {

    public static final int LIMIT = 500;

    private final SearchBackend backend;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final ArticleListViewModel list;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty source = new SimpleStringProperty(this, "source");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final BooleanProperty bookmarkedOnly = new SimpleBooleanProperty(this, "bookmarkedOnly");
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(this, "newestFirst");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final SearchIndexViewModel index;
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ZoneId zone;
    private Runnable onCleared = () -> { };
    private long generation;
    /** The newest search's task (or its snippet completion) while it runs, to cancel when a newer query comes. */
    private TaskHandle running;

    public SearchViewModel(SearchBackend backend, TaskExecutor executor, Debouncer debouncer,
                           ArticleListViewModel list, ZoneId zone) {
        this(backend, new SearchIndexViewModel(backend, executor), executor, debouncer, list, zone);
    }

    /** A view model whose searches wait for {@code index} when it is not ready. */
    public SearchViewModel(SearchBackend backend, SearchIndexViewModel index, TaskExecutor executor,
                           Debouncer debouncer, ArticleListViewModel list, ZoneId zone) {
        this.index = index;
        this.backend = backend;
        this.executor = executor;
        this.debouncer = debouncer;
        this.list = list;
        this.zone = zone;
        query.addListener(o -> debouncer.submit(this::run));
        for (javafx.beans.Observable o : List.<javafx.beans.Observable>of(source, from, to, bookmarkedOnly,
                newestFirst)) {
            o.addListener(x -> {
                if (active.get()) {
                    debouncer.submit(this::run);
                }
            });
        }
    }

    /** Called when the query was cleared (the window shows its listing again). */
    public void setOnCleared(Runnable handler) {
        this.onCleared = handler;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty bookmarkedOnlyProperty() {
        return bookmarkedOnly;
    }

    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    /** True while search results are shown. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** True from the moment the newest query is sent until its answer (or error) is shown. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The index this view model's searches wait for. */
    public SearchIndexViewModel index() {
        return index;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<String> suggestions() {
        return suggestions;
    }

    /** Runs the current query now (Enter). */
    public void runNow() {
        run();
    }

    /** The current query and filters as a saved search named {@code name}. */
    public Settings.SavedSearch toSavedSearch(String name) {
        Settings.SavedSearch s = new Settings.SavedSearch(name, query.get().strip());
        s.bookmarkedOnly = bookmarkedOnly.get();
        s.source = source.get();
        return s;
    }

    /** Puts a saved search back into the field and runs it. */
    public void apply(Settings.SavedSearch s) {
        bookmarkedOnly.set(s.bookmarkedOnly);
        source.set(s.source);
        query.set(s.query);
        run();
    }

    private void run() {
        String q = query.get() == null ? "" : query.get().strip();
        long gen = ++generation;
        cancelRunning();
        if (q.isEmpty()) {
            suggestions.clear();
            stopSearching();
            if (active.get()) {
                active.set(false);
                onCleared.run();
            }
            return;
        }
        searching.set(true);
        list.showSearching(q);
        boolean newest = newestFirst.get();
        String src = source.get();
        LocalDate f = from.get();
        LocalDate t = to.get();
        boolean marked = bookmarkedOnly.get();
        index.whenReady(() -> {
            if (gen == generation) {
                search(gen, q, newest, src, f, t, marked);
            }
        }, e -> {
            if (gen == generation) {
                stopSearching();
                if (e != null) {
                    error.set(e.getMessage());
                }
            }
        });
    }

    private void search(long gen, String q, boolean newest, String src, LocalDate f, LocalDate t, boolean marked) {
        TaskHandle h = executor.execute(BackgroundTask.of(p -> {
            SearchBackend.Results r = backend.search(q, newest, LIMIT);
            List<String> sugg = backend.suggest(q, 8);
            return new Object[] {filter(r, src, f, t, marked), sugg};
        }).onSuccess(res -> {
            if (gen != generation) {
                return;
            }
            running = null;
            error.set(null);
            active.set(true);
            @SuppressWarnings("unchecked")
            List<String> sugg = (List<String>) res[1];
            suggestions.setAll(sugg);
            Filtered fr = (Filtered) res[0];
            searching.set(false);
            list.showResults(q, fr.rows(), fr.total(), fr.totalExact());
            complete(gen, q, newest, fr.rows());
        }).onFailure(e -> {
            if (gen == generation) {
                running = null;
                stopSearching();
                error.set(e.getMessage());
            }
        }));
        if (h.runningProperty().get() && gen == generation) {
            running = h;
        }
    }

    /** The newest search is over without an answer to show (cleared, failed, the index not prepared). */
    private void stopSearching() {
        searching.set(false);
        list.stopSearching();
    }

    /** Cancels the task of an older query: its answer would be dropped anyway, and it should not hold a worker. */
    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private record Filtered(List<ArticleRow> rows, long total, boolean totalExact) {
    }

    /**
     * Fills in, off the JavaFX thread, the snippets of the rows the search returned without them (the engine
     * highlights only the first rows with the search, so the results show sooner), unless a newer query came.
     */
    private void complete(long gen, String q, boolean newest, List<ArticleRow> rows) {
        List<ArticleRow> missing = new ArrayList<>();
        for (ArticleRow row : rows) {
            if (row.snippet() == null) {
                missing.add(row);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        TaskHandle h = executor.execute(BackgroundTask.of(p -> backend.complete(q, newest, missing)).onSuccess(done -> {
            if (gen == generation) {
                running = null;
                list.updateRows(done);
            }
        }));
        if (h.runningProperty().get() && gen == generation) {
            running = h;
        }
    }

    private Filtered filter(SearchBackend.Results r, String src, LocalDate f, LocalDate t, boolean marked) {
        boolean any = (src != null && !src.isBlank()) || f != null || t != null || marked;
        if (!any) {
            return new Filtered(r.rows(), r.total(), r.totalExact());
        }
        Instant start = f == null ? null : f.atStartOfDay(zone).toInstant();
        Instant end = t == null ? null : t.plusDays(1).atStartOfDay(zone).toInstant();
        List<ArticleRow> out = new ArrayList<>();
        for (ArticleRow row : r.rows()) {
            if (src != null && !src.isBlank() && !src.equals(row.source())) {
                continue;
            }
            if (marked && !row.bookmarked()) {
                continue;
            }
            if (start != null && (row.published() == null || row.published().isBefore(start))) {
                continue;
            }
            if (end != null && (row.published() == null || !row.published().isBefore(end))) {
                continue;
            }
            out.add(row);
        }
        return new Filtered(out, out.size(), true);
    }
}
