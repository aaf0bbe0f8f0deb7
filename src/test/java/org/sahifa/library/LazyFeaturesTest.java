package org.sahifa.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.search.SearchOptions;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleHook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The search index loads on first use (decision 0085), and everything still reaches it. */
class LazyFeaturesTest {

    @TempDir
    Path tmp;

    private static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(title, null, body, null, null, "وكالة", null, "ar", null);
    }

    @Test
    void openingDoesNotLoadTheIndexTheFirstStoreDoesAndItIsIndexed() {
        try (Library library = Library.open(tmp)) {
            assertThat(Files.exists(tmp.resolve("index"))).as("index not opened by Library.open").isFalse();
            assertThat(library.hookCount()).isEqualTo(2);
            library.store(List.of(draft("اشتباكات في كاراباخ", "قال شهود إن الاشتباكات تجددت في قره باغ")));
            assertThat(Files.exists(tmp.resolve("index"))).as("the hook opened the index").isTrue();
            assertThat(library.search().search("كراباخ", SearchOptions.defaults()).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void theFirstSearchOpensTheIndexAndCatchesUpWithArticlesStoredWithoutIt() {
        try (Library library = Library.openWithoutFeatures(tmp)) {
            library.store(List.of(draft("عودة السفير", "عاد السفير إلى طهران")));
            assertThatThrownBy(library::search).isInstanceOf(IllegalStateException.class);
        }
        try (Library library = Library.open(tmp)) {
            assertThat(Files.exists(tmp.resolve("index"))).isFalse();
            assertThat(library.search("طهران", 5)).singleElement()
                    .satisfies(h -> assertThat(h.article().title()).isEqualTo("عودة السفير"));
        }
        // closed before any search or store: nothing was loaded, and the folder opens again
        try (Library library = Library.open(tmp)) {
            assertThat(library.stats().articles()).isEqualTo(1);
        }
        try (Library library = Library.open(tmp)) {
            assertThat(library.search("السفير", 5)).hasSize(1);
        }
    }

    @Test
    void aClosedLibraryDoesNotOpenItsIndex() {
        Library library = Library.open(tmp);
        library.close();
        assertThatThrownBy(library::search).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void theDeferredHookPassesEveryCallOnAndLoadsItsTargetOnce() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        List<String> calls = new ArrayList<>();
        ArticleHook real = new ArticleHook() {
            @Override
            public void committed(List<Article> batch) {
                calls.add("committed " + batch.size());
            }

            @Override
            public void deleted(List<Long> ids) {
                calls.add("deleted " + ids);
            }

            @Override
            public void stateChanged(List<Long> ids) {
                throw new IllegalArgumentException("boom " + ids);
            }
        };
        ArticleHook deferred = DeferredHook.of(() -> {
            loads.incrementAndGet();
            return real;
        });
        assertThat(loads).hasValue(0);
        assertThat(deferred.toString()).contains("not loaded");
        deferred.committed(List.of());
        deferred.deleted(List.of(3L, 4L));
        deferred.inserted(null, List.of()); // the real hook's default method runs
        assertThatThrownBy(() -> deferred.stateChanged(List.of(5L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("boom [5]");
        assertThat(calls).containsExactly("committed 0", "deleted [3, 4]");
        assertThat(loads).hasValue(1);
        assertThat(deferred).isEqualTo(deferred).isNotEqualTo(real);
    }
}
