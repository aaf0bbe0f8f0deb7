package org.sahifa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14, item 5: one bad item never drops its neighbours; the bad one is named by position, in words. */
class JsonRecoveryTest {

    @TempDir
    Path dir;
    private final FileImporter importer = new FileImporter(new ImportLimits(160L << 20, 32L << 20, 1000));

    private Collect read(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        Collect c = new Collect();
        importer.importFile(f, null, c);
        return c;
    }

    private static String good(String t) {
        return "{\"title\":\"" + t + "\",\"body\":\"text of " + t + "\"}";
    }

    @Test
    void anOverLimitMiddleItemKeepsEveryGoodItem() throws Exception {
        String huge = "{\"title\":\"big\",\"body\":\"" + "x".repeat(5000) + "\"}";
        Collect c = read("a.json", "[" + good("one") + ",\n" + huge + ",\n" + good("three") + ",\n"
                + "{\"title\":\"t\",\"body\":\"" + "y".repeat(1500) + "\"}," + good("five") + "]");
        assertThat(c.titles()).containsExactly("one", "three", "five");
        assertThat(c.problems).hasSize(2);
        assertThat(c.problems.get(0)).startsWith("item 2 (line 2, column 1 (byte ").contains("larger than the limit");
        assertThat(c.problems.get(1)).startsWith("item 4 (line 4, column ").contains("text value is longer than");
        c.problems.forEach(JsonRecoveryTest::assertWords);
    }

    @Test
    void deepNestingAndHugeStringsAreSkippedAlone() throws Exception {
        String deep = "{\"title\":\"deep\",\"body\":\"b\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String bigItem = "{\"title\":\"t\",\"body\":\"b\",\"junk\":\"" + "z".repeat(4000) + "\"}";
        Collect c = read("b.json", "[" + good("one") + "," + deep + "," + good("three") + "," + bigItem + ","
                + good("five") + "]");
        assertThat(c.titles()).containsExactly("one", "three", "five");
        assertThat(c.problems).hasSize(2);
        assertThat(c.problems.get(0)).startsWith("item 2 ").contains("nested deeper than 64 levels");
        assertThat(c.problems.get(1)).startsWith("item 4 ").contains("larger than the limit");
        c.problems.forEach(JsonRecoveryTest::assertWords);
    }

    @Test
    void aSyntaxErrorInsideOneItemSkipsOnlyThatItem() throws Exception {
        Collect c = read("c.json", "[" + good("one") + ",\n{\"title\": nope, \"body\": \"x\"},\n" + good("three") + "]");
        assertThat(c.titles()).containsExactly("one", "three");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p).startsWith("item 2 (line 2, column 11)").contains("unexpected text 'nope'");
            assertWords(p);
        });
    }

    @Test
    void damageThatHidesItemEndsEndsTheFileKeepingWhatCameBefore() throws Exception {
        Collect c = new Collect();
        Path f = dir.resolve("d.json");
        Files.writeString(f, "[" + good("one") + ",\n{\"title\":\"cut", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importFile(f, null, c)).isInstanceOf(ImportException.class)
                .hasMessageContaining("the file ends inside item 2")
                .satisfies(e -> assertThat(((ImportException) e).position()).isEqualTo("line 2, column 1 (byte 39)"));
        assertThat(c.titles()).containsExactly("one");
    }

    @Test
    void jsonLinesMessagesAreWords() throws Exception {
        Collect c = read("e.jsonl", good("one") + "\n{nope\n" + "{\"title\":\"x\",\"body\":\"" + "q".repeat(2000)
                + "\"}\n" + good("four") + "\n");
        assertThat(c.titles()).containsExactly("one", "four");
        assertThat(c.problems).hasSize(2);
        c.problems.forEach(JsonRecoveryTest::assertWords);
    }

    @Test
    void utf16AndUtf32JsonAreReadItemByItem() throws Exception {
        for (String cs : new String[]{"UTF-16LE", "UTF-16BE", "UTF-32BE", "UTF-32LE"}) {
            Path f = dir.resolve("f-" + cs + ".json");
            Files.write(f, ("[" + good("واحد") + "," + good("اثنان") + "]").getBytes(java.nio.charset.Charset.forName(cs)));
            Collect c = new Collect();
            importer.importFile(f, null, c);
            assertThat(c.titles()).as(cs).containsExactly("واحد", "اثنان");
        }
    }

    /** A message for people: no exception names, parser internals or code points in parser notation. */
    static void assertWords(String message) {
        assertThat(InternalText.isInternal(message)).as(message).isFalse();
    }
}
