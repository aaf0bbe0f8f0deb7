package org.sahifa.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleStoreTest {

    @TempDir
    Path dir;
    Database db;
    ArticleHooks hooks;
    ArticleStore store;
    BookmarkStore bookmarks;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        hooks = new ArticleHooks();
        store = new ArticleStore(db, hooks, Clock.systemUTC());
        bookmarks = new BookmarkStore(db, hooks, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static ArticleDraft draft(String title, String body, String url, String guid, Instant published) {
        return new ArticleDraft(title, null, body, url, guid, "src", null, "ar", published);
    }

    @Test
    void storesAndReadsBackEveryField() {
        Instant pub = Instant.parse("2023-09-21T10:15:30Z");
        StoreResult r = store.insert(List.of(new ArticleDraft("عنوان", "<p>نص</p>", "نص", "https://x/1", "g1",
                "المصدر", "كاتب", "ar", pub)));
        assertThat(r.inserted()).hasSize(1);
        Article a = store.require(r.inserted().get(0).id());
        assertThat(a).isEqualTo(r.inserted().get(0));
        assertThat(a.title()).isEqualTo("عنوان");
        assertThat(a.bodyHtml()).isEqualTo("<p>نص</p>");
        assertThat(a.url()).isEqualTo("https://x/1");
        assertThat(a.guid()).isEqualTo("g1");
        assertThat(a.source()).isEqualTo("المصدر");
        assertThat(a.author()).isEqualTo("كاتب");
        assertThat(a.published()).isEqualTo(pub);
        assertThat(a.fetched()).isNotNull();
        assertThat(a.read()).isFalse();
        assertThat(a.bookmarked()).isFalse();
    }

    @Test
    void duplicatesBySameGuidUrlOrNormalisedContentAreNotStoredTwice() {
        store.insert(List.of(draft("قره باغ", "نص الخبر", "https://a/1", "g-1", null)));
        StoreResult r = store.insert(List.of(
                draft("other", "other body", null, "g-1", null),                 // same guid, same source
                draft("other2", "other body 2", "https://a/1", null, null),      // same url
                draft("قَرهْ  باغ", "نـص   الخبر", null, null, null),            // same content after normalisation
                draft("new", "new body", null, null, null),
                draft("new", "new body", null, null, null)));                   // repeated in the batch
        assertThat(r.inserted()).extracting(Article::title).containsExactly("new");
        assertThat(r.duplicates()).isEqualTo(4);
        assertThat(r.ids()).hasSize(5).doesNotContain(-1L);
        assertThat(r.ids().get(0)).isEqualTo(r.ids().get(1)).isEqualTo(r.ids().get(2));
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void theSameGuidFromAnotherSourceIsADifferentArticle() {
        store.insert(List.of(new ArticleDraft("a", null, "a", null, "1", "one", null, null, null)));
        StoreResult r = store.insert(List.of(new ArticleDraft("b", null, "b", null, "1", "two", null, null, null)));
        assertThat(r.inserted()).hasSize(1);
    }

    @Test
    void pagesNewestFirstByOffsetAndByKeysetAlike() {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            drafts.add(draft("t" + i, "b" + i, null, null, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i % 7)));
        }
        store.insert(drafts);
        List<Long> byOffset = new ArrayList<>();
        for (int off = 0; off < 25; off += 10) {
            store.list(ArticleFilter.ALL, off, 10).forEach(s -> byOffset.add(s.id()));
        }
        List<Long> byKeyset = new ArrayList<>();
        PageCursor cursor = null;
        do {
            ArticlePage page = store.page(ArticleFilter.ALL, cursor, 10);
            page.items().forEach(s -> byKeyset.add(s.id()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(byOffset).hasSize(25).doesNotHaveDuplicates().isEqualTo(byKeyset);
        List<ArticleSummary> all = store.list(ArticleFilter.ALL, 0, 100);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).sortTime()).isAfterOrEqualTo(all.get(i).sortTime());
        }
    }

    @Test
    void anUndatedArticleStaysUndatedSortsLastAndCanBeListedAlone() {
        StoreResult r = store.insert(List.of(
                draft("old", "b1", null, null, Instant.parse("1999-01-01T00:00:00Z")),
                draft("undated", "b2", null, null, null),
                draft("new", "b3", null, null, Instant.parse("2024-01-01T00:00:00Z")),
                draft("undated too", "b4", null, null, null)));
        assertThat(r.inserted()).hasSize(4);
        assertThat(store.require(r.inserted().get(1).id()).published()).isNull();
        assertThat(store.list(ArticleFilter.ALL, 0, 10)).extracting(ArticleSummary::title)
                .containsExactly("new", "old", "undated too", "undated");
        List<String> paged = new ArrayList<>();
        PageCursor cursor = null;
        do {
            ArticlePage page = store.page(ArticleFilter.ALL, cursor, 1);
            page.items().forEach(s -> paged.add(s.title()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(paged).containsExactly("new", "old", "undated too", "undated");
        ArticleFilter undated = ArticleFilter.ALL.withUndatedOnly(true);
        assertThat(store.count(undated)).isEqualTo(2);
        assertThat(store.list(undated, 0, 10)).extracting(ArticleSummary::published).containsOnlyNulls();
    }

    @Test
    void theMigrationMovesUndatedArticlesOfAnOlderLibraryLast() {
        store.insert(List.of(draft("dated", "b1", null, null, Instant.parse("2020-01-01T00:00:00Z")),
                draft("undated", "b2", null, null, null)));
        db.transaction(c -> { // as an older Sahifa stored it: the import time as the listing key
            try (java.sql.Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE articles SET sort_time = fetched WHERE published IS NULL");
                s.executeUpdate("DELETE FROM schema_migrations WHERE version = 90");
            }
            return null;
        });
        assertThat(store.list(ArticleFilter.ALL, 0, 10)).extracting(ArticleSummary::title)
                .containsExactly("undated", "dated");
        db.close();
        db = Database.open(dir);
        store = new ArticleStore(db, hooks, Clock.systemUTC());
        assertThat(store.list(ArticleFilter.ALL, 0, 10)).extracting(ArticleSummary::title)
                .containsExactly("dated", "undated");
    }

    @Test
    void bookmarksAreFilteredByTag() {
        StoreResult r = store.insert(List.of(draft("a", "b1", null, null, null), draft("b", "b2", null, null, null),
                draft("c", "b3", null, null, null)));
        bookmarks.put(r.inserted().get(0).id(), null, List.of("قره_باغ", "x"));
        bookmarks.put(r.inserted().get(1).id(), "n", List.of("x"));
        bookmarks.put(r.inserted().get(2).id(), null, List.of());
        assertThat(store.list(ArticleFilter.ALL.withTag("قره_باغ"), 0, 10)).extracting(ArticleSummary::title)
                .containsExactly("a");
        assertThat(store.count(ArticleFilter.ALL.withTag("x"))).isEqualTo(2);
        assertThat(ArticleFilter.ALL.withTag("x").bookmarkedOnly()).isTrue();
    }

    @Test
    void filtersByUnreadBookmarkedAndSource() {
        StoreResult r = store.insert(List.of(
                new ArticleDraft("a", null, "a", null, null, "one", null, null, null),
                new ArticleDraft("b", null, "b", null, null, "two", null, null, null),
                new ArticleDraft("c", null, "c", null, null, "two", null, null, null)));
        long a = r.ids().get(0);
        long b = r.ids().get(1);
        store.markRead(List.of(a), true);
        bookmarks.put(b, "note", List.of("x"));
        assertThat(store.count(ArticleFilter.ALL.withUnreadOnly(true))).isEqualTo(2);
        assertThat(store.list(ArticleFilter.ALL.withBookmarkedOnly(true), 0, 10)).extracting(ArticleSummary::id)
                .containsExactly(b);
        assertThat(store.count(ArticleFilter.ALL.withSource("two"))).isEqualTo(2);
        assertThat(store.sources()).containsEntry("one", 1L).containsEntry("two", 2L);
        assertThat(store.readIds()).containsExactly(a);
        assertThat(store.bookmarkedIds()).containsExactly(b);
        assertThat(store.get(b).orElseThrow().bookmarked()).isTrue();
    }

    @Test
    void hooksSeeInsertsInsideTheTransactionAndAThrowingHookRollsBack() {
        List<String> calls = new ArrayList<>();
        ArticleHook recorder = new ArticleHook() {
            @Override
            public void inserted(Connection txn, List<Article> batch) {
                calls.add("inserted " + batch.size());
            }

            @Override
            public void committed(List<Article> batch) {
                calls.add("committed " + batch.size());
            }

            @Override
            public void deleted(List<Long> ids) {
                calls.add("deleted " + ids.size());
            }
        };
        hooks.register(recorder);
        StoreResult r = store.insert(List.of(draft("a", "a", null, null, null), draft("b", "b", null, null, null)));
        store.delete(List.of(r.ids().get(0)));
        assertThat(calls).containsExactly("inserted 2", "committed 2", "deleted 1");

        hooks.register(new ArticleHook() {
            @Override
            public void inserted(Connection txn, List<Article> batch) throws SQLException {
                throw new SQLException("refused");
            }
        });
        assertThatThrownBy(() -> store.insert(List.of(draft("c", "c", null, null, null))))
                .hasMessageContaining("refused");
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void iteratesEveryArticleInIdOrder() {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            drafts.add(draft("t" + i, "b" + i, null, null, null));
        }
        store.insert(drafts);
        List<Long> ids = new ArrayList<>();
        store.forEach(a -> ids.add(a.id()));
        assertThat(ids).hasSize(1203).isSorted();
        assertThat(store.maxId()).isEqualTo(ids.get(ids.size() - 1));
    }

    @Test
    void bookmarksKeepNoteTagsAndCreatedTimeAndGoWithTheirArticle() {
        long id = store.insert(List.of(draft("a", "a", null, null, null))).ids().get(0);
        Bookmark first = bookmarks.put(id, " ملاحظة ", List.of("b", "a", "a", " "));
        assertThat(first.note()).isEqualTo("ملاحظة");
        assertThat(first.tags()).containsExactly("a", "b");
        Bookmark second = bookmarks.put(id, null, List.of("c"));
        assertThat(second.created()).isEqualTo(first.created());
        assertThat(second.note()).isNull();
        assertThat(bookmarks.list()).containsExactly(second);
        assertThatThrownBy(() -> bookmarks.put(999, null, List.of())).isInstanceOf(UnknownArticleException.class);
        store.delete(List.of(id));
        assertThat(bookmarks.list()).isEmpty();
        assertThat(bookmarks.tags()).isEmpty();
    }

    @Test
    void rejectsDraftsWithoutTitleOrBody() {
        assertThatThrownBy(() -> store.insert(List.of(draft(" ", "b", null, null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.count()).isZero();
    }
}
