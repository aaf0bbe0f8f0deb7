package org.sahifa.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.store.ArticleDraft;
import org.sahifa.store.Bookmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bookmarks carried by an export come back as they were, and importing the file again changes nothing. */
class BookmarkRestoreTest {

    @TempDir
    Path tmp;

    @Test
    void anExportedBookmarkKeepsItsCreatedTimeAndAReimportLeavesItAlone() throws Exception {
        Path file = tmp.resolve("export.json");
        Bookmark original;
        try (Library a = Library.open(tmp.resolve("a"))) {
            a.store(List.of(new ArticleDraft("خبر عن باكو", null, "نص الخبر.", null, "g1", "وكالة", null, "ar", null)));
            original = a.bookmarks().put(a.articles().ids()[0], " ملاحظة ", List.of("قوقاز", " ", "أذربيجان"));
            a.export(file, true);
        }
        Thread.sleep(5); // so that "now" in the second library is later than the bookmark's time
        try (Library b = Library.open(tmp.resolve("b"))) {
            assertThat(b.imports().importPaths(List.of(file)).problems()).isEmpty();
            Bookmark restored = b.bookmarks().list().get(0);
            assertThat(restored.created()).isEqualTo(original.created());
            assertThat(restored.note()).isEqualTo("ملاحظة");
            assertThat(restored.tags()).containsExactly("أذربيجان", "قوقاز");

            Thread.sleep(5);
            assertThat(b.imports().importPaths(List.of(file)).stored()).isZero();
            assertThat(b.bookmarks().list()).containsExactly(restored);
        }
    }

    @Test
    void aMalformedBookmarkTimeRejectsThatItemByPositionAndKeepsTheOthers() throws Exception {
        Path file = tmp.resolve("marks.jsonl");
        Files.writeString(file, """
                {"title": "خبر أول", "body": "نص أول", "bookmark": {"created": "2023-09-21T10:00:00Z"}}
                {"title": "خبر ثان", "body": "نص ثان", "bookmark": {"created": "أمس"}}
                """);
        try (Library lib = Library.open(tmp.resolve("lib"))) {
            ImportReport r = lib.imports().importPaths(List.of(file));
            assertThat(r.stored()).isEqualTo(1);
            assertThat(r.problems()).singleElement().hasToString(
                    file + ": line 2: \"bookmark.created\" is not an ISO-8601 date or date-time: أمس");
            assertThat(lib.bookmarks().list()).extracting(Bookmark::created)
                    .containsExactly(Instant.parse("2023-09-21T10:00:00Z"));
        }
    }
}
