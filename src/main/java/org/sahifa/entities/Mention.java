package org.sahifa.entities;

/**
 * One recognised name in a text.
 *
 * @param type   what the name refers to
 * @param start  UTF-16 offset of the first character in the original text
 * @param end    UTF-16 offset just after the last character in the original text
 * @param text   the text between {@code start} and {@code end}, exactly as written (clitics included, e.g. لروسيا)
 * @param spelling the name as written, without attached clitics and diacritics (لروسيا → روسيا; كاراباخ)
 * @param entity the canonical name of the entity it refers to (كاراباخ → ناغورني قره باغ), never {@code null}
 */
public record Mention(EntityType type, int start, int end, String text, String spelling, String entity) {

    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
