package org.sahifa.search;

/**
 * A marked span of text: the chars {@code [start, end)} matched the query.
 *
 * @param start first char (UTF-16 index)
 * @param end   one past the last char
 */
public record Mark(int start, int end) {

    public Mark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad mark [" + start + ", " + end + ")");
        }
    }
}
