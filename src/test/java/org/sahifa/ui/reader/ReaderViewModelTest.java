package org.sahifa.ui.reader;

import org.junit.jupiter.api.Test;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleFilter;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;
import org.sahifa.ui.document.Block;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderViewModelTest extends LibraryTestSupport {

    private long seedId() {
        return library.articles().list(ArticleFilter.ALL.withSource("فرانس برس"), 0, 1).get(0).id();
    }

    @Test
    void openingBuildsTheDocumentAndMarksRead() {
        library = TestLibraries.withArticles(dir, 3);
        ReaderViewModel vm = new ReaderViewModel(library, new CurrentThreadTaskExecutor());
        List<Article> changed = new ArrayList<>();
        vm.setOnStateChanged(changed::add);
        long id = seedId();
        vm.open(id, List.of("كراباخ"));
        ReaderViewModel.Loaded l = vm.loadedProperty().get();
        assertThat(l.article().id()).isEqualTo(id);
        assertThat(l.document().textBlocks()).extracting(Block.Text::kind)
                .containsExactly(Block.Kind.TITLE, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH);
        assertThat(vm.readProperty().get()).isTrue();
        assertThat(library.articles().require(id).read()).isTrue();
        assertThat(vm.highlightsProperty().get()).containsExactly("كراباخ");
        assertThat(changed).isNotEmpty();
    }

    @Test
    void aNewSearchReplacesOrClearsTheOpenArticlesHighlights() {
        library = TestLibraries.withArticles(dir, 3);
        ReaderViewModel vm = new ReaderViewModel(library, new CurrentThreadTaskExecutor());
        long id = seedId();
        vm.open(id, List.of("كراباخ"));
        vm.rehighlight(other -> other == id ? List.of("بوتين") : List.of("x"));
        assertThat(vm.highlightsProperty().get()).containsExactly("بوتين");
        vm.rehighlight(other -> List.of()); // the article is not among the new results
        assertThat(vm.highlightsProperty().get()).isEmpty();
        assertThat(vm.loadedProperty().get().article().id()).as("the article stays open").isEqualTo(id);
    }

    @Test
    void bookmarkWithNoteAndTagsThenRemoveIt() {
        library = TestLibraries.withArticles(dir, 1);
        ReaderViewModel vm = new ReaderViewModel(library, new CurrentThreadTaskExecutor());
        long id = seedId();
        vm.open(id, List.of());
        vm.saveBookmark("للمتابعة", "أذربيجان، روسيا, 2023");
        assertThat(vm.bookmarkedProperty().get()).isTrue();
        assertThat(library.bookmarks().get(id)).hasValueSatisfying(b -> {
            assertThat(b.note()).isEqualTo("للمتابعة");
            assertThat(b.tags()).containsExactlyInAnyOrder("أذربيجان", "روسيا", "2023");
        });
        vm.toggleBookmark();
        assertThat(vm.bookmarkedProperty().get()).isFalse();
        assertThat(library.bookmarks().get(id)).isEmpty();
        vm.toggleBookmark();
        assertThat(library.bookmarks().get(id)).isPresent();
    }

    @Test
    void readStateToggles() {
        library = TestLibraries.withArticles(dir, 1);
        ReaderViewModel vm = new ReaderViewModel(library, new CurrentThreadTaskExecutor());
        long id = seedId();
        vm.open(id, List.of());
        vm.toggleRead();
        assertThat(library.articles().require(id).read()).isFalse();
        vm.toggleRead();
        assertThat(library.articles().require(id).read()).isTrue();
    }

    @Test
    void aMissingArticleIsAnError() {
        library = TestLibraries.withArticles(dir, 0);
        ReaderViewModel vm = new ReaderViewModel(library, new CurrentThreadTaskExecutor());
        vm.open(987654, List.of());
        assertThat(vm.errorProperty().get()).isNotBlank();
        assertThat(vm.loadedProperty().get()).isNull();
    }

    @Test
    void tagsSplitAtLatinAndArabicCommas() {
        assertThat(ReaderViewModel.parseTags(" a ، b,, c ,a")).containsExactly("a", "b", "c");
        assertThat(ReaderViewModel.parseTags(null)).isEmpty();
    }
}
