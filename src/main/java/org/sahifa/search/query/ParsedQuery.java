package org.sahifa.search.query;

import java.util.Objects;

/**
 * What the user typed and what the parser understood.
 *
 * @param text the query as typed
 * @param root the parsed tree; an empty {@link QueryNode.All} when nothing searchable was typed
 */
public record ParsedQuery(String text, QueryNode root) {

    public ParsedQuery {
        Objects.requireNonNull(text);
        Objects.requireNonNull(root);
    }

    /** True when the query asks for nothing at all (blank, or only operators). */
    public boolean isEmpty() {
        return root instanceof QueryNode.All all && all.children().isEmpty();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
