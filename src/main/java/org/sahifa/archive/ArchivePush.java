package org.sahifa.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.sahifa.entities.EntityService;
import org.sahifa.library.Library;
import org.sahifa.solr.ArchiveFields;
import org.sahifa.store.Article;

/**
 * {@code sahifa archive push}: sends a library's articles to a collection in id order, in batches of
 * {@link #BATCH}, with their places and persons ({@link ArchiveDocuments}). After each batch the cluster
 * acknowledged, the {@link PushCursor} moves past it; a push that was interrupted (cancelled, a crash, the
 * network) starts after the cursor, so nothing acknowledged is sent again and nothing is missed. Only the batch
 * in flight at the interruption is sent again, and since a document is written under the article's id the
 * collection never holds an article twice. Before resuming, the collection must hold as many articles up to the
 * cursor as the library: if it holds fewer (the collection was recreated or lost data) the push starts over.
 */
public final class ArchivePush {

    /** Articles per update request. */
    public static final int BATCH = 500;

    private ArchivePush() {
    }

    /** Pushes {@code library} to {@code address}'s collection; {@code cancelled} is polled between batches. */
    public static PushResult push(Library library, ArchiveClient client, ArchiveAddress address,
                                  PushProgress progress, BooleanSupplier cancelled) {
        return push(library, client, address, progress, cancelled, BATCH);
    }

    /** As {@link #push(Library, ArchiveClient, ArchiveAddress, PushProgress, BooleanSupplier)}, in batches of {@code batchSize}. */
    static PushResult push(Library library, ArchiveClient client, ArchiveAddress address, PushProgress progress,
                           BooleanSupplier cancelled, int batchSize) {
        long started = System.nanoTime();
        String collection = address.collection();
        PushCursor cursor = new PushCursor(library.dataDir(), collection);
        long after = cursor.read();
        long[] ids = library.articles().ids();
        if (after > 0) {
            commit(client, collection);
            long libraryUpTo = countUpTo(ids, after);
            long archiveUpTo = count(client, collection, ArchiveFields.ID_NUMBER + ":[* TO " + after + "]");
            if (archiveUpTo < libraryUpTo) {
                after = 0; // the collection lost what the cursor says it acknowledged
            }
        }
        long total = ids.length - countUpTo(ids, after);
        EntityService entities = library.entities();
        ArchiveDocuments documents = new ArchiveDocuments(entities::spellings);
        long sent = 0;
        long last = after;
        progress.pushed(0, total);
        while (true) {
            if (cancelled.getAsBoolean()) {
                return new PushResult(sent, after, false, -1, millis(started));
            }
            List<Article> batch = library.articles().scan(last, batchSize);
            if (batch.isEmpty()) {
                break;
            }
            List<SolrInputDocument> docs = new ArrayList<>(batch.size());
            for (Article a : batch) {
                docs.add(documents.document(a, entities.mentions(a.id()), entities.taggedSpellings(a.id())));
            }
            long first = batch.get(0).id();
            long end = batch.get(batch.size() - 1).id();
            client.call("Sending articles " + first + "–" + end + " to " + collection, node -> {
                UpdateRequest r = new UpdateRequest();
                r.add(docs);
                return r.process(node, collection);
            });
            last = end;
            cursor.write(last);
            sent += batch.size();
            progress.pushed(sent, total);
        }
        commit(client, collection);
        return new PushResult(sent, after, true, count(client, collection, "*:*"), millis(started));
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static long countUpTo(long[] sortedIds, long max) {
        int i = java.util.Arrays.binarySearch(sortedIds, max);
        return i >= 0 ? i + 1 : -i - 1;
    }

    static void commit(ArchiveClient client, String collection) {
        client.call("Committing " + collection, node -> node.commit(collection, true, true));
    }

    /** Documents matching a standard Lucene query (not the Sahifa language) in the collection. */
    static long count(ArchiveClient client, String collection, String luceneQuery) {
        SolrQuery q = new SolrQuery(luceneQuery).setRows(0);
        q.set("defType", "lucene"); // local params ({!lucene}) are ignored when the default parser is sahifa
        return client.call("Counting " + collection, node -> node.query(collection, q).getResults().getNumFound());
    }
}
