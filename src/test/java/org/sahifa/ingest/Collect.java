package org.sahifa.ingest;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests. */
final class Collect implements ImportSink {

    final List<ImportedItem> items = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void item(ImportedItem item) {
        items.add(item);
    }

    @Override
    public void problem(String position, String message) {
        problems.add(position + ": " + message);
    }

    /** The drafts read from {@code bytes} as a file named {@code name} (problems are dropped). */
    static List<org.sahifa.store.ArticleDraft> read(byte[] bytes, String name) throws Exception {
        Collect c = file(bytes, name);
        return c.items.stream().map(ImportedItem::draft).toList();
    }

    /** Everything read from {@code bytes} as a file named {@code name}. */
    static Collect file(byte[] bytes, String name) throws ImportException, java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sahifa-test");
        java.nio.file.Path f = dir.resolve(name);
        java.nio.file.Files.write(f, bytes);
        Collect c = new Collect();
        try {
            new FileImporter().importFile(f, null, c);
        } finally {
            java.nio.file.Files.delete(f);
            java.nio.file.Files.delete(dir);
        }
        return c;
    }

    List<String> titles() {
        return items.stream().map(i -> i.draft().title()).toList();
    }
}
