package org.sahifa.search.query;

/**
 * One lexical token of a query.
 *
 * @param type  what kind of token
 * @param text  the word, the phrase's content, or a field's value
 * @param field for {@link Type#FIELD}, the canonical field name ({@code place}, {@code source}, ...)
 * @param raw   the token as typed, used when a malformed filter degrades to a word
 */
record QueryToken(Type type, String text, String field, String raw) {

    enum Type { WORD, PHRASE, FIELD, OR, NOT, OPEN, CLOSE }

    static QueryToken of(Type type, String raw) {
        return new QueryToken(type, raw, null, raw);
    }
}
