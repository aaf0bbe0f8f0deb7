package org.sahifa.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.sahifa.store.Article;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index lifecycle: creation, rebuild, catch-up after crashes, version changes, corruption, cancellation. */
class ArticleIndexTest {

    @TempDir
    Path dir;

    private final MemorySource source = new MemorySource();

    /** The lifecycle does not depend on the analysis; a stock analyzer keeps these tests independent of it. */
    private static IndexAnalysis analysis(String version) {
        Analyzer a = new StandardAnalyzer();
        return new IndexAnalysis() {
            public Analyzer exact() {
                return a;
            }

            public Analyzer stemmed() {
                return a;
            }

            public Analyzer names() {
                return a;
            }

            public String version() {
                return version;
            }

            public List<String> withoutProclitics(String word) {
                return List.of();
            }
        };
    }

    private ArticleIndex open() throws IOException {
        return open("v1");
    }

    private ArticleIndex open(String version) throws IOException {
        return ArticleIndex.open(dir.resolve("index"), analysis(version), source);
    }

    private static void update(ArticleIndex index) {
        index.update(IndexProgress.NONE, () -> false);
    }

    @Test
    void buildsOnFirstUseAndRecordsItsVersionAndCheckpoint() throws IOException {
        source.addMany(10);
        try (ArticleIndex index = open()) {
            assertThat(index.needsUpdate()).isTrue();
            List<long[]> progress = new ArrayList<>();
            index.update((done, total) -> progress.add(new long[] {done, total}), () -> false);
            assertThat(index.liveDocs()).isEqualTo(10);
            assertThat(index.needsUpdate()).isFalse();
            assertThat(progress.get(progress.size() - 1)).containsExactly(10, 10);
        }
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(r.getIndexCommit().getUserData())
                    .containsEntry(ArticleIndex.KEY_VERSION, "schema-" + IndexFields.VERSION + "/v1")
                    .containsEntry(ArticleIndex.KEY_MAX_ID, "10");
        }
        try (ArticleIndex index = open()) {
            assertThat(index.needsUpdate()).isFalse();
            assertThat(index.liveDocs()).isEqualTo(10);
        }
    }

    @Test
    void hookUpdatesAreVisibleAtOnceAndSurviveReopening() throws IOException {
        source.addMany(3);
        try (ArticleIndex index = open()) {
            update(index);
            index.index(source.addMany(2));
            assertThat(index.liveDocs()).isEqualTo(5);
            source.articles.remove(1L);
            index.delete(List.of(1L));
            assertThat(index.liveDocs()).isEqualTo(4);
            index.index(List.of(source.articles.get(2L))); // re-indexing replaces, never duplicates
            assertThat(index.liveDocs()).isEqualTo(4);
        }
        try (ArticleIndex index = open()) {
            assertThat(index.needsUpdate()).isFalse();
            assertThat(index.indexedIds()).containsExactly(2, 3, 4, 5);
        }
    }

    /** Documents and checkpoint of the last commit on disk (what a killed process would leave). */
    private long[] committed() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             DirectoryReader r = DirectoryReader.open(d)) {
            return new long[] {r.numDocs(), Long.parseLong(r.getIndexCommit().getUserData().get(ArticleIndex.KEY_MAX_ID))};
        }
    }

    @Test
    void batchesAreSearchableAtOnceAndCommittedByFlushOrClose() throws IOException {
        source.addMany(2);
        try (ArticleIndex index = open()) {
            update(index);
            index.index(source.addMany(3));
            // the next search sees them, although the commit is deferred
            int visible = index.withSearcher(s -> s.getIndexReader().numDocs());
            assertThat(visible).isEqualTo(5);
            assertThat(committed()).containsExactly(2, 2);
            index.flush();
            assertThat(committed()).containsExactly(5, 5);
            index.flush(); // nothing pending: no new commit needed
            index.index(source.addMany(1));
        }
        assertThat(committed()).containsExactly(6, 6); // close committed the rest
        try (ArticleIndex index = open()) {
            assertThat(index.needsUpdate()).isFalse();
        }
    }

    @Test
    void batchesAddedBehindTheCallerAreVisibleToTheNextSearchAndSurviveClosing() throws IOException {
        source.addMany(1);
        try (ArticleIndex index = open()) {
            update(index);
            for (int i = 0; i < 5; i++) {
                index.indexLater(source.addMany(40));
            }
            int visible = index.withSearcher(s -> s.getIndexReader().numDocs());
            assertThat(visible).isEqualTo(201);
            assertThat(index.needsUpdate()).isFalse();
            index.indexLater(source.addMany(3));
        }
        assertThat(committed()).containsExactly(204, 204);
    }

    @Test
    void aLargeBatchIsAddedOnSeveralThreadsWithTheSameResult() throws IOException {
        try (ArticleIndex index = open()) {
            update(index);
            List<Article> batch = source.addMany(ArticleIndex.PARALLEL_MIN * 4 + 3);
            index.index(batch);
            index.index(batch.subList(0, 10)); // replacing, never duplicating
            index.flush();
            long[] expected = new long[batch.size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = i + 1;
            }
            assertThat(index.indexedIds()).containsExactly(expected);
            assertThat(committed()).containsExactly(batch.size(), batch.size());
            assertThat(index.needsUpdate()).isFalse();
        }
    }

    /** The stored title of each live document, by id (one entry per document: a duplicate fails). */
    private static java.util.Map<Long, String> titles(ArticleIndex index) throws IOException {
        return index.withSearcher(s -> {
            java.util.Map<Long, String> out = new java.util.TreeMap<>();
            org.apache.lucene.index.StoredFields stored = s.getIndexReader().storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(s.getIndexReader());
            for (int doc = 0; doc < s.getIndexReader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                org.apache.lucene.document.Document d = stored.document(doc);
                String before = out.put(Long.parseLong(d.get(IndexFields.ID)), d.get(IndexFields.TITLE));
                assertThat(before).as("document %s indexed twice", d.get(IndexFields.ID)).isNull();
            }
            return out;
        });
    }

    private static Article retitled(Article a, String title) {
        return new Article(a.id(), title, a.bodyHtml(), a.bodyText(), a.url(), a.guid(), a.source(), a.author(),
                a.language(), a.published(), a.fetched(), a.read(), a.bookmarked());
    }

    /**
     * New articles are added without a delete-by-id only when they cannot be in the index: above the largest id
     * indexed (also after reopening) and in a batch of increasing ids. Known ids, an id twice in one batch, and
     * ids below the largest (a gap being caught up) replace.
     */
    @Test
    void newArticlesAreAddedAndKnownOnesReplacedInEveryKindOfBatch() throws IOException {
        List<Article> first = source.addMany(5);
        try (ArticleIndex index = open()) {
            update(index);
            List<Article> next = source.addMany(2); // ids 6, 7
            index.index(List.of(next.get(0), next.get(1), retitled(next.get(0), "six again"))); // 6 twice
            index.index(List.of(retitled(first.get(2), "three again"), source.addMany(1).get(0))); // 3 known, 8 new
            assertThat(titles(index)).hasSize(8).containsEntry(6L, "six again").containsEntry(3L, "three again");
        }
        try (ArticleIndex index = open()) { // the largest id comes back from the commit
            index.index(List.of(retitled(source.articles.get(8L), "eight again")));
            index.index(List.of(retitled(first.get(0), "one again"), retitled(first.get(1), "two again")));
            List<Article> big = source.addMany(ArticleIndex.PARALLEL_MIN * 3); // ids 9.., on several threads
            List<Article> mixed = new ArrayList<>(big);
            mixed.add(0, retitled(source.articles.get(4L), "four again"));
            index.index(mixed);
            index.index(List.of(retitled(big.get(big.size() - 1), "last again"), retitled(big.get(0), "nine again")));
            java.util.Map<Long, String> titles = titles(index);
            assertThat(titles).hasSize(8 + big.size()).containsEntry(8L, "eight again").containsEntry(1L, "one again")
                    .containsEntry(2L, "two again").containsEntry(4L, "four again").containsEntry(9L, "nine again")
                    .containsEntry(big.get(big.size() - 1).id(), "last again");
        }
    }

    @Test
    void catchesUpArticlesStoredWhileTheHookNeverRan() throws IOException {
        source.addMany(5);
        try (ArticleIndex index = open()) {
            update(index);
        }
        source.addMany(3); // the store committed, then the process was killed before the hook ran
        try (ArticleIndex index = open()) {
            assertThat(index.needsUpdate()).isTrue();
            update(index);
            assertThat(index.indexedIds()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        }
    }

    @Test
    void catchesUpWhenTheIndexLostItsLastCommit() throws IOException {
        source.addMany(5);
        Path before = dir.resolve("before");
        try (ArticleIndex index = open()) {
            update(index);
        }
        copy(dir.resolve("index"), before);
        try (ArticleIndex index = open()) {
            index.index(source.addMany(4));
            assertThat(index.liveDocs()).isEqualTo(9);
        }
        // The kill came before the index's commit reached the disk: put the older commit back.
        replace(before, dir.resolve("index"));
        try (ArticleIndex index = open()) {
            assertThat(index.liveDocs()).isEqualTo(5);
            assertThat(index.needsUpdate()).isTrue();
            update(index);
            assertThat(index.indexedIds()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
    }

    @Test
    void catchUpRemovesArticlesDeletedWhileTheHookNeverRan() throws IOException {
        source.addMany(6);
        try (ArticleIndex index = open()) {
            update(index);
        }
        source.articles.remove(2L);
        source.articles.remove(6L);
        source.addMany(1);
        try (ArticleIndex index = open()) {
            update(index);
            assertThat(index.indexedIds()).containsExactly(1, 3, 4, 5, 7);
        }
    }

    /**
     * Decisions 0166 and 0167: the writer buffers up to 128 MB before it writes a segment, and its tiered merge
     * policy lets 4 segments of a size stand (Lucene's default 10), so that a large library is searched over fewer
     * segments; the rest of the policy is Lucene's.
     */
    @Test
    void writesLargerSegmentsAndKeepsFewerOfThem() {
        org.apache.lucene.index.TieredMergePolicy policy = ArticleIndex.mergePolicy();
        org.apache.lucene.index.TieredMergePolicy lucene = new org.apache.lucene.index.TieredMergePolicy();
        assertThat(policy.getSegmentsPerTier()).isEqualTo(4.0).isLessThan(lucene.getSegmentsPerTier());
        assertThat(policy.getMaxMergeAtOnce()).isEqualTo(lucene.getMaxMergeAtOnce());
        assertThat(policy.getFloorSegmentMB()).isEqualTo(lucene.getFloorSegmentMB());
        assertThat(ArticleIndex.RAM_BUFFER_MB).isEqualTo(128.0);
        assertThat(ArticleIndex.MERGED_SEGMENTS).isEqualTo(1);
        assertThat(ArticleIndex.MERGE_AFTER_ARTICLES).isEqualTo(5_000);
        assertThat(ArticleIndex.COMMIT_INTERVAL_NANOS).isEqualTo(java.util.concurrent.TimeUnit.SECONDS.toNanos(30));
    }

    @Test
    void rebuildsWhenTheAnalysisVersionChanges() throws IOException {
        source.addMany(4);
        try (ArticleIndex index = open("v1")) {
            update(index);
        }
        try (ArticleIndex index = open("v2")) {
            assertThat(index.needsUpdate()).isTrue();
            assertThat(index.liveDocs()).isZero();
            update(index);
            assertThat(index.liveDocs()).isEqualTo(4);
        }
        try (ArticleIndex index = open("v2")) {
            assertThat(index.needsUpdate()).isFalse();
        }
    }

    @Test
    void rebuildsWhenTheFolderIsDeleted() throws IOException {
        source.addMany(4);
        try (ArticleIndex index = open()) {
            update(index);
        }
        deleteTree(dir.resolve("index"));
        try (ArticleIndex index = open()) {
            assertThat(index.needsUpdate()).isTrue();
            update(index);
            assertThat(index.liveDocs()).isEqualTo(4);
        }
    }

    @Test
    void rebuildsWhenTheIndexIsCorrupt() throws IOException {
        source.addMany(4);
        try (ArticleIndex index = open()) {
            update(index);
        }
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        try (ArticleIndex index = open()) {
            assertThat(index.needsUpdate()).isTrue();
            update(index);
            assertThat(index.liveDocs()).isEqualTo(4);
        }
    }

    @Test
    void aCancelledRebuildKeepsItsWorkAndResumes() throws IOException {
        source.addMany(ArticleIndex.CHECKPOINT + 2 * ArticleIndex.BATCH);
        AtomicLong seen = new AtomicLong();
        try (ArticleIndex index = open()) {
            assertThatThrownBy(() -> index.update((done, total) -> seen.set(done),
                    () -> seen.get() >= ArticleIndex.CHECKPOINT))
                    .isInstanceOf(CancellationException.class);
            assertThat(index.liveDocs()).isEqualTo(ArticleIndex.CHECKPOINT);
        }
        try (ArticleIndex index = open()) {
            assertThat(index.liveDocs()).isEqualTo(ArticleIndex.CHECKPOINT);
            assertThat(index.needsUpdate()).isTrue();
            update(index);
            assertThat(index.liveDocs()).isEqualTo(source.count());
        }
    }

    /** Three commits of new articles leave three segments (fewer than a tier: the merge policy lets them stand). */
    private ArticleIndex indexInThreeSegments() throws IOException {
        source.addMany(10);
        ArticleIndex index = open();
        update(index);
        index.index(source.addMany(10));
        index.flush();
        index.index(source.addMany(10));
        index.flush();
        assertThat(index.segmentCount()).isEqualTo(3);
        return index;
    }

    @Test
    void mergesDownToTheSetSegmentsOnceEnoughArticlesWereAddedAndRemembersWhatWasAdded() throws IOException {
        try (ArticleIndex index = indexInThreeSegments()) {
            index.mergeRule(1, 31);
            assertThat(index.addedSinceMerge()).isEqualTo(30);
            assertThat(index.mergeDue()).isFalse(); // 30 added, fewer than 31
            assertThat(index.mergeSegments(() -> false)).isFalse();
            index.mergeRule(1, 30);
            assertThat(index.mergeDue()).isTrue();
            long[] before = index.indexedIds();
            assertThat(index.mergeSegments(() -> false)).isTrue();
            assertThat(index.segmentCount()).isEqualTo(1);
            assertThat(index.indexedIds()).containsExactly(before);
            assertThat(index.addedSinceMerge()).isZero();
            assertThat(index.mergeDue()).isFalse();
            index.index(source.addMany(5));
        }
        assertThat(committed()).containsExactly(35, 35);
        try (ArticleIndex index = open()) { // the count since the merge is committed with the index
            assertThat(index.addedSinceMerge()).isEqualTo(5);
            assertThat(index.needsUpdate()).isFalse();
        }
    }

    @Test
    void anIndexWrittenBeforeForcedMergesCountsEveryArticleAsAdded() throws IOException {
        source.addMany(12);
        try (ArticleIndex index = open()) {
            update(index);
        }
        // the commit data as an older build wrote it: no count since the last merge
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig(null)
                             .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            java.util.Map<String, String> data = new java.util.HashMap<>();
            DirectoryReader.listCommits(d).get(0).getUserData().forEach(data::put);
            assertThat(data.remove(ArticleIndex.KEY_ADDED)).isEqualTo("12");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        try (ArticleIndex index = open()) {
            assertThat(index.needsUpdate()).isFalse();
            assertThat(index.addedSinceMerge()).isEqualTo(12);
        }
    }

    @Test
    void aRebuildCountsEveryArticleAsAdded() throws IOException {
        source.addMany(40);
        try (ArticleIndex index = open()) {
            update(index);
            assertThat(index.addedSinceMerge()).isEqualTo(40);
            index.clearForRebuild(); // the command line's reindex
            assertThat(index.addedSinceMerge()).isZero();
            assertThat(index.needsUpdate()).isTrue();
            update(index);
            assertThat(index.addedSinceMerge()).isEqualTo(40);
            assertThat(index.liveDocs()).isEqualTo(40);
        }
        assertThat(committed()).containsExactly(40, 40);
    }

    @Test
    void aCancelledMergeLeavesEveryArticleSearchable() throws IOException {
        try (ArticleIndex index = indexInThreeSegments()) {
            index.mergeRule(1, 1);
            long[] before = index.indexedIds();
            assertThatThrownBy(() -> index.mergeSegments(() -> true))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(index.indexedIds()).containsExactly(before);
            assertThat(index.mergeDue()).isEqualTo(index.segmentCount() > 1);
        }
    }

    @Test
    void mergingIsOffWithZeroSegments() throws IOException {
        try (ArticleIndex index = indexInThreeSegments()) {
            index.mergeRule(0, 1);
            assertThat(index.mergeDue()).isFalse();
            assertThat(index.mergeSegments(() -> false)).isFalse();
            assertThat(index.segmentCount()).isEqualTo(3);
        }
    }

    @Test
    void diffOfSortedIdSets() {
        List<Long> missing = new ArrayList<>();
        List<Long> extra = new ArrayList<>();
        ArticleIndex.diff(new long[] {1, 2, 4, 7, 9}, new long[] {2, 3, 4, 8, 9, 10}, missing, extra);
        assertThat(missing).containsExactly(1L, 7L);
        assertThat(extra).containsExactly(3L, 8L, 10L);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        deleteTree(to);
        copy(from, to);
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> files = Files.list(p)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(p);
    }

}
