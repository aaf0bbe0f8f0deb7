package org.sahifa.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Says in words why a file could not be read or written (the JDK's exceptions carry little more than a path). */
final class FileProblem {

    private FileProblem() {
    }

    /** {@code FILE: reason}. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + reason(e);
        }
        return reason(e);
    }

    /** Why, in words, without the file name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way (it should be a folder)";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null) {
            return "the file could not be read or written";
        }
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (r.contains("no space left")) {
            return "no space left on the device";
        }
        if (r.contains("is a directory")) {
            return "it is a folder";
        }
        if (r.contains("not a directory")) {
            return "a part of the path is not a folder";
        }
        return r;
    }
}
