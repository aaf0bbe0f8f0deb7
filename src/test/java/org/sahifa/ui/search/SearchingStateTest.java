package org.sahifa.ui.search;

import org.junit.jupiter.api.Test;
import org.sahifa.search.IndexProgress;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.articles.ArticleListViewModel;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a search runs the list says so instead of passing the last answer off as this one; a newer query
 * supersedes an older one; a search that needs the index waits for its preparation, which can be stopped
 * (decision 0238).
 */
class SearchingStateTest extends LibraryTestSupport {

    /** A backend answering each query with one row titled after it; hooks run inside its calls. */
    private static final class FakeBackend implements SearchBackend {
        final List<String> searched = new ArrayList<>();
        final List<String> completed = new ArrayList<>();
        Runnable duringSearch = () -> { };
        boolean needsIndex;
        int preparations;
        final List<String> calls = new ArrayList<>();
        /** Runs inside {@link #prepare}, after it reported progress (a user acting meanwhile). */
        Runnable duringPrepare = () -> { };

        @Override
        public Results search(String query, boolean newestFirst, int limit) {
            searched.add(query);
            calls.add("search");
            Runnable r = duringSearch;
            duringSearch = () -> { };
            r.run();
            return new Results(1, List.of(new ArticleRow(query.length(), query, "وكالة", null, false, false,
                    null, List.of(query))));
        }

        @Override
        public List<ArticleRow> complete(String query, boolean newestFirst, List<ArticleRow> rows) {
            completed.add(query);
            return List.of();
        }

        @Override
        public List<String> suggest(String prefix, int limit) {
            return List.of();
        }

        @Override
        public void warmUp() {
            calls.add("warmUp");
        }

        @Override
        public boolean needsPreparation() {
            return needsIndex;
        }

        @Override
        public void prepare(IndexProgress progress, BooleanSupplier cancelled) {
            preparations++;
            calls.add("prepare");
            progress.indexed(0, 100);
            Runnable r = duringPrepare;
            duringPrepare = () -> { };
            r.run();
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            progress.indexed(100, 100);
            needsIndex = false;
        }
    }

    private ArticleListViewModel list;
    private SearchViewModel vm;
    private FakeBackend backend;

    private void open() {
        library = TestLibraries.withArticles(dir, 1);
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        list = new ArticleListViewModel(library, ex);
        backend = new FakeBackend();
        vm = new SearchViewModel(backend, ex, Debouncer.IMMEDIATE, list, ZoneOffset.UTC);
    }

    private List<String> titles() {
        return list.itemsProperty().get().stream().map(ArticleRow::title).toList();
    }

    @Test
    void theListSaysItIsSearchingUntilTheAnswerComes() {
        open();
        List<String> seen = new ArrayList<>();
        backend.duringSearch = () -> seen.add(vm.searchingProperty().get() + " " + list.searchingProperty().get());
        vm.queryProperty().set("أردوغان");
        assertThat(seen).containsExactly("true أردوغان");
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(list.searchingProperty().get()).isNull();
        assertThat(titles()).containsExactly("أردوغان");
        assertThat(list.resultsQueryProperty().get()).isEqualTo("أردوغان");
        // Clearing the field ends the searching state too (nothing runs).
        vm.queryProperty().set("");
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(list.searchingProperty().get()).isNull();
    }

    @Test
    void aQueryTypedDuringASearchWinsAndTheOlderAnswerIsDropped() {
        open();
        // The user types on while the first search runs: the newer query runs (and answers) first.
        backend.duringSearch = () -> vm.queryProperty().set("Erdogan");
        vm.queryProperty().set("Erdo");
        assertThat(backend.searched).containsExactly("Erdo", "Erdogan");
        assertThat(titles()).containsExactly("Erdogan");
        assertThat(list.resultsQueryProperty().get()).isEqualTo("Erdogan");
        assertThat(vm.searchingProperty().get()).isFalse();
        // the older answer neither replaced the rows nor asked for its snippets
        assertThat(backend.completed).containsExactly("Erdogan");
    }

    @Test
    void searchesWaitForTheIndexAndOnlyTheNewestRunsWhenItIsReady() {
        open();
        backend.needsIndex = true;
        SearchIndexViewModel index = vm.index();
        // Two queries typed while the index is being built: only the newest is searched once it is ready.
        backend.duringPrepare = () -> {
            assertThat(index.preparingProperty().get()).isTrue();
            vm.queryProperty().set("أردوغان");
            assertThat(backend.searched).isEmpty();
            assertThat(list.searchingProperty().get()).isEqualTo("أردوغان");
        };
        vm.queryProperty().set("أردو");
        assertThat(backend.preparations).isEqualTo(1);
        assertThat(backend.searched).containsExactly("أردوغان");
        // what the first query would load is loaded with the index, before the query runs
        assertThat(backend.calls).containsExactly("prepare", "warmUp", "search");
        assertThat(titles()).containsExactly("أردوغان");
        assertThat(index.readyProperty().get()).isTrue();
        assertThat(index.preparingProperty().get()).isFalse();
        // A ready index is not asked again until something (an import) may have changed the library.
        vm.queryProperty().set("بوتين");
        assertThat(backend.preparations).isEqualTo(1);
        index.invalidate();
        vm.queryProperty().set("باكو");
        assertThat(index.readyProperty().get()).isTrue();
        assertThat(backend.searched).containsExactly("أردوغان", "بوتين", "باكو");
    }

    @Test
    void stoppingTheIndexBuildEndsTheSearchingStateAndTheNextSearchGoesOnWithIt() {
        open();
        backend.needsIndex = true;
        SearchIndexViewModel index = vm.index();
        List<String> before = titles();
        backend.duringPrepare = index::stop;
        vm.queryProperty().set("كراباخ");
        assertThat(index.stoppedProperty().get()).isTrue();
        assertThat(index.readyProperty().get()).isFalse();
        assertThat(backend.searched).isEmpty();
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(list.searchingProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(titles()).isEqualTo(before);
        // The next search builds the index again and answers.
        vm.runNow();
        assertThat(backend.preparations).isEqualTo(2);
        assertThat(index.stoppedProperty().get()).isFalse();
        assertThat(titles()).containsExactly("كراباخ");
    }

    @Test
    void theEmptyStateNamesTheQueryThatFoundNothing() {
        open();
        list.showResults("Erdogan", List.of(), 0, true);
        assertThat(list.emptyKey()).isEqualTo("search.noResults");
        list.showListing(org.sahifa.store.ArticleFilter.ALL);
        assertThat(list.emptyKey()).isEqualTo("list.emptyLibrary");
        list.showListing(org.sahifa.store.ArticleFilter.ALL.withUnreadOnly(true));
        assertThat(list.emptyKey()).isEqualTo("list.empty");
    }
}
