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

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** False when this invocation works without the library (it then gets {@code null}). */
    boolean needsLibrary() {
        return true;
    }

    /** The command's work; returns the exit code. */
    abstract int run(Library library) throws Exception;
}
