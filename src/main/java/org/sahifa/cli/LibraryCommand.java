package org.sahifa.cli;

import org.sahifa.library.Library;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command that works on an open library: opens it, runs, closes it. */
abstract class LibraryCommand implements Callable<Integer> {

    @Mixin
    DataOption dataOption = new DataOption();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        if (!needsLibrary()) {
            return run(null);
        }
        try (Library library = Library.open(dataDir())) {
            return run(library);
        }
    }

    Path dataDir() {
        return dataOption.resolve(spec);
    }

    private PrintWriter out;
    private PrintWriter err;

    /** Standard output through the display-safe printer: stored strings cannot act on the terminal. */
    PrintWriter out() {
        if (out == null) {
            out = new TerminalWriter(spec.commandLine().getOut());
        }
        return out;
    }

    /** Standard error through the display-safe printer. */
    PrintWriter err() {
        if (err == null) {
            err = new TerminalWriter(spec.commandLine().getErr());
        }
        return err;
    }

    /** Standard output as it is, for documents written verbatim (OPML). */
    PrintWriter rawOut() {
        return spec.commandLine().getOut();
    }

    /** Standard error as it is, for the progress line's own control sequences. */
    PrintWriter rawErr() {
        return spec.commandLine().getErr();
    }

    /** False when this invocation works without the library (it then gets {@code null}). */
    boolean needsLibrary() {
        return true;
    }

    /** The command's work; returns the exit code. */
    abstract int run(Library library) throws Exception;
}
