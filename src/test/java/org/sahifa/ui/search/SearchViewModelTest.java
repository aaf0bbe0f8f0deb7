package org.sahifa.ui.search;

import org.junit.jupiter.api.Test;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.articles.ArticleListViewModel;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchViewModelTest extends LibraryTestSupport {

    @Test
    void typingSearchesAndClearingGivesTheListingBack() {
        library = TestLibraries.withArticles(dir, 20);
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        ArticleListViewModel list = new ArticleListViewModel(library, ex);
        SearchViewModel vm = new SearchViewModel(new EngineSearchBackend(library), ex, Debouncer.IMMEDIATE, list,
                ZoneOffset.UTC);
        List<String> cleared = new ArrayList<>();
        vm.setOnCleared(() -> cleared.add("x"));
        vm.queryProperty().set("كراباخ");
        assertThat(vm.activeProperty().get()).isTrue();
        assertThat(list.itemsProperty().get()).extracting(ArticleRow::title).containsExactly(TestLibraries.SEED_TITLE);
        assertThat(list.itemsProperty().get().get(0).matched()).contains("كراباخ");
        vm.queryProperty().set("  ");
        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(cleared).hasSize(1);
    }

    @Test
    void filtersNarrowTheResults() {
        library = TestLibraries.withArticles(dir, 20);
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        ArticleListViewModel list = new ArticleListViewModel(library, ex);
        SearchViewModel vm = new SearchViewModel(new EngineSearchBackend(library), ex, Debouncer.IMMEDIATE, list,
                ZoneOffset.UTC);
        vm.queryProperty().set("باكو");
        assertThat(list.itemsProperty().get()).hasSize(20);
        vm.sourceProperty().set("وكالة");
        assertThat(list.itemsProperty().get()).hasSize(10).allMatch(r -> r.source().equals("وكالة"));
        vm.sourceProperty().set(null);
        // Articles are an hour apart from 2023-09-01 08:00 UTC: 16 of them fall on the first day.
        vm.fromProperty().set(LocalDate.of(2023, 9, 1));
        vm.toProperty().set(LocalDate.of(2023, 9, 1));
        assertThat(list.itemsProperty().get()).hasSize(16);
        vm.fromProperty().set(null);
        vm.toProperty().set(null);
        vm.bookmarkedOnlyProperty().set(true);
        assertThat(list.itemsProperty().get()).isEmpty();
        assertThat(vm.toSavedSearch("باكو").bookmarkedOnly).isTrue();
    }

    @Test
    void rowsBeyondTheFirstGetTheirSnippetsRightAfterTheResults() {
        library = TestLibraries.withArticles(dir, 20);
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        ArticleListViewModel eagerList = new ArticleListViewModel(library, ex);
        new SearchViewModel(new EngineSearchBackend(library, 1000), ex, Debouncer.IMMEDIATE, eagerList, ZoneOffset.UTC)
                .queryProperty().set("باكو");
        ArticleListViewModel list = new ArticleListViewModel(library, ex);
        List<List<ArticleRow>> shown = new ArrayList<>();
        list.itemsProperty().addListener((o, a, rows) -> shown.add(List.copyOf(rows)));
        SearchViewModel vm = new SearchViewModel(new EngineSearchBackend(library, 2), ex, Debouncer.IMMEDIATE, list,
                ZoneOffset.UTC);
        vm.queryProperty().set("باكو");
        // first shown with two snippets, then completed in place: the same rows as a search that highlights all
        assertThat(shown).singleElement().satisfies(first -> {
            assertThat(first).hasSize(20);
            assertThat(first.stream().filter(r -> r.snippet() != null)).hasSize(2);
        });
        assertThat(list.itemsProperty().get()).hasSize(20).allSatisfy(r -> assertThat(r.snippet()).isNotNull())
                .containsExactlyElementsOf(eagerList.itemsProperty().get());
    }

    @Test
    void aCappedTotalReachesTheListAsMoreThan() {
        library = TestLibraries.withArticles(dir, 1);
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        ArticleListViewModel list = new ArticleListViewModel(library, ex);
        List<ArticleRow> rows = List.of(new ArticleRow(1, "x", "وكالة", null, false, false, "…", List.of()));
        SearchBackend capped = new SearchBackend() {
            public Results search(String query, boolean newestFirst, int limit) {
                return new Results(1000, false, rows);
            }

            public List<String> suggest(String prefix, int limit) {
                return List.of();
            }
        };
        SearchViewModel vm = new SearchViewModel(capped, ex, Debouncer.IMMEDIATE, list, ZoneOffset.UTC);
        vm.queryProperty().set("خبر");
        assertThat(list.totalProperty().get()).isEqualTo(1000);
        assertThat(list.totalExactProperty().get()).isFalse();
        assertThat(list.countKey()).isEqualTo("search.resultsMore");
        vm.sourceProperty().set("وكالة"); // filtering the rows shown counts them exactly
        assertThat(list.totalProperty().get()).isEqualTo(1);
        assertThat(list.totalExactProperty().get()).isTrue();
    }

    @Test
    void aStaleAnswerIsDropped() {
        library = TestLibraries.withArticles(dir, 5);
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        ArticleListViewModel list = new ArticleListViewModel(library, ex);
        List<Runnable> queued = new ArrayList<>();
        SearchViewModel vm = new SearchViewModel(new EngineSearchBackend(library), ex, queued::add, list,
                ZoneOffset.UTC);
        vm.queryProperty().set("ب");
        vm.queryProperty().set("بوتين");
        // The debouncer keeps only the last action in real life; run both in order: the result is the newest.
        queued.forEach(Runnable::run);
        assertThat(list.itemsProperty().get()).extracting(ArticleRow::title)
                .containsExactly(TestLibraries.SEED_TITLE);
    }
}
