package org.sahifa.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.ArticleHook;
import org.sahifa.store.LibraryLockedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryTest {

    @TempDir
    Path tmp;

    @Test
    void theBundledSamplesImportOnceAndShowTheSeedAsTwoArticles() throws Exception {
        try (Library library = Library.open(tmp)) {
            ImportReport first = library.importBundledSamples();
            assertThat(first.problems()).isEmpty();
            assertThat(first.stored()).isEqualTo(2 + 10 + 6);
            ImportReport again = library.importBundledSamples();
            assertThat(again.stored()).isZero();
            assertThat(again.duplicates()).isEqualTo(18);
            assertThat(library.search("كاراباخ", 10)).extracting(h -> h.article().title())
                    .contains("الكرملين: رئيس أذربيجان اعتذر من بوتين عن مقتل جنود روس في كاراباخ");
            Article feedItem = library.search("هدنة إنسانية", 5).get(0).article();
            assertThat(feedItem.source()).isEqualTo("نشرة صحيفة التجريبية");
            assertThat(feedItem.bodyHtml()).doesNotContain("onclick").contains("<img");
        }
    }

    @Test
    void hooksRunForImportsAndTheFolderIsLockedWhileOpen() throws Exception {
        try (Library library = Library.open(tmp)) {
            AtomicInteger committed = new AtomicInteger();
            library.registerHook(new ArticleHook() {
                @Override
                public void committed(List<Article> batch) {
                    committed.addAndGet(batch.size());
                }
            });
            library.store(List.of(new ArticleDraft("t", null, "b", null, null, null, null, null, null)));
            assertThat(committed).hasValue(1);
            assertThatThrownBy(() -> Library.open(tmp)).isInstanceOf(LibraryLockedException.class)
                    .hasMessage("Library " + tmp.toAbsolutePath().normalize() + " is in use by another Sahifa process");
        }
    }

    @Test
    void progressIsReportedAndCancellationStopsAfterStoringWhatWasRead() throws Exception {
        Path f = tmp.resolve("many.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("{\"title\":\"t").append(i).append("\",\"body\":\"b").append(i).append("\"}\n");
        }
        Files.writeString(f, sb);
        try (Library library = Library.open(tmp.resolve("lib"))) {
            List<ImportProgress> seen = new ArrayList<>();
            ImportReport r = library.imports().importPaths(List.of(f), null, seen::add,
                    () -> !seen.isEmpty() && seen.get(seen.size() - 1).stored() >= 1000);
            assertThat(r.cancelled()).isTrue();
            assertThat(r.ok()).isFalse();
            assertThat(r.stored()).isEqualTo(1000);
            assertThat(library.articles().count()).isEqualTo(1000);
            assertThat(seen).extracting(ImportProgress::stored).startsWith(500L, 1000L);
            assertThat(seen).extracting(ImportProgress::bytesDone).isSorted();
            assertThat(seen.get(0).bytesTotal()).isEqualTo(Files.size(f));
        }
        try (Library library = Library.open(tmp.resolve("lib2"))) {
            List<ImportProgress> seen = new ArrayList<>();
            library.imports().importPaths(List.of(f), null, seen::add, () -> false);
            ImportProgress last = seen.get(seen.size() - 1);
            assertThat(last.filesDone()).isEqualTo(1);
            assertThat(last.bytesDone()).isEqualTo(last.bytesTotal());
            assertThat(last.fraction()).isEqualTo(1.0);
            assertThat(seen).extracting(ImportProgress::fraction).isSorted();
        }
    }
}
