package org.sahifa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14, item 8: an over-limit compressed file adds nothing, as the docs say. */
class CompressedLimitTest {

    @TempDir
    Path dir;

    @Test
    void anOverLimitGzipFileIsRefusedBeforeAnyArticleIsDelivered() throws Exception {
        Path gz = dir.resolve("dump.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 0; i < 2000; i++) {
                out.write(("{\"title\":\"article " + i + "\",\"body\":\"text " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        FileImporter small = new FileImporter(new ImportLimits(32 * 1024, 32 * 1024, 1 << 20));
        Collect c = new Collect();
        assertThatThrownBy(() -> small.importFile(gz, null, c)).isInstanceOf(ImportException.class)
                .hasMessageContaining("larger than the limit of 32 KiB").hasMessageContaining("nothing was imported");
        assertThat(c.items).isEmpty();
        assertThat(c.problems).isEmpty();
        // under the limit the same file is read whole
        Collect all = new Collect();
        new FileImporter(new ImportLimits(1 << 20, 1 << 20, 1 << 20)).importFile(gz, null, all);
        assertThat(all.items).hasSize(2000);
    }
}
