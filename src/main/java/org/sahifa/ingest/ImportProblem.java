package org.sahifa.ingest;

import java.nio.file.Path;

/**
 * One thing that could not be imported: a whole file (unreadable, too large, badly encoded, malformed) or one
 * item in it (a missing title, a bad date).
 *
 * @param file     the file
 * @param position where in the file, e.g. {@code line 3, column 7}, {@code byte 812} or {@code item 4}; empty when
 *                 the problem is the file as a whole
 * @param message  what is wrong, for a person
 */
public record ImportProblem(Path file, String position, String message) {

    /** One line: {@code file: position: message}. */
    @Override
    public String toString() {
        String m = message.replace('\n', ' ').replace('\r', ' ');
        return position == null || position.isEmpty() ? file + ": " + m : file + ": " + position + ": " + m;
    }
}
