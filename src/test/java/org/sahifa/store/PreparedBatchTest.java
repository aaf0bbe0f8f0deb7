package org.sahifa.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Storing a batch whose hook work was prepared ahead on other threads. */
class PreparedBatchTest {

    @TempDir
    Path dir;
    Database db;
    ArticleHooks hooks;
    ArticleStore store;
    ExecutorService pool;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        hooks = new ArticleHooks();
        store = new ArticleStore(db, hooks, Clock.systemUTC());
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        db.close();
    }

    private static ArticleDraft draft(String title, String body) {
        return ArticleStoreTest.draft(title, body, null, null, null);
    }

    /** Prepares the upper-cased title on the worker threads and records what inserted() received. */
    private static final class UpperCaseHook implements ArticleHook {
        final List<String> preparedOn = Collections.synchronizedList(new ArrayList<>());
        final List<String> seen = new ArrayList<>();
        final List<String> computedInside = new ArrayList<>();

        @Override
        public Object prepare(ArticleDraft draft) {
            preparedOn.add(Thread.currentThread().getName());
            if (draft.title().equals("boom")) {
                throw new IllegalStateException("cannot prepare");
            }
            return draft.title().strip().toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public void inserted(Connection txn, List<Article> batch) {
            inserted(txn, batch, Collections.nCopies(batch.size(), null));
        }

        @Override
        public void inserted(Connection txn, List<Article> batch, List<Object> prepared) {
            assertThat(prepared).hasSameSizeAs(batch);
            for (int i = 0; i < batch.size(); i++) {
                Object p = prepared.get(i);
                if (p == null) {
                    computedInside.add(batch.get(i).title());
                    p = batch.get(i).title().toUpperCase(java.util.Locale.ROOT);
                }
                seen.add(batch.get(i).title() + "=" + p);
            }
        }
    }

    @Test
    void eachStoredArticleGetsWhatWasPreparedFromItsDraftAndDuplicatesAreSkipped() {
        UpperCaseHook hook = new UpperCaseHook();
        hooks.register(hook);
        store.insert(List.of(draft("old", "x")));
        hook.seen.clear();
        hook.computedInside.clear();

        PreparedBatch batch = store.prepare(List.of(draft("a", "1"), draft("old", "x"), draft(" b ", "2"),
                draft("a", "1"), draft("c", "3")), pool);
        StoreResult r = store.insert(batch);

        assertThat(r.inserted()).extracting(Article::title).containsExactly("a", "b", "c");
        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(hook.seen).containsExactly("a=A", "b=B", "c=C");
        assertThat(hook.computedInside).isEmpty();
        assertThat(hook.preparedOn).hasSize(5).allSatisfy(t -> assertThat(t).isNotEqualTo(Thread.currentThread().getName()));
    }

    @Test
    void aFailedPreparationIsDoneInsideTheTransactionInstead() {
        UpperCaseHook hook = new UpperCaseHook();
        hooks.register(hook);
        StoreResult r = store.insert(store.prepare(List.of(draft("a", "1"), draft("boom", "2")), pool));
        assertThat(r.inserted()).hasSize(2);
        assertThat(hook.seen).containsExactly("a=A", "boom=BOOM");
        assertThat(hook.computedInside).containsExactly("boom");
    }

    @Test
    void aCancelledOrRefusedPreparationStillStoresTheSameResult() {
        UpperCaseHook hook = new UpperCaseHook();
        hooks.register(hook);
        PreparedBatch cancelled = store.prepare(List.of(draft("a", "1"), draft("b", "2")), pool);
        cancelled.cancel();
        assertThat(store.insert(cancelled).inserted()).extracting(Article::title).containsExactly("a", "b");

        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdown();
        assertThat(store.insert(store.prepare(List.of(draft("c", "3")), closed)).inserted()).hasSize(1);
        assertThat(hook.seen).containsExactly("a=A", "b=B", "c=C");
        assertThat(hook.computedInside).contains("c");
    }

    @Test
    void aHookThatRefusesThePreparedBatchRollsItBack() {
        hooks.register(new UpperCaseHook());
        hooks.register(new ArticleHook() {
            @Override
            public void inserted(Connection txn, List<Article> batch, List<Object> prepared) throws SQLException {
                throw new SQLException("refused");
            }
        });
        PreparedBatch batch = store.prepare(List.of(draft("a", "1"), draft("b", "2")), pool);
        assertThatThrownBy(() -> store.insert(batch)).hasMessageContaining("refused");
        assertThat(store.count()).isZero();
    }

    @Test
    void hooksThatPrepareNothingKeepTheirOldInsertedCall() {
        List<Integer> sizes = new ArrayList<>();
        hooks.register(new ArticleHook() {
            @Override
            public void inserted(Connection txn, List<Article> batch) {
                sizes.add(batch.size());
            }
        });
        store.insert(store.prepare(List.of(draft("a", "1"), draft("b", "2")), pool));
        assertThat(sizes).containsExactly(2);
    }
}
