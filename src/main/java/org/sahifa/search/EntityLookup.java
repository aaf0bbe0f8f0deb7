package org.sahifa.search;

import org.sahifa.search.query.QueryNode;

import java.util.List;

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
}
