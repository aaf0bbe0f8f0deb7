package org.sahifa.cli;

import org.sahifa.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code sahifa export --out FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the library (or only the bookmarks) to a JSON file that imports back to the same content.")
final class ExportCommand extends LibraryCommand {

    @Option(names = "--bookmarks", description = "Only bookmarked articles (with notes and tags).")
    boolean bookmarks;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    Path out;

    @Override
    int run(Library library) throws Exception {
        long n;
        try {
            n = library.export(out, bookmarks);
        } catch (java.io.IOException e) {
            err().println("sahifa export: cannot write " + out + ": " + FileProblem.reason(e));
            return ExitCodes.FAILED;
        }
        out().println("Exported " + n + " articles to " + out);
        return ExitCodes.OK;
    }
}
