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

    List<String> titles() {
        return items.stream().map(i -> i.draft().title()).toList();
    }
}
