package org.sahifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void benchImportStoresEverythingWithItsFeaturesAndReportsItsFigures() throws Exception {
        Path file = tmp.resolve("karabakh-report.txt");
        try (InputStream in = Library.class.getResourceAsStream("/org/sahifa/samples/karabakh-report.txt")) {
            Files.copy(in, file);
        }
        Path data = tmp.resolve("lib");
        CliRun r = CliRun.run("bench", "import", "--json", "--data", data.toString(), file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = r.jsonLines().get(0);
        assertThat(n.get("stored").asLong()).isEqualTo(2);
        assertThat(n.get("articlesInLibrary").asLong()).isEqualTo(2);
        assertThat(n.get("hooks").asInt()).isEqualTo(2);
        assertThat(n.get("cpuSeconds").asDouble()).isPositive();
        assertThat(n.get("peakHeapBytes").asLong()).isPositive();
        assertThat(n.get("peakHeapAfterGcBytes").asLong()).isBetween(0L, n.get("maxHeapBytes").asLong());
        // what the benchmark timed is complete: names recognised and the index committed
        try (Library lib = Library.open(data)) {
            assertThat(lib.entities().unscanned()).isZero();
            assertThat(lib.search().needsPreparation()).isFalse();
            assertThat(lib.search("قره باغ", 10)).hasSize(2);
        }
    }
}
