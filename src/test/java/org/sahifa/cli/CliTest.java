package org.sahifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, in process. */
class CliTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void importsTheSeedListsBookmarksExportsAndReimports() throws Exception {
        String data = tmp.resolve("lib").toString();
        CliRun imp = run("import", "--data", data, "samples/karabakh-report.txt");
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("Imported 2 new articles");

        CliRun again = run("import", "--data", data, "samples/karabakh-report.txt");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Imported 0 new articles (2 already present)");

        List<JsonNode> list = run("list", "--data", data, "--json").jsonLines();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).fieldNames()).toIterable().contains("id", "title", "source", "published", "bookmarked");
        long id = list.stream().filter(n -> n.get("title").asText().startsWith("الكرملين")).findFirst()
                .orElseThrow().get("id").asLong();

        assertThat(run("bookmark", "add", "--data", data, String.valueOf(id), "--note", "مهم", "--tag", "قره باغ",
                "--tag", "روسيا").code()).isZero();
        List<JsonNode> marks = run("bookmark", "list", "--data", data, "--json").jsonLines();
        assertThat(marks).singleElement().satisfies(n -> {
            assertThat(n.get("id").asLong()).isEqualTo(id);
            assertThat(n.get("note").asText()).isEqualTo("مهم");
            assertThat(n.get("tags")).hasSize(2);
        });

        JsonNode shown = run("show", "--data", data, "--json", String.valueOf(id)).jsonLines().get(0);
        assertThat(shown.get("body").asText()).contains("ناغوروني كاراباخ");
        assertThat(shown.get("bookmarked").asBoolean()).isTrue();

        Path out = tmp.resolve("bookmarks.json");
        assertThat(run("export", "--data", data, "--bookmarks", "--out", out.toString()).code()).isZero();
        String other = tmp.resolve("other").toString();
        assertThat(run("import", "--data", other, out.toString()).code()).isZero();
        List<JsonNode> reimported = run("bookmark", "list", "--data", other, "--json").jsonLines();
        assertThat(reimported).singleElement().satisfies(n -> {
            assertThat(n.get("title").asText()).isEqualTo(shown.get("title").asText());
            assertThat(n.get("note").asText()).isEqualTo("مهم");
            assertThat(n.get("tags")).hasSize(2);
        });
        JsonNode copy = run("show", "--data", other, "--json", reimported.get(0).get("id").asText()).jsonLines().get(0);
        assertThat(copy.get("body").asText()).isEqualTo(shown.get("body").asText());

        List<JsonNode> hits = run("search", "--data", data, "--json", "بوتين").jsonLines();
        assertThat(hits).singleElement().satisfies(n -> {
            assertThat(n.get("id").asLong()).isEqualTo(id);
            assertThat(n.has("score")).isTrue();
            assertThat(n.get("snippet").asText()).contains("بوتين");
        });

        JsonNode stats = run("stats", "--data", data, "--json").jsonLines().get(0);
        assertThat(stats.get("articles").asLong()).isEqualTo(2);
        assertThat(stats.get("bookmarks").asLong()).isEqualTo(1);

        assertThat(run("bookmark", "remove", "--data", data, String.valueOf(id)).code()).isZero();
        assertThat(run("bookmark", "list", "--data", data, "--json").out()).isBlank();
    }

    @Test
    void aCommonWordSaysMoreThanTheThresholdAndARareOneCountsExactly() throws Exception {
        String data = tmp.resolve("lib").toString();
        Path many = tmp.resolve("many.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < org.sahifa.search.SearchService.TOTAL_HITS_THRESHOLD + 20; i++) {
            lines.append("{\"title\":\"خبر رقم ").append(i).append("\",\"body\":\"")
                    .append(i < 3 ? "وصل الوفد إلى كراباخ" : "استقبل الرئيس الوزير").append("\",\"guid\":\"g")
                    .append(i).append("\"}\n");
        }
        Files.writeString(many, lines);
        assertThat(run("import", "--data", data, many.toString()).code()).isZero();
        // the first search of the process opens the index (it is not opened with the library)
        CliRun common = run("search", "--data", data, "خبر");
        assertThat(common.code()).isZero();
        assertThat(common.err()).contains("20 of more than " + org.sahifa.search.SearchService.TOTAL_HITS_THRESHOLD
                + " articles");
        assertThat(run("search", "--data", data, "كاراباخ").err()).contains("3 of 3 articles");
    }

    @Test
    void queriesFromAFileRunInOneProcessAndEachResultSaysItsQuery() throws Exception {
        String data = tmp.resolve("lib").toString();
        assertThat(run("import", "--data", data, "samples/karabakh-report.txt").code()).isZero();
        Path file = tmp.resolve("queries.txt");
        Files.writeString(file, "# names\nبوتين\n\n  قره باغ  \n");
        CliRun batch = run("search", "--data", data, "--json", "--queries", file.toString());
        assertThat(batch.code()).as(batch.err()).isZero();
        List<JsonNode> lines = batch.jsonLines();
        assertThat(lines).extracting(n -> n.get("query").asText()).containsExactly("بوتين", "قره باغ", "قره باغ");
        assertThat(lines.get(0).get("matched").toString()).contains("بوتين");

        CliRun missing = run("search", "--data", data, "--queries", tmp.resolve("nope.txt").toString());
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("nope.txt").contains("no such file");
        assertThat(run("search", "--data", data, "--queries", file.toString(), "بوتين").code()).isEqualTo(2);
        assertThat(run("search", "--data", data).err()).contains("Missing QUERY");
    }

    @Test
    void dataBeforeTheCommandNameWorksToo() {
        String data = tmp.resolve("lib").toString();
        assertThat(run("--data", data, "import", "samples/karabakh-report.txt").code()).isZero();
        assertThat(run("--data", data, "list").out().lines()).hasSize(2);
    }

    @Test
    void failuresExitOneWithOneLinePerProblemAndKeepTheGoodItems() throws Exception {
        String data = tmp.resolve("lib").toString();
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"title\":\"good\",\"body\":\"kept\"}\n{nope\n");
        CliRun r = run("import", "--data", data, bad.toString(), tmp.resolve("missing.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith(bad + ": line 2, column "))
                .anySatisfy(l -> assertThat(l).contains("missing.json: no such file"));
        assertThat(run("list", "--data", data, "--json").out().lines()).hasSize(1);
    }

    @Test
    void anArticleWithoutADateIsStoredWithoutOneListedLastAndFilterable() throws Exception {
        String data = tmp.resolve("lib").toString();
        Path file = tmp.resolve("mixed.jsonl");
        Files.writeString(file, "{\"title\":\"undated\",\"body\":\"no date here\"}\n"
                + "{\"title\":\"dated\",\"body\":\"has one\",\"published\":\"2015-07-21T02:51:32Z\"}\n");
        assertThat(run("import", "--data", data, file.toString()).code()).isZero();
        List<JsonNode> list = run("list", "--data", data, "--json").jsonLines();
        assertThat(list).extracting(n -> n.get("title").asText()).containsExactly("dated", "undated");
        assertThat(list.get(1).get("published").isNull()).as("no date is invented at import").isTrue();
        assertThat(run("list", "--data", data, "--undated", "--json").jsonLines())
                .extracting(n -> n.get("title").asText()).containsExactly("undated");
        assertThat(run("list", "--data", data).out()).contains("no date");
    }

    @Test
    void anUnknownIdIsAOneLineError() {
        String data = tmp.resolve("lib").toString();
        CliRun r = run("show", "--data", data, "42");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("sahifa: No article with id 42");
    }

    @Test
    void reindexRebuildsTheSearchIndexWithTheSameResults() throws Exception {
        String data = tmp.resolve("reindexed").toString();
        assertThat(run("import", "--data", data, "samples/karabakh-report.txt").code()).isZero();
        List<JsonNode> before = run("search", "--data", data, "--json", "قره باغ").jsonLines();
        assertThat(before).isNotEmpty();
        CliRun r = run("reindex", "--data", data);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Search index rebuilt: 2 articles");
        List<JsonNode> after = run("search", "--data", data, "--json", "قره باغ").jsonLines();
        assertThat(after.stream().map(n -> n.get("id").asLong()).toList())
                .isEqualTo(before.stream().map(n -> n.get("id").asLong()).toList());
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] cmd : List.of(new String[]{"import", "--help"}, new String[]{"list", "--help"},
                new String[]{"show", "--help"}, new String[]{"search", "--help"}, new String[]{"bookmark", "add", "--help"},
                new String[]{"bookmark", "remove", "--help"}, new String[]{"bookmark", "list", "--help"},
                new String[]{"export", "--help"}, new String[]{"stats", "--help"}, new String[]{"reindex", "--help"})) {
            CliRun r = run(cmd);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage:").contains("--data");
        }
    }

    @Test
    void windowOrCommandLine() {
        assertThat(SahifaCommand.isCommandLine(new String[]{"--data", "x"})).isFalse();
        assertThat(SahifaCommand.isCommandLine(new String[]{"--data", "x", "list"})).isTrue();
        assertThat(SahifaCommand.dataArgument(new String[]{"list", "--data=/a"})).isEqualTo(Path.of("/a"));
    }
}
