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
 * @param bytesDone  bytes of the files read so far (as stored on disk: compressed for {@code .gz})
 * @param bytesTotal bytes of all the files
 */
public record ImportProgress(Path file, int filesDone, int filesTotal, long stored, long duplicates, long problems,
                             long bytesDone, long bytesTotal) {

    /** The share done, from 0 to 1, by bytes read (files are read in order, so this grows steadily). */
    public double fraction() {
        if (bytesTotal > 0) {
            return Math.min(1.0, (double) bytesDone / bytesTotal);
        }
        return filesTotal == 0 ? 1.0 : (double) filesDone / filesTotal;
    }
}
