package org.sahifa.search;

import org.sahifa.search.query.QueryNode;

import java.util.List;
import java.util.Map;

/**
 * What search asks of the places-and-persons layer: the articles that mention an entity named in any spelling
 * ({@code place:}, {@code person:}), and entity names for suggestions.
 */
public interface EntityLookup {

    /** No entities known: {@code place:}/{@code person:} search the name as words. */
    EntityLookup NONE = new EntityLookup() {
        @Override
        public long[] articles(QueryNode.EntityKind kind, String name) {
            return null;
        }

        @Override
        public List<Suggestion> names(String prefix, int limit) {
            return List.of();
        }
    };

    /** The ids of the articles that mention the entity {@code name} refers to, or null when none is known. */
    long[] articles(QueryNode.EntityKind kind, String name);

    /** Names of places and persons starting with {@code prefix} (any spelling), most mentioned first. */
    List<Suggestion> names(String prefix, int limit);

    /**
     * For each normalised spelling the recogniser tagged as a name in the library, in how many articles; empty
     * when nothing is known (then only the shipped name lists say which words are names).
     */
    default Map<String, Long> taggedSpellings() {
        return Map.of();
    }

    /**
     * For normalised spellings of the library's names, how they are written («الجامعه العربيه» → «الجامعة
     * العربية»); empty when nothing is known.
     */
    default Map<String, String> writtenSpellings() {
        return Map.of();
    }

    /**
     * For each of the articles, the normalised spellings the recogniser tagged in it (an article without any is
     * left out); empty when nothing is known (then no context decides spellings, decision 0125).
     */
    default Map<Long, java.util.Set<String>> taggedSpellings(long[] articleIds) {
        return Map.of();
    }
}
