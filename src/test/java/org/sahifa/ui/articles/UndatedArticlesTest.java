package org.sahifa.ui.articles;

import org.junit.jupiter.api.Test;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.EntityType;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleFilter;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;
import org.sahifa.ui.entities.EntityBrowserViewModel;
import org.sahifa.ui.entities.EntityPageViewModel;
import org.sahifa.ui.navigation.NavItem;
import org.sahifa.ui.navigation.NavigationViewModel;
import org.sahifa.ui.common.I18n;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 2: an article without a date is not "now": unknown in rows, off timelines, last, filterable. */
class UndatedArticlesTest extends LibraryTestSupport {

    private static final String UNDATED = "خبر بلا تاريخ عن أذربيجان";

    private void addUndated() {
        library.store(List.of(new ArticleDraft(UNDATED, null, "قالت أذربيجان إن المحادثات مستمرة.", null,
                "undated", "وكالة", null, "ar", null)));
    }

    @Test
    void anUndatedRowHasNoDateAndComesLast() {
        library = TestLibraries.withArticles(dir, 3);
        addUndated();
        ArticleListViewModel vm = new ArticleListViewModel(library, new CurrentThreadTaskExecutor());
        vm.showListing(ArticleFilter.ALL);
        List<ArticleRow> rows = vm.itemsProperty().get();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(4).title()).isEqualTo(UNDATED);
        assertThat(rows.get(4).published()).as("not the import time").isNull();
        assertThat(rows.subList(0, 4)).allMatch(r -> r.published() != null);

        vm.showListing(ArticleFilter.ALL.withUndatedOnly(true));
        assertThat(vm.itemsProperty().get()).extracting(ArticleRow::title).containsExactly(UNDATED);
    }

    @Test
    void theTimelineLeavesUndatedArticlesOffAndCountsThem() {
        library = TestLibraries.withArticles(dir, 1);
        addUndated();
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        EntityBrowserViewModel browser = new EntityBrowserViewModel(library, ex);
        browser.show(EntityType.PLACE);
        EntitySummary azerbaijan = browser.items().stream()
                .filter(s -> s.entity().name().contains("أذربيجان")).findFirst().orElseThrow();
        EntityPageViewModel page = new EntityPageViewModel(library, ex, ZoneOffset.UTC);
        page.open(azerbaijan.entity().id());
        EntityPageViewModel.Page p = page.pageProperty().get();
        assertThat(p.articles()).extracting(ArticleRow::title).contains(UNDATED);
        assertThat(p.articles().get(p.articles().size() - 1).title()).isEqualTo(UNDATED);
        assertThat(p.undated()).isEqualTo(1);
        assertThat(p.timeline()).containsOnlyKeys(YearMonth.of(2023, 9));
        assertThat(p.timeline().get(YearMonth.of(2023, 9))).isEqualTo(p.articles().size() - 1);
        assertThat(YearMonth.now(ZoneId.systemDefault())).isNotIn(p.timeline().keySet());
        assertThat(p.summary().lastSeen()).isBefore(java.time.Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void theNavigationOffersTheUndatedArticlesAndTheBookmarkTags() {
        library = TestLibraries.withArticles(dir, 2);
        addUndated();
        long id = library.articles().list(ArticleFilter.ALL, 0, 1).get(0).id();
        library.bookmarks().put(id, "للمتابعة", List.of("قره_باغ"));
        NavigationViewModel nav = new NavigationViewModel(library, new CurrentThreadTaskExecutor(), new I18n(),
                javafx.collections.FXCollections.observableArrayList());
        nav.refresh();
        assertThat(nav.items()).filteredOn(i -> i.kind() == NavItem.Kind.UNDATED).singleElement()
                .satisfies(i -> assertThat(i.count()).isEqualTo(1));
        assertThat(nav.items()).filteredOn(i -> i.kind() == NavItem.Kind.TAG).singleElement()
                .satisfies(i -> {
                    assertThat(i.arg()).isEqualTo("قره_باغ");
                    assertThat(i.count()).isEqualTo(1);
                    assertThat(i.label()).contains("قره_باغ");
                });
    }
}
