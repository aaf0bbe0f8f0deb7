package org.sahifa.search;

import org.sahifa.store.Article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An in-memory {@link ArticleSource} for index lifecycle tests (the store's adapter is tested separately). */
final class MemorySource implements ArticleSource {

    final TreeMap<Long, Article> articles = new TreeMap<>();
    long nextId = 1;

    Article add(String title, String body) {
        long id = nextId++;
        Article a = new Article(id, title, null, body, null, null, "test", null, "ar",
                Instant.parse("2023-09-20T10:00:00Z").plusSeconds(id), Instant.parse("2023-09-21T10:00:00Z"),
                false, false);
        articles.put(id, a);
        return a;
    }

    List<Article> addMany(int n) {
        List<Article> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(add("article " + nextId, "body of article number " + nextId + " about karabakh"));
        }
        return out;
    }

    @Override
    public long count() {
        return articles.size();
    }

    @Override
    public long maxId() {
        return articles.isEmpty() ? 0 : articles.lastKey();
    }

    @Override
    public List<Article> scan(long afterId, int limit) {
        return articles.tailMap(afterId, false).values().stream().limit(limit).toList();
    }

    @Override
    public List<Article> get(Collection<Long> ids) {
        return ids.stream().map(articles::get).filter(a -> a != null).toList();
    }

    @Override
    public long[] ids() {
        return articles.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public long[] readIds() {
        return articles.values().stream().filter(Article::read).mapToLong(Article::id).toArray();
    }

    @Override
    public Map<Long, ArticleFlags> flags(Collection<Long> ids) {
        Map<Long, ArticleFlags> out = new HashMap<>();
        for (Article a : get(ids)) {
            out.put(a.id(), new ArticleFlags(a.read(), a.bookmarked()));
        }
        return out;
    }

    @Override
    public long[] bookmarkedIds() {
        return articles.values().stream().filter(Article::bookmarked).mapToLong(Article::id).toArray();
    }
}
