package org.sahifa.search;

import org.sahifa.store.Article;
import org.sahifa.store.ArticleStore;
import org.sahifa.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store as the index sees it. Articles come through {@link ArticleStore}; the id sets and counts the index
 * needs on every open and for {@code is:} filters are read with small SQL queries over the store's schema
 * ({@code articles.id}, {@code articles.read}, {@code bookmarks.article_id}), answered from SQLite's indexes.
 */
public final class StoreArticleSource implements ArticleSource {

    private static final int IN_CHUNK = 500;

    private final Database db;
    private final ArticleStore articles;

    public StoreArticleSource(Database db, ArticleStore articles) {
        this.db = db;
        this.articles = articles;
    }

    @Override
    public long count() {
        return articles.count();
    }

    @Override
    public long maxId() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ifnull(max(id), 0) FROM articles")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<Article> scan(long afterId, int limit) {
        return articles.scan(afterId, limit);
    }

    @Override
    public List<Article> get(Collection<Long> ids) {
        return articles.getAll(ids);
    }

    @Override
    public long[] ids() {
        return longs("SELECT id FROM articles ORDER BY id");
    }

    @Override
    public long[] readIds() {
        return longs("SELECT id FROM articles WHERE read = 1 ORDER BY id");
    }

    @Override
    public long[] bookmarkedIds() {
        return longs("SELECT article_id FROM bookmarks ORDER BY article_id");
    }

    @Override
    public Map<Long, ArticleFlags> flags(Collection<Long> ids) {
        Map<Long, ArticleFlags> out = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            db.read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT a.id, a.read,"
                        + " EXISTS(SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) FROM articles a"
                        + " WHERE a.id IN (" + marks + ")")) {
                    for (int k = 0; k < chunk.size(); k++) {
                        p.setLong(k + 1, chunk.get(k));
                    }
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getLong(1), new ArticleFlags(rs.getInt(2) != 0, rs.getInt(3) != 0));
                        }
                    }
                }
                return null;
            });
        }
        return out;
    }

    private long[] longs(String sql) {
        return db.read(c -> {
            long[] out = new long[64];
            int n = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = rs.getLong(1);
                }
            }
            return Arrays.copyOf(out, n);
        });
    }
}
