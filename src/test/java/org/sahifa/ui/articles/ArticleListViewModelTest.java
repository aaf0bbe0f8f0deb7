package org.sahifa.ui.articles;

import org.junit.jupiter.api.Test;
import org.sahifa.store.ArticleFilter;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.settings.Digits;
import org.sahifa.ui.settings.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleListViewModelTest extends LibraryTestSupport {

    @Test
    void listingIsPagedAndBounded() {
        library = TestLibraries.withArticles(dir, 3499);
        ArticleListViewModel vm = new ArticleListViewModel(library, new CurrentThreadTaskExecutor());
        vm.showListing(ArticleFilter.ALL);
        assertThat(vm.totalProperty().get()).isEqualTo(3500);
        assertThat(vm.itemsProperty().get()).hasSize(3500).isInstanceOf(PagedArticleList.class);
        PagedArticleList paged = (PagedArticleList) vm.itemsProperty().get();
        assertThat(paged.loadedPages()).as("the first page comes with the count").isEqualTo(1);
        // Newest first: the seed (2023-09-21) comes after the numbered ones (they reach into 2023-09 + 3499 h).
        assertThat(paged.get(0).title()).isEqualTo("خبر رقم 3498");
        assertThat(paged.get(3499).title()).isEqualTo("خبر رقم 0");
        for (int i = 0; i < 3500; i += 50) {
            assertThat(paged.get(i)).isNotNull();
        }
        assertThat(paged.loadedPages()).isLessThanOrEqualTo(PagedArticleList.MAX_PAGES);
    }

    @Test
    void filtersAndStateUpdates() {
        library = TestLibraries.withArticles(dir, 10);
        ArticleListViewModel vm = new ArticleListViewModel(library, new CurrentThreadTaskExecutor());
        vm.showListing(ArticleFilter.ALL.withSource("فرانس برس"));
        assertThat(vm.itemsProperty().get()).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo(TestLibraries.SEED_TITLE));
        long id = vm.itemsProperty().get().get(0).id();
        vm.updateState(id, true, true);
        assertThat(vm.itemsProperty().get().get(0).bookmarked()).isTrue();
        assertThat(vm.itemsProperty().get().get(0).read()).isTrue();

        vm.showResults(List.of(new ArticleRow(7, "x", null, null, false, false, "…", List.of("كاراباخ"))), 1);
        assertThat(vm.searchResultsProperty().get()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo(1);
    }

    @Test
    void aCappedSearchTotalReadsMoreThanNInBothLanguages() {
        library = TestLibraries.withArticles(dir, 1);
        ArticleListViewModel vm = new ArticleListViewModel(library, new CurrentThreadTaskExecutor());
        List<ArticleRow> rows = List.of(new ArticleRow(7, "x", null, null, false, false, "…", List.of()));
        I18n i18n = new I18n();

        vm.showResults(rows, 1000, false);
        i18n.languageProperty().set(Language.EN);
        i18n.digitsProperty().set(Digits.LATIN);
        assertThat(i18n.get(vm.countKey(), vm.totalProperty().get())).isEqualTo("more than 1,000 results");
        i18n.languageProperty().set(Language.AR);
        i18n.digitsProperty().set(Digits.ARABIC_INDIC);
        assertThat(i18n.get(vm.countKey(), vm.totalProperty().get())).isEqualTo("أكثر من ١٬٠٠٠ نتيجة");

        vm.showResults(rows, 1000, true);
        assertThat(i18n.get(vm.countKey(), vm.totalProperty().get())).isEqualTo("١٬٠٠٠ نتيجة");
        i18n.languageProperty().set(Language.EN);
        assertThat(i18n.get(vm.countKey(), vm.totalProperty().get())).isEqualTo("١٬٠٠٠ results");

        vm.showListing(ArticleFilter.ALL); // a listing always counts exactly
        assertThat(vm.totalExactProperty().get()).isTrue();
        assertThat(vm.countKey()).isEqualTo("list.count");
    }
}
