package org.sahifa.cli;

import org.sahifa.ingest.feed.FeedService;
import org.sahifa.ingest.feed.opml.OpmlException;
import org.sahifa.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code sahifa opml import|export}. */
@Command(name = "opml", mixinStandardHelpOptions = true, description = "Import or export subscriptions as OPML.",
        subcommands = {OpmlCommand.Import.class, OpmlCommand.Export.class})
final class OpmlCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say import or export");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Subscribe to every feed of an OPML file, keeping its folders; they are fetched on the "
                    + "next refresh. Exit code 1 when the file is not OPML or some entries were skipped.")
    static final class Import extends LibraryCommand {

        @Parameters(paramLabel = "FILE", description = "The OPML file.")
        Path file;

        @Override
        int run(Library library) throws IOException {
            if (Files.size(file) > org.sahifa.ingest.feed.opml.OpmlReader.MAX_BYTES) {
                err().println("sahifa: " + file + ": larger than " + org.sahifa.ingest.feed.opml.OpmlReader.MAX_BYTES
                        + " bytes, not read");
                return 1;
            }
            FeedService.OpmlImport r;
            try {
                r = library.feeds().importOpml(Files.readAllBytes(file), file.toString());
            } catch (OpmlException e) {
                err().println("sahifa: " + e.getMessage());
                return 1;
            }
            out().printf("%d feed(s) added, %d already subscribed%n", r.added(), r.alreadySubscribed());
            r.problems().forEach(p -> err().println("sahifa: " + p));
            return r.problems().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write every subscription, with its folder, as OPML 2.0 (to FILE, or to standard output).")
    static final class Export extends LibraryCommand {

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write (default: standard output).")
        Path file;

        @Override
        int run(Library library) throws IOException {
            if (file == null || file.toString().equals("-")) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                library.feeds().exportOpml(buf);
                rawOut().print(buf.toString(java.nio.charset.StandardCharsets.UTF_8)); // XML, escaped by its writer
                rawOut().flush();
                return 0;
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".sahifa-opml-", ".tmp");
            try {
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    library.feeds().exportOpml(o);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            out().printf("%d feed(s) written to %s%n", library.feeds().list().size(), file);
            return 0;
        }
    }
}
