package org.sahifa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileImporterTest {

    @TempDir
    Path dir;
    final FileImporter importer = new FileImporter();

    Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jsonObjectArrayAndAllFields() throws Exception {
        Collect c = new Collect();
        importer.importFile(write("one.json", "{\"title\":\"T\",\"body\":\"B\",\"url\":\"https://x\",\"id\":7,"
                + "\"source\":\"S\",\"author\":\"A\",\"published\":\"2023-09-21\",\"lang\":\"ar\"}"), null, c);
        importer.importFile(write("many.json", "[{\"title\":\"a\",\"body\":\"x\"},{\"title\":\"b\",\"body\":\"y\"}]"), null, c);
        assertThat(c.problems).isEmpty();
        assertThat(c.titles()).containsExactly("T", "a", "b");
        var d = c.items.get(0).draft();
        assertThat(d.guid()).isEqualTo("7");
        assertThat(d.published()).isEqualTo(Instant.parse("2023-09-21T00:00:00Z"));
        assertThat(d.source()).isEqualTo("S");
        assertThat(d.author()).isEqualTo("A");
        assertThat(d.language()).isEqualTo("ar");
    }

    @Test
    void jsonInAnotherEncodingIsReadWithAForcedCharset() throws Exception {
        Path f = dir.resolve("legacy.json");
        java.nio.charset.Charset cp1256 = java.nio.charset.Charset.forName("windows-1256");
        Files.write(f, "[{\"title\":\"طهران\",\"body\":\"نص عربي.\"}]".getBytes(cp1256));
        Collect c = new Collect();
        importer.importFile(f, cp1256, c);
        assertThat(c.titles()).containsExactly("طهران");
        assertThatThrownBy(() -> importer.importFile(f, null, new Collect())).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).position()).startsWith("line 1, column "));
    }

    @Test
    void aGzipBombIsCutAtTheLimitOfUncompressedBytes() throws Exception {
        Path gz = dir.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(new byte[64 * 1024]);
        }
        FileImporter small = new FileImporter(new ImportLimits(1 << 20, 16 * 1024, 1 << 20));
        assertThatThrownBy(() -> small.importFile(gz, null, new Collect()))
                .hasMessageContaining("uncompressed").hasMessageContaining("limit");
    }

    @Test
    void malformedJsonNamesLineAndColumnAndKeepsTheItemsBefore() throws Exception {
        Collect c = new Collect();
        Path f = write("bad.json", "[\n{\"title\":\"a\",\"body\":\"x\"},\n{\"title\": oops}\n]");
        importer.importFile(f, null, c);
        assertThat(c.problems).singleElement().satisfies(p -> assertThat(p).startsWith("item 2 (line 3, column "));
        assertThat(c.titles()).containsExactly("a");
        Path cut = write("cut.json", "[\n{\"title\":\"a\",\"body\":\"x\"},\n{\"title\": \"oops}\n]");
        Collect d = new Collect();
        assertThatThrownBy(() -> importer.importFile(cut, null, d))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).position()).startsWith("line 3, column "));
        assertThat(d.titles()).containsExactly("a");
    }

    @Test
    void itemsMissingTitleOrBodyOrWithABadDateAreReportedAndSkipped() throws Exception {
        Collect c = new Collect();
        importer.importFile(write("items.json", "[{\"body\":\"x\"},{\"title\":\"t\"},"
                + "{\"title\":\"d\",\"body\":\"x\",\"published\":\"yesterday\"},{\"title\":\"ok\",\"body\":\"x\"}]"), null, c);
        assertThat(c.titles()).containsExactly("ok");
        assertThat(c.problems).hasSize(3);
        assertThat(c.problems.get(0)).startsWith("item 1 (line 1, column ").contains("missing \"title\"");
        assertThat(c.problems.get(2)).contains("published");
    }

    @Test
    void jsonLinesGoOnAfterABadLine() throws Exception {
        Collect c = new Collect();
        importer.importFile(write("a.jsonl", "{\"title\":\"a\",\"body\":\"x\"}\n\n{broken\n{\"title\":\"c\",\"body\":\"z\"}\n"),
                null, c);
        assertThat(c.titles()).containsExactly("a", "c");
        assertThat(c.items.get(1).position()).isEqualTo("line 4");
        assertThat(c.problems).singleElement().asString().startsWith("line 3, column ");
    }

    @Test
    void invalidUtf8InJsonLinesNamesTheLine() throws Exception {
        Path f = dir.resolve("bad.jsonl");
        byte[] good = "{\"title\":\"a\",\"body\":\"x\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = TextDecoderTest.concat("{\"title\":\"b\",\"body\":\"".getBytes(StandardCharsets.UTF_8),
                new byte[]{(byte) 0xFF, (byte) 0xFE}, "\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, TextDecoderTest.concat(good, bad));
        Collect c = new Collect();
        importer.importFile(f, null, c);
        assertThat(c.titles()).containsExactly("a");
        assertThat(c.problems).singleElement().asString().startsWith("line 2").containsIgnoringCase("utf-8");
    }

    @Test
    void gzipFilesAreReadAndTheFormatIsSniffedForUnknownNames() throws Exception {
        Path gz = dir.resolve("dump.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"title\":\"a\",\"content\":\"x\",\"date_extracted\":\"2015-07-21 02:51:32\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"title\":\"b\",\"content\":\"y\",\"date_extracted\":\"not a date\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Collect c = new Collect();
        importer.importFile(gz, null, c);
        assertThat(c.titles()).containsExactly("a", "b");
        assertThat(c.items.get(0).draft().published()).isEqualTo(Instant.parse("2015-07-21T02:51:32Z"));
        assertThat(c.items.get(1).draft().published()).isNull();

        Collect s = new Collect();
        importer.importFile(write("noext", "[{\"title\":\"x\",\"body\":\"y\"}]"), null, s);
        assertThat(s.titles()).containsExactly("x");
    }

    @Test
    void emptyMissingDirectoryAndOversizedFilesAreClearErrors() throws Exception {
        assertThatThrownBy(() -> importer.importFile(write("empty.json", ""), null, new Collect()))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> importer.importFile(dir.resolve("missing.json"), null, new Collect()))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> importer.importFile(dir, null, new Collect()))
                .hasMessageContaining("directory");
        FileImporter small = new FileImporter(new ImportLimits(1024, 1024, 1 << 20));
        Path big = write("big.txt", "x".repeat(2048));
        assertThatThrownBy(() -> small.importFile(big, null, new Collect()))
                .hasMessageContaining("larger than the limit");
    }
}
