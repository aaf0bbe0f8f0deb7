package org.sahifa.library;

import org.sahifa.ingest.ImportProblem;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param files      files read (fully or until their error)
 * @param stored     new articles stored
 * @param duplicates articles that were already in the library
 * @param problems   every file or item that could not be imported, in order
 * @param cancelled  whether the import was cancelled (what was stored before stays)
 */
public record ImportReport(int files, long stored, long duplicates, List<ImportProblem> problems, boolean cancelled) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** True when every item was stored or was a duplicate, and nothing was cancelled. */
    public boolean ok() {
        return problems.isEmpty() && !cancelled;
    }
}
