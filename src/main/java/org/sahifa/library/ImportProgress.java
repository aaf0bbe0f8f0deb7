package org.sahifa.library;

import java.nio.file.Path;

/**
 * Where a running import is.
 *
 * @param file       the file being read
 * @param filesDone  files finished
 * @param filesTotal files to read
 * @param stored     articles stored so far
 * @param duplicates articles skipped as already present
 * @param problems   problems reported so far
 */
public record ImportProgress(Path file, int filesDone, int filesTotal, long stored, long duplicates, long problems) {
}
