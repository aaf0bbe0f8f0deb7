package org.sahifa.ui.articles;

import javafx.collections.ObservableListBase;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A list of {@code size} rows that fetches them on demand, a page at a time, off the JavaFX thread. Asking for a
 * row that is not loaded yet returns {@code null} (the cell shows "loading") and starts fetching its page; when
 * the page arrives the list reports those rows as updated. At most {@link #MAX_PAGES} pages are kept (least
 * recently used go first), so a list of 100,000 articles holds a few thousand rows at most.
 */
public final class PagedArticleList extends ObservableListBase<ArticleRow> {

    public static final int PAGE_SIZE = 100;
    public static final int MAX_PAGES = 30;

    private final int size;
    private final PageLoader loader;
    private final TaskExecutor executor;
    private final Set<Integer> loading = new HashSet<>();
    private final Map<Integer, List<ArticleRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleRow>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private IntConsumer onPageFailed = page -> { };
    private boolean disposed;

    public PagedArticleList(int size, PageLoader loader, TaskExecutor executor) {
        this.size = size;
        this.loader = loader;
        this.executor = executor;
    }

    /** Called when a page could not be fetched. */
    public void setOnPageFailed(IntConsumer handler) {
        this.onPageFailed = handler;
    }

    /** Stops delivering pages (the list was replaced). */
    public void dispose() {
        disposed = true;
    }

    @Override
    public int size() {
        return size;
    }

    /** The row at {@code index}, or {@code null} while its page is being fetched. */
    @Override
    public ArticleRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<ArticleRow> rows = pages.get(page);
        if (rows == null) {
            fetch(page);
            rows = pages.get(page);
            if (rows == null) {
                return null;
            }
        }
        int i = index - page * PAGE_SIZE;
        return i < rows.size() ? rows.get(i) : null;
    }

    /** Puts rows fetched ahead (the first page, fetched with the count) in place before the list is shown. */
    void preload(int page, List<ArticleRow> rows) {
        pages.put(page, List.copyOf(rows));
    }

    /** Number of pages now in memory. */
    public int loadedPages() {
        return pages.size();
    }

    /** Replaces the row of article {@code id} where it is loaded (after a bookmark or read change). */
    public void replace(ArticleRow row) {
        for (Map.Entry<Integer, List<ArticleRow>> e : pages.entrySet()) {
            List<ArticleRow> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == row.id()) {
                    java.util.List<ArticleRow> copy = new java.util.ArrayList<>(rows);
                    copy.set(i, row);
                    e.setValue(List.copyOf(copy));
                    int index = e.getKey() * PAGE_SIZE + i;
                    beginChange();
                    nextUpdate(index);
                    endChange();
                    return;
                }
            }
        }
    }

    /** The index of article {@code id} among the loaded rows, or -1. */
    public int indexOfLoaded(long id) {
        for (Map.Entry<Integer, List<ArticleRow>> e : pages.entrySet()) {
            List<ArticleRow> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == id) {
                    return e.getKey() * PAGE_SIZE + i;
                }
            }
        }
        return -1;
    }

    private void fetch(int page) {
        if (!loading.add(page) || disposed) {
            return;
        }
        int offset = page * PAGE_SIZE;
        int limit = Math.min(PAGE_SIZE, size - offset);
        executor.execute(BackgroundTask.of(p -> loader.load(offset, limit))
                .onSuccess(rows -> {
                    loading.remove(page);
                    if (disposed) {
                        return;
                    }
                    pages.put(page, List.copyOf(rows));
                    int n = Math.min(limit, rows.size());
                    if (n > 0) {
                        beginChange();
                        for (int i = 0; i < n; i++) {
                            nextUpdate(offset + i);
                        }
                        endChange();
                    }
                })
                .onFailure(e -> {
                    loading.remove(page);
                    onPageFailed.accept(page);
                }));
    }
}
