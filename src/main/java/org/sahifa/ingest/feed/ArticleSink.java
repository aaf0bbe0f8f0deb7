package org.sahifa.ingest.feed;

import org.sahifa.store.ArticleDraft;
import org.sahifa.store.StoreResult;

import java.util.List;

/**
 * Where new feed items go: the library's one storing path ({@code Library.store}), which deduplicates, recognises
 * entities and indexes. An interface so the ingest layer does not reach up into the library.
 */
@FunctionalInterface
public interface ArticleSink {

    StoreResult store(List<ArticleDraft> drafts);
}
