package org.sahifa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in process and keeps what it printed: the one way CLI tests call {@code sahifa}. */
record CliRun(int code, String out, String err) {

    /** {@code sahifa args...}, with standard output and error captured. */
    static CliRun run(String... args) {
        CommandLine cl = SahifaCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Standard output read as JSON Lines (blank lines skipped). */
    List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.MAPPER.readTree(line));
            }
        }
        return nodes;
    }
}
