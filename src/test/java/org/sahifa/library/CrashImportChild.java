package org.sahifa.library;

import java.nio.file.Path;
import java.util.List;

/** The child process of {@link CrashSafetyTest}: imports a file and prints every committed total. */
public final class CrashImportChild {

    private CrashImportChild() {
    }

    public static void main(String[] args) {
        try (Library library = Library.open(Path.of(args[0]))) {
            library.imports().importPaths(List.of(Path.of(args[1])), null, p -> {
                System.out.println("committed " + p.stored());
                System.out.flush();
            }, () -> false);
            System.out.println("done");
        }
    }
}
