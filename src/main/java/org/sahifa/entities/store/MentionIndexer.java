package org.sahifa.entities.store;

import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.Mention;
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
 * body text are read, each name is resolved to its entity, and the article is recorded as scanned (also when it
 * names nothing). Re-indexing an article replaces its mentions.
 */
public final class MentionIndexer {

    /** Bumped when recognition changes so much that stored mentions should be recomputed. */
    public static final int RECOGNIZER_VERSION = 1;

    private final Supplier<EntityRecognizer> recognizer;
    private final NameMatcher matcher;

    public MentionIndexer(EntityRecognizer recognizer, NameMatcher matcher) {
        this(() -> recognizer, matcher);
    }

    /** An indexer that asks {@code recognizer} for the recogniser when it first needs it. */
    public MentionIndexer(Supplier<EntityRecognizer> recognizer, NameMatcher matcher) {
        this.recognizer = recognizer;
        this.matcher = matcher;
    }

    /** Indexes a batch of articles on {@code c}; returns the number of mentions stored. */
    public int index(Connection c, List<Article> articles) throws SQLException {
        int stored = 0;
        try (StatementCache statements = new StatementCache(c);
             PreparedStatement clear = c.prepareStatement("DELETE FROM entity_mentions WHERE article_id = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT OR REPLACE INTO entity_mentions (article_id, field, start, end, entity_id, surface, normalized) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement scanned = c.prepareStatement(
                     "INSERT OR REPLACE INTO entity_scanned (article_id, recognizer) VALUES (?, ?)")) {
            EntityResolver resolver = new EntityResolver(statements, matcher, System.currentTimeMillis());
            EntityRecognizer r = articles.isEmpty() ? null : recognizer.get();
            for (Article a : articles) {
                List<Mention> title = r.recognize(a.title() == null ? "" : a.title());
                List<Mention> body = r.recognize(a.bodyText() == null ? "" : a.bodyText());
                List<Mention> all = new ArrayList<>(title);
                all.addAll(body);
                long[] ids = resolver.resolveArticle(all);
                clear.setLong(1, a.id());
                clear.executeUpdate();
                for (int i = 0; i < all.size(); i++) {
                    if (ids[i] == EntityResolver.NOT_A_NAME) {
                        continue;
                    }
                    Mention m = all.get(i);
                    insert.setLong(1, a.id());
                    insert.setString(2, i < title.size() ? "title" : "body");
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
}
