package org.sahifa.ui.layout;

/**
 * A range of characters in one text block of the document: block index among the text blocks, and
 * {@code [start, end)} within that block's text.
 */
public record TextRange(int block, int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (block < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + block + ":" + start + ".." + end);
        }
    }

    @Override
    public int compareTo(TextRange o) {
        int c = Integer.compare(block, o.block);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
