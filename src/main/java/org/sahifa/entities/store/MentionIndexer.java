package org.sahifa.entities.store;

import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;
import org.sahifa.entities.lists.NameFilter;
import org.sahifa.entities.lists.NameParts;
import org.sahifa.store.Article;
import org.sahifa.text.NameMatcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Recognises the names of articles and stores their mentions, on the caller's transaction: the title and the
 * body text are read, what is not a name is left out ({@link NameFilter}), each name is resolved to its entity, and the article is recorded as scanned (also when it
 * names nothing). Re-indexing an article replaces its mentions.
 *
 * <p>Recognition depends only on the text, so it can be done ahead, outside the transaction and on other threads
 * ({@link #recognize}); {@link #indexInserted} then only resolves and stores, recognising inline whatever was not
 * prepared. Resolutions are remembered across transactions in a {@link ResolutionCache}: {@link #committed()}
 * publishes those of the calling thread's last transaction after it committed, {@link #invalidate()} forgets
 * everything when a correction changes the grouping tables.
 */
public final class MentionIndexer {

    /** Bumped when recognition changes so much that stored mentions should be recomputed. */
    public static final int RECOGNIZER_VERSION = 2;

    private static final String INSERT_MENTION = "INSERT OR REPLACE INTO entity_mentions"
            + " (article_id, field, start, end, entity_id, surface, normalized) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SCANNED = "INSERT OR REPLACE INTO entity_scanned (article_id, recognizer) VALUES (?, ?)";

    private final Supplier<EntityRecognizer> recognizer;
    private final NameMatcher matcher;
    private final NameFilter filter = NameFilter.standard();
    private final NameParts parts = NameParts.standard();
    private final ResolutionCache cache = new ResolutionCache();
    private final ThreadLocal<ResolutionCache.Pending> pending = new ThreadLocal<>();

    /** The names recognised in one article's title and body, before it was stored (see {@link #recognize}). */
    public record Recognized(String title, String body, List<Mention> inTitle, List<Mention> inBody) {
        public Recognized {
            inTitle = List.copyOf(inTitle);
            inBody = List.copyOf(inBody);
        }

        /** True when these names were recognised in exactly this article's text. */
        boolean isFor(Article a) {
            return same(title, a.title()) && same(body, a.bodyText());
        }

        private static boolean same(String prepared, String stored) {
            return (stored == null ? "" : stored).equals(prepared);
        }
    }

    public MentionIndexer(EntityRecognizer recognizer, NameMatcher matcher) {
        this(() -> recognizer, matcher);
    }

    /** An indexer that asks {@code recognizer} for the recogniser when it first needs it. */
    public MentionIndexer(Supplier<EntityRecognizer> recognizer, NameMatcher matcher) {
        this.recognizer = recognizer;
        this.matcher = matcher;
    }

    /** Recognises the names of a title and body (any thread, no database): a pure function of the text. */
    public Recognized recognize(String title, String body) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        EntityRecognizer r = recognizer.get();
        return new Recognized(t, b, filter.apply(t, r.recognize(t)), filter.apply(b, r.recognize(b)));
    }

    /** Indexes (or re-indexes) a batch of stored articles on {@code c}; returns the number of mentions stored. */
    public int index(Connection c, List<Article> articles) throws SQLException {
        return index(c, articles, null, true);
    }

    /**
     * Indexes articles inserted by the current transaction (they have no mentions yet), using what
     * {@link #recognize} found ahead where {@code prepared} holds it for the same text ({@code null} entries, or
     * a {@code null} list, are recognised here); returns the number of mentions stored. The result is the same as
     * {@link #index} with everything recognised inline.
     */
    public int indexInserted(Connection c, List<Article> articles, List<Object> prepared) throws SQLException {
        return index(c, articles, prepared, false);
    }

    private int index(Connection c, List<Article> articles, List<Object> prepared, boolean replace)
            throws SQLException {
        ResolutionCache.Pending p = cache.begin();
        pending.set(p);
        int stored = 0;
        try (StatementCache statements = new StatementCache(c)) {
            PreparedStatement insert = statements.get(INSERT_MENTION);
            PreparedStatement scanned = statements.get(INSERT_SCANNED);
            EntityResolver resolver = new EntityResolver(statements, matcher, System.currentTimeMillis(), cache, p);
            for (int k = 0; k < articles.size(); k++) {
                Article a = articles.get(k);
                Recognized names = prepared == null || k >= prepared.size() ? null : asRecognized(prepared.get(k));
                if (names == null || !names.isFor(a)) {
                    names = recognize(a.title(), a.bodyText());
                }
                List<Mention> all = new ArrayList<>(names.inTitle().size() + names.inBody().size());
                all.addAll(names.inTitle());
                all.addAll(names.inBody());
                String[] ranks = new String[all.size()];
                for (int i = 0; i < all.size(); i++) {
                    Mention m = all.get(i);
                    if (m.type() == EntityType.PERSON) {
                        ranks[i] = parts.rankTitle(i < names.inTitle().size() ? names.title() : names.body(), m.start(),
                                m.spelling().isBlank() ? m.text() : m.spelling());
                    }
                }
                long[] ids = resolver.resolveArticle(all, ranks);
                if (replace) {
                    PreparedStatement clear = statements.get("DELETE FROM entity_mentions WHERE article_id = ?");
                    clear.setLong(1, a.id());
                    clear.executeUpdate();
                }
                int titleCount = names.inTitle().size();
                for (int i = 0; i < all.size(); i++) {
                    if (ids[i] == EntityResolver.NOT_A_NAME) {
                        continue;
                    }
                    Mention m = all.get(i);
                    insert.setLong(1, a.id());
                    insert.setString(2, i < titleCount ? "title" : "body");
                    insert.setInt(3, m.start());
                    insert.setInt(4, m.end());
                    insert.setLong(5, ids[i]);
                    insert.setString(6, m.text());
                    insert.setString(7, Spellings.normalize(m.spelling()));
                    insert.addBatch();
                    stored++;
                }
                insert.executeBatch();
                scanned.setLong(1, a.id());
                scanned.setInt(2, RECOGNIZER_VERSION);
                scanned.executeUpdate();
            }
        }
        return stored;
    }

    private static Recognized asRecognized(Object o) {
        return o instanceof Recognized r ? r : null;
    }

    /**
     * The transaction in which this thread last called {@link #index} or {@link #indexInserted} committed: its
     * resolutions may now be reused by later transactions.
     */
    public void committed() {
        ResolutionCache.Pending p = pending.get();
        if (p != null) {
            pending.remove();
            cache.publish(p);
        }
    }

    /** Forgets every remembered resolution; call inside the transaction of any change to the grouping tables. */
    public void invalidate() {
        cache.invalidate();
    }
}
