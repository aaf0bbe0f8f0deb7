package org.sahifa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 10: exit codes, messages in words, titles of sane length, lone surrogates, empty feeds. */
class CommandLineMessagesTest {

    @TempDir
    Path tmp;

    private String data() {
        return tmp.resolve("lib").toString();
    }

    @Test
    void libraryInUseAndSomeItemsFailedHaveDistinctExitCodes() throws Exception {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"title\":\"good\",\"body\":\"kept\"}\n{nope\n");
        assertThat(CliRun.run("import", "--data", data(), bad.toString()).code()).isEqualTo(ExitCodes.FAILED);
        try (Library open = Library.open(Path.of(data()))) {
            CliRun r = CliRun.run("list", "--data", data());
            assertThat(r.code()).isEqualTo(ExitCodes.LIBRARY_IN_USE).isNotEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).contains("is in use by another Sahifa process");
        }
    }

    @Test
    void aBadEncodingAndANonNumericIdAreSaidInWords() {
        CliRun enc = CliRun.run("import", "--data", data(), "--encoding", "klingon-8", "x.txt");
        assertThat(enc.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(enc.err()).startsWith("sahifa import: --encoding: 'klingon-8' is not an encoding")
                .contains("windows-1256").doesNotContain("Exception").doesNotContain("Invalid value");
        CliRun id = CliRun.run("show", "--data", data(), "abc");
        assertThat(id.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(id.err()).startsWith("sahifa show: ID: 'abc' is not a whole number")
                .contains("Try 'sahifa show --help'").doesNotContain("Invalid value").doesNotContain("long");
        CliRun mark = CliRun.run("bookmark", "add", "--data", data(), "x1");
        assertThat(mark.err()).contains("'x1' is not a whole number").contains("Try 'sahifa bookmark add --help'");
    }

    @Test
    void exportToAnUnwritablePathSaysWhy() throws Exception {
        assertThat(CliRun.run("import", "--data", data(), "samples/karabakh-report.txt").code()).isZero();
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        CliRun r = CliRun.run("export", "--data", data(), "--out", file.resolve("out.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err().strip()).isEqualTo("sahifa export: cannot write " + file.resolve("out.json")
                + ": a file of that name is in the way (it should be a folder)");
    }

    @Test
    void aFeedWithNoEntriesIsNotAFailure() throws Exception {
        Path feed = tmp.resolve("empty.xml");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>quiet</title></channel></rss>");
        CliRun r = CliRun.run("import", "--data", data(), feed.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 0 new articles");
    }

    @Test
    void hugeTitlesAreCutAndLoneSurrogatesShowAsReplacementCharacters() throws Exception {
        Path f = tmp.resolve("odd.json");
        Files.writeString(f, "[{\"title\":\"" + "كلمة ".repeat(20_000) + "\",\"body\":\"نص\"},"
                + "{\"title\":\"half \\uD800 pair\",\"body\":\"b \\uDC00 c\"}]", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("import", "--data", data(), f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        var list = CliRun.run("list", "--data", data(), "--json");
        var titles = new java.util.ArrayList<String>();
        for (var n : list.jsonLines()) {
            titles.add(n.get("title").asText());
        }
        assertThat(titles).anySatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(300).endsWith("…").startsWith("كلمة"));
        assertThat(titles).contains("half \uFFFD pair");
    }
}
