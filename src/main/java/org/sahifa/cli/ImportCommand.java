package org.sahifa.cli;

import org.sahifa.ingest.ImportProblem;
import org.sahifa.library.ImportReport;
import org.sahifa.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** {@code sahifa import PATH...}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import article files: JSON, JSON Lines, plain text, RSS/Atom (also .gz);"
                + " directories are searched recursively.",
                "Exit codes: 0 every article was stored or already present; 1 something could not be imported"
                        + " (one line per problem on stderr; every good article is kept); 2 a wrong command line;"
                        + " 3 the library is in use by another Sahifa process."})
final class ImportCommand extends LibraryCommand {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The encoding of text files, e.g. windows-1256 or UTF-16 (default: detected).")
    Charset encoding;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to import.")
    List<Path> paths;

    @Override
    int run(Library library) {
        boolean terminal = System.console() != null;
        ImportReport report = library.imports().importPaths(paths, encoding, p -> {
            if (terminal) {
                rawErr().printf("\r%d stored, %d already present, file %d of %d ", p.stored(), p.duplicates(),
                        Math.min(p.filesDone() + 1, p.filesTotal()), p.filesTotal());
                rawErr().flush();
            }
        }, () -> false);
        if (terminal) {
            rawErr().print("\r\033[K");
        }
        for (ImportProblem p : report.problems()) {
            err().println(p);
        }
        err().flush();
        IndexMerge.mergeIfDue(library, err());
        out().printf("Imported %d new articles (%d already present) from %d files%s%n", report.stored(),
                report.duplicates(), report.files(), report.problems().isEmpty() ? ""
                        : "; " + report.problems().size() + " problems");
        return report.ok() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
