package org.sahifa.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-body convention of {@link org.sahifa.store.ArticleDraft}: paragraphs separated by one blank line, each
 * paragraph's lines and spaces kept, leading/trailing whitespace of each paragraph removed, Windows line ends
 * folded. Single line breaks inside a paragraph become paragraph breaks too (news dumps use one per paragraph).
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static String normalise(String text) {
        return join(split(text));
    }

    /** The non-blank lines of {@code text}, stripped. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    public static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
