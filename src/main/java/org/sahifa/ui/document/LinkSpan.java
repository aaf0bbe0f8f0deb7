package org.sahifa.ui.document;

/**
 * A link inside a block's text: characters {@code [start, end)} point to {@code url} (http, https or mailto only).
 */
public record LinkSpan(int start, int end, String url) {

    public LinkSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad link span " + start + ".." + end);
        }
    }
}
