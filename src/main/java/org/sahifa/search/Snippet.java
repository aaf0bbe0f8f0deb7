package org.sahifa.search;

import java.util.List;

/**
 * A passage of an article's original text with the matched words marked. The UI and the command line render
 * the marks themselves ({@link #render}); the text is never HTML.
 *
 * @param text  the passage, with "…" where it was cut from a longer text
 * @param marks the matched spans in {@code text}, sorted, not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** The text with each mark wrapped in {@code open} and {@code close}, e.g. «…» or [[…]]. */
    public String render(String open, String close) {
        StringBuilder sb = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int at = 0;
        for (Mark m : marks) {
            sb.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}
