package org.sahifa.search;

/**
 * A completion offered while typing.
 *
 * @param text     the word or name as it is usually spelled in the library
 * @param kind     a name (place or person) or a frequent word
 * @param articles in how many articles it appears (for names: under any spelling)
 */
public record Suggestion(String text, Kind kind, long articles) {

    /** What a suggestion is. */
    public enum Kind { PLACE, PERSON, NAME, WORD }
}
