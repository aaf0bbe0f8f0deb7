package org.sahifa.ui.articles;

import org.junit.jupiter.api.Test;
import org.sahifa.store.ArticleFilter;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.settings.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 8: a bookmark's note and tags are shown in the Bookmarks list, and bookmarks filter by tag. */
class BookmarkNotesTest extends LibraryTestSupport {

    @Test
    void theBookmarksListShowsNotesAndTagsAndFiltersByTag() {
        library = TestLibraries.withArticles(dir, 4);
        List<Long> ids = library.articles().list(ArticleFilter.ALL, 0, 3).stream().map(s -> s.id()).toList();
        library.bookmarks().put(ids.get(0), "للمتابعة غدًا", List.of("قره_باغ", "روسيا"));
        library.bookmarks().put(ids.get(1), null, List.of("روسيا"));
        library.bookmarks().put(ids.get(2), null, List.of());
        ArticleListViewModel vm = new ArticleListViewModel(library, new CurrentThreadTaskExecutor());

        vm.showListing(ArticleFilter.ALL.withBookmarkedOnly(true));
        List<ArticleRow> rows = vm.itemsProperty().get();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).note()).isEqualTo("للمتابعة غدًا");
        assertThat(rows.get(0).tags()).containsExactlyInAnyOrder("قره_باغ", "روسيا");
        assertThat(rows.get(2).note()).isNull();
        I18n i18n = new I18n();
        assertThat(BookmarkLine.of(i18n, rows.get(0).note(), rows.get(0).tags()))
                .contains("ملاحظة: للمتابعة غدًا").contains("قره_باغ").contains("روسيا");
        assertThat(BookmarkLine.of(i18n, null, List.of())).isEmpty();
        i18n.languageProperty().set(Language.EN);
        assertThat(BookmarkLine.of(i18n, "x", List.of("a", "b"))).isEqualTo("Note: x — Tags: a, b");

        vm.updateBookmark(ids.get(2), "جديدة", List.of("اقتصاد"));
        assertThat(vm.itemsProperty().get().get(2).note()).isEqualTo("جديدة");
        assertThat(vm.itemsProperty().get().get(2).tags()).containsExactly("اقتصاد");

        vm.showListing(ArticleFilter.ALL.withTag("روسيا"));
        assertThat(vm.itemsProperty().get()).extracting(ArticleRow::id).containsExactly(ids.get(0), ids.get(1));
        vm.showListing(ArticleFilter.ALL);
        assertThat(vm.itemsProperty().get().get(0).note()).as("only the Bookmarks list carries notes").isNull();
    }
}
