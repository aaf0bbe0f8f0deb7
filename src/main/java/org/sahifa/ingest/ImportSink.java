package org.sahifa.ingest;

/**
 * Where a reader delivers what it reads, in file order. Implementations batch the items into transactions; they
 * may throw {@link java.util.concurrent.CancellationException} to stop the reading.
 */
public interface ImportSink {

    /** A well-formed item. */
    void item(ImportedItem item);

    /** An item that is skipped; reading goes on. */
    void problem(String position, String message);
}
