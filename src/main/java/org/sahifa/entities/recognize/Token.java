package org.sahifa.entities.recognize;

/**
 * A token of the original text.
 *
 * @param start UTF-16 offset of its first character
 * @param end   UTF-16 offset after its last character
 * @param fold  its {@link NameFold folded} form (empty when it folds to nothing)
 * @param word  true for a run of letters/digits, false for a single punctuation or symbol character
 * @param lineStart true when a line break (or the text start) comes before it
 */
public record Token(int start, int end, String fold, boolean word, boolean lineStart) {
}
