package org.sahifa.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What storing a batch of drafts did.
 *
 * @param inserted   the articles that were new and are now stored, in the order of the drafts
 * @param duplicates how many drafts were already in the library (same guid and source, same url, or same
 *                   normalised title and body) or repeated earlier in the same batch
 * @param ids        for each draft, in order, the id of its article: the new one, or the one it duplicates
 */
public record StoreResult(List<Article> inserted, int duplicates, List<Long> ids) {

    public static final StoreResult EMPTY = new StoreResult(List.of(), 0, List.of());

    public StoreResult {
        inserted = List.copyOf(inserted);
        ids = List.copyOf(ids);
    }

    public StoreResult plus(StoreResult other) {
        List<Article> all = new ArrayList<>(inserted);
        all.addAll(other.inserted);
        List<Long> allIds = new ArrayList<>(ids);
        allIds.addAll(other.ids);
        return new StoreResult(all, duplicates + other.duplicates, allIds);
    }
}
