package org.sahifa.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.sahifa.search.query.QueryNode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Base of the tests that search through the service: articles in memory, the index in a temporary folder. */
abstract class SearchServiceTestSupport {

    @TempDir
    Path dir;

    final MemorySource source = new MemorySource();
    SearchService search;

    /** The spellings the recogniser tagged in each article added by {@link #addTagged}. */
    final Map<Long, Set<String>> taggedIn = new HashMap<>();
    /** In how many articles added by {@link #addTagged} each spelling was tagged. */
    final Map<String, Long> taggedArticles = new HashMap<>();

    /** Adds an article with the spellings the recogniser tagged in it. */
    void addTagged(String title, String body, String... tagged) {
        org.sahifa.store.Article a = source.add(title, body);
        Set<String> spellings = new java.util.LinkedHashSet<>(List.of(tagged));
        taggedIn.put(a.id(), spellings);
        spellings.forEach(s -> taggedArticles.merge(s, 1L, Long::sum));
    }

    /** Opens the service with the tags of the articles added by {@link #addTagged}. */
    SearchService openWithTags() {
        return openWithTags(taggedArticles, taggedIn);
    }

    /** Opens the service over {@link #source} and brings its index up to date. */
    SearchService open() {
        search = SearchService.open(dir.resolve("index"), source);
        search.prepare(IndexProgress.NONE, () -> false);
        return search;
    }

    /**
     * Opens the service with the recogniser's tags: {@code tagged} (spelling → articles) for which words are names,
     * {@code taggedIn} (article id → spellings) for the context of spellings (decision 0125).
     */
    SearchService openWithTags(Map<String, Long> tagged, Map<Long, Set<String>> taggedIn) {
        search = SearchService.open(dir.resolve("index"), source, new EntityLookup() {
            @Override
            public long[] articles(QueryNode.EntityKind kind, String name) {
                return null;
            }

            @Override
            public List<Suggestion> names(String prefix, int limit) {
                return List.of();
            }

            @Override
            public Map<String, Long> taggedSpellings() {
                return tagged;
            }

            @Override
            public Map<Long, Set<String>> taggedSpellings(long[] articleIds) {
                Map<Long, Set<String>> out = new HashMap<>();
                for (long id : articleIds) {
                    if (taggedIn.containsKey(id)) {
                        out.put(id, taggedIn.get(id));
                    }
                }
                return out;
            }
        });
        search.prepare(IndexProgress.NONE, () -> false);
        return search;
    }

    @AfterEach
    void closeSearch() {
        if (search != null) {
            search.close();
        }
    }
}
