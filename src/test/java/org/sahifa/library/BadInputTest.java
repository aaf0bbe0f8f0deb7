package org.sahifa.library;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.ingest.ImportProblem;
import org.sahifa.store.Bookmark;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input of the issue: a clear one-line error naming the file and position, and the library exactly as it
 * was (same articles, bookmarks intact) apart from the good items of the same run.
 */
class BadInputTest {

    @TempDir
    Path tmp;
    Library library;
    long articlesBefore;
    List<Bookmark> bookmarksBefore;

    @BeforeEach
    void openWithContent() throws Exception {
        library = Library.open(tmp.resolve("lib"));
        Path good = tmp.resolve("good.json");
        Files.writeString(good, "[{\"title\":\"موجود\",\"body\":\"نص\"},{\"title\":\"آخر\",\"body\":\"نص آخر\"}]");
        assertThat(library.imports().importPaths(List.of(good)).ok()).isTrue();
        library.bookmarks().put(library.articles().ids()[0], "ملاحظة", List.of("وسم"));
        articlesBefore = library.articles().count();
        bookmarksBefore = library.bookmarks().list();
    }

    @AfterEach
    void close() {
        library.close();
    }

    ImportProblem importFailing(Path file) {
        ImportReport r = library.imports().importPaths(List.of(file));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).hasSize(1);
        ImportProblem p = r.problems().get(0);
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.toString()).doesNotContain("\n").startsWith(file.toString());
        assertUnchanged();
        return p;
    }

    void assertUnchanged() {
        assertThat(library.articles().count()).isEqualTo(articlesBefore);
        assertThat(library.bookmarks().list()).isEqualTo(bookmarksBefore);
    }

    Path write(String name, String content) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void malformedJson() throws Exception {
        ImportProblem p = importFailing(write("bad.json", "[{\"title\": \"x\", \"body\": }]"));
        assertThat(p.position()).startsWith("item 1 (line 1, column ");
    }

    @Test
    void truncatedFeed() throws Exception {
        ImportProblem p = importFailing(write("cut.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n"
                + "<title>t</title><item><title>a</title><description>b</descr"));
        assertThat(p.position()).startsWith("line 3");
    }

    @Test
    void xxeFeed() throws Exception {
        ImportProblem p = importFailing(write("xxe.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>"));
        assertThat(p.message()).contains("DOCTYPE");
        assertThat(p.position()).isEqualTo("line 2, column 1");
    }

    @Test
    void billionLaughsFeed() throws Exception {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY a \"lol\">");
        String prev = "a";
        for (int i = 0; i < 12; i++) {
            String name = "e" + i;
            sb.append("<!ENTITY ").append(name).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
            prev = name;
        }
        sb.append("]>\n<rss version=\"2.0\"><channel><title>&").append(prev).append(";</title></channel></rss>");
        ImportProblem p = importFailing(write("lol.xml", sb.toString()));
        assertThat(p.message()).contains("DOCTYPE");
    }

    @Test
    void invalidUtf8() throws Exception {
        Path f = tmp.resolve("bad.txt");
        byte[] head = "Headline\nA paragraph with a bad byte ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        Files.write(f, bytes);
        ImportProblem p = importFailing(f);
        assertThat(p.position()).isEqualTo("byte " + head.length);
        assertThat(p.message()).contains("UTF-8");
    }

    @Test
    void emptyFile() throws Exception {
        assertThat(importFailing(write("empty.jsonl", "")).message()).contains("empty");
    }

    @Test
    void directoryWithNothingToImport() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("nothing"));
        Files.writeString(dir.resolve("notes.doc"), "x");
        assertThat(importFailing(dir).message()).contains("no importable files");
    }

    @Test
    void aDirectoryOfGoodFilesIsImportedRecursively() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("tree/sub"));
        Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"جديد\",\"body\":\"نص جديد\"}\n");
        ImportReport r = library.imports().importPaths(List.of(tmp.resolve("tree")));
        assertThat(r.ok()).isTrue();
        assertThat(r.stored()).isEqualTo(1);
    }

    @Test
    void aFileOf200MegabytesIsRefusedWithoutReadingIt() throws Exception {
        Path big = tmp.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: no 200 MB written
        }
        ImportProblem p = importFailing(big);
        assertThat(p.message()).contains("200 MiB").contains("limit");
    }

    @Test
    void missingFile() {
        assertThat(importFailing(tmp.resolve("nowhere.json")).message()).contains("no such file");
    }

    @Test
    void goodItemsOfABadFileAreKeptAndTheBadOneIsNamed() throws Exception {
        Path f = write("mixed.jsonl", "{\"title\":\"جيد\",\"body\":\"نص جيد\"}\n{\"title\":\"سيئ\"}\n"
                + "{\"title\":\"جيد ٢\",\"body\":\"نص جيد ٢\"}\n");
        ImportReport r = library.imports().importPaths(List.of(f));
        assertThat(r.stored()).isEqualTo(2);
        assertThat(r.problems()).singleElement().hasToString(f + ": line 2: missing \"body\"");
        assertThat(library.articles().count()).isEqualTo(articlesBefore + 2);
        assertThat(library.bookmarks().list()).isEqualTo(bookmarksBefore);
    }
}
