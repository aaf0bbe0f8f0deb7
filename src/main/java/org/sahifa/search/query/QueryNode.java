package org.sahifa.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One node of a parsed query. {@link #toString()} gives a compact, stable form used by tests and logs.
 */
public sealed interface QueryNode {

    /** A word as the user typed it (analysis happens later, when the query is compiled against the index). */
    record Word(String text) implements QueryNode {
        public Word {
            Objects.requireNonNull(text);
        }

        @Override
        public String toString() {
            return "word(" + text + ")";
        }
    }

    /** Words that must appear next to each other, in this order. */
    record Phrase(String text) implements QueryNode {
        public Phrase {
            Objects.requireNonNull(text);
        }

        @Override
        public String toString() {
            return "phrase(" + text + ")";
        }
    }

    /** Every child must match. */
    record All(List<QueryNode> children) implements QueryNode {
        public All {
            children = List.copyOf(children);
        }

        @Override
        public String toString() {
            return "all" + children;
        }
    }

    /** At least one child must match. */
    record Any(List<QueryNode> children) implements QueryNode {
        public Any {
            children = List.copyOf(children);
        }

        @Override
        public String toString() {
            return "any" + children;
        }
    }

    /** The child must not match. */
    record Not(QueryNode child) implements QueryNode {
        public Not {
            Objects.requireNonNull(child);
        }

        @Override
        public String toString() {
            return "not(" + child + ")";
        }
    }

    /** Articles that mention a place or a person, whatever the spelling ({@code place:}, {@code person:}). */
    record Entity(EntityKind kind, String name) implements QueryNode {
        public Entity {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(name);
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + "(" + name + ")";
        }
    }

    /** Articles from one publication or feed ({@code source:}). */
    record Source(String name) implements QueryNode {
        public Source {
            Objects.requireNonNull(name);
        }

        @Override
        public String toString() {
            return "source(" + name + ")";
        }
    }

    /**
     * Articles published within an inclusive range of days, either end open ({@code from:}, {@code to:}).
     *
     * @param from the first day, or {@code null}
     * @param to   the last day, or {@code null}
     */
    record Published(LocalDate from, LocalDate to) implements QueryNode {
        @Override
        public String toString() {
            return "published(" + (from == null ? "*" : from) + ".." + (to == null ? "*" : to) + ")";
        }
    }

    /** Articles in a given state ({@code is:bookmarked}, {@code is:unread}, {@code is:read}). */
    record State(ArticleState state) implements QueryNode {
        public State {
            Objects.requireNonNull(state);
        }

        @Override
        public String toString() {
            return "is(" + state.name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
    }

    /** The kinds of entity a query can name. */
    enum EntityKind { PLACE, PERSON }

    /** The states a query can ask for. */
    enum ArticleState { BOOKMARKED, UNREAD, READ }
}
