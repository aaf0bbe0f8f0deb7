package org.sahifa.archive;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * How far a library's push to one collection got: the largest article id the cluster has acknowledged, kept in
 * {@code <library>/archive/<collection>.push} and replaced atomically after every acknowledged batch, so an
 * interrupted push resumes after it.
 */
final class PushCursor {

    private final Path file;

    PushCursor(Path dataDir, String collection) {
        this.file = dataDir.resolve("archive").resolve(collection + ".push");
    }

    /** The last acknowledged id, 0 when nothing was pushed. */
    long read() {
        if (!Files.exists(file)) {
            return 0;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the push cursor " + file + ": " + e.getMessage(), e);
        }
        String v = p.getProperty("acknowledged", "0");
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new ArchiveException("The push cursor " + file + " is damaged (acknowledged=" + v
                    + "); delete it to push everything again");
        }
    }

    void write(long acknowledged) {
        Properties p = new Properties();
        p.setProperty("acknowledged", Long.toString(acknowledged));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "sahifa archive push: the largest article id the collection acknowledged");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the push cursor " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }
}
