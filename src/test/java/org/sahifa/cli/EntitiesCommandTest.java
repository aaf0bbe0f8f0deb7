package org.sahifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code entities} and {@code entity ...} end to end on the bundled sample (the seed article). */
class EntitiesCommandTest {

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static JsonNode named(List<JsonNode> nodes, String name) {
        return nodes.stream().filter(n -> n.get("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + nodes));
    }

    @Test
    void listsPlacesAndPersonsWithSpellingsAndAppliesCorrections() throws Exception {
        String data = tmp.resolve("lib").toString();
        assertThat(run("import", "--data", data, "samples/karabakh-report.txt").code()).isZero();

        List<JsonNode> places = run("entities", "--data", data, "--type", "place", "--json").jsonLines();
        JsonNode karabakh = named(places, "ناغورني قره باغ");
        assertThat(karabakh.get("type").asText()).isEqualTo("PLACE");
        assertThat(karabakh.get("articles").asInt()).isEqualTo(2);
        List<String> spellings = new ArrayList<>();
        karabakh.get("spellings").forEach(s -> spellings.add(s.get("text").asText()));
        assertThat(spellings).contains("كاراباخ", "كراباخ", "قره باغ", "ناغوروني كاراباخ");
        assertThat(places).allSatisfy(n -> assertThat(n.get("type").asText()).isEqualTo("PLACE"));

        List<JsonNode> persons = run("entities", "--data", data, "--type", "person", "--json").jsonLines();
        named(persons, "إلهام علييف");
        named(persons, "نيكول باشينيان");
        assertThat(persons).noneSatisfy(n -> assertThat(n.get("name").asText()).isEqualTo("علييف"));

        CliRun plain = run("entities", "--data", data, "--type", "person");
        assertThat(plain.out()).contains("PERSON\tفلاديمير بوتين");

        // corrections by spelling or id
        assertThat(run("entity", "rename", "--data", data, "كراباخ", "إقليم قره باغ").code()).isZero();
        CliRun split = run("entity", "split", "--data", data, "إقليم قره باغ", "كاراباخ");
        assertThat(split.code()).as(split.err()).isZero();
        assertThat(split.out()).contains("PLACE\tكاراباخ");
        List<JsonNode> after = run("entities", "--data", data, "--type", "place", "--json").jsonLines();
        named(after, "إقليم قره باغ");
        named(after, "كاراباخ");

        // a re-import changes nothing of that
        assertThat(run("import", "--data", data, "samples/karabakh-report.txt").code()).isZero();
        List<JsonNode> again = run("entities", "--data", data, "--type", "place", "--json").jsonLines();
        assertThat(named(again, "إقليم قره باغ").get("id")).isEqualTo(named(after, "إقليم قره باغ").get("id"));

        CliRun show = run("entity", "show", "--data", data, "علييف");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("إلهام علييف").contains("with");
    }

    @Test
    void unknownEntitiesAndTypesAreClearErrors() {
        String data = tmp.resolve("lib").toString();
        CliRun r = run("entity", "rename", "--data", data, "طوكيو", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no entity named 'طوكيو'");
        CliRun t = run("entities", "--data", data, "--type", "planet");
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("unknown entity type 'planet'");
    }
}
