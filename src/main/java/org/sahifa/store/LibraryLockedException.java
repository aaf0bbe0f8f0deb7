package org.sahifa.store;

import java.nio.file.Path;

/** Another process (or another part of this one) holds the library folder open. */
public final class LibraryLockedException extends StoreException {

    private final Path dataDir;

    public LibraryLockedException(Path dataDir) {
        super("Library " + dataDir + " is in use by another Sahifa process", null);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
