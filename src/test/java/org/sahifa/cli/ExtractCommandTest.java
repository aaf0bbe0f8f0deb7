package org.sahifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private static String run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractCommand cmd = new ExtractCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        int code = new CommandLine(cmd).execute(args);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesCarryOffsetsIntoTheInput() throws Exception {
        String input = "سطر أول\nاعتذر رئيس أذربيجان، إلهام علييف، من بوتين.\n";
        String out = run(input, "--json");
        ObjectMapper json = new ObjectMapper();
        boolean sawAliyev = false;
        for (String line : out.split("\n")) {
            JsonNode n = json.readTree(line);
            int start = n.get("start").asInt();
            int end = n.get("end").asInt();
            assertThat(input.substring(start, end)).isEqualTo(n.get("text").asText());
            if (n.get("entity").asText().equals("إلهام علييف")) {
                sawAliyev = true;
                assertThat(n.get("type").asText()).isEqualTo("PERSON");
            }
        }
        assertThat(sawAliyev).isTrue();
        assertThat(out).contains("\"entity\":\"فلاديمير بوتين\"");
    }

    @Test
    void plainOutputIsOneTabSeparatedLinePerName() {
        String out = run("زار الوفد يريفان.");
        assertThat(out).isEqualTo("PLACE\t10\t16\tيريفان\tيريفان\n");
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bad = {(byte) 0xD8, (byte) 0xA8, (byte) 0xFF, 0x20};
        int code = new CommandLine(new ExtractCommand(new ByteArrayInputStream(bad), out)).execute();
        assertThat(code).isEqualTo(2);
        assertThat(out.size()).isZero();
    }
}
