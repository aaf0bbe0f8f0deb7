package org.sahifa.library;

import java.util.Locale;

/** A short passage of a text around the first occurrence of a phrase, cut at word boundaries. */
final class Snippets {

    private Snippets() {
    }

    static String around(String text, String phrase, int length) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String flat = text.replace("\n\n", " ¶ ").replace('\n', ' ');
        int at = flat.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
        int start = at < 0 ? 0 : Math.max(0, at - length / 3);
        int end = Math.min(flat.length(), start + length);
        while (start > 0 && !Character.isWhitespace(flat.charAt(start - 1))) {
            start--;
        }
        while (end < flat.length() && !Character.isWhitespace(flat.charAt(end))) {
            end++;
        }
        String s = flat.substring(start, end).strip();
        return (start > 0 ? "…" : "") + s + (end < flat.length() ? "…" : "");
    }
}
