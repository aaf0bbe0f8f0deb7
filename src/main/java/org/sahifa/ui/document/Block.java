package org.sahifa.ui.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** One block of an article: a piece of text with a kind and a direction, or an image. */
public sealed interface Block permits Block.Text, Block.Image {

    /** What a text block is, which decides its font and indentation. */
    enum Kind { TITLE, META, HEADING, PARAGRAPH, QUOTE, LIST_ITEM }

    /**
     * A text block, laid out as lines by the reader.
     *
     * @param kind      heading, paragraph, quote or list item
     * @param text      the text, whitespace collapsed, no line breaks
     * @param direction the base direction of the paragraph
     * @param marker    the list marker ("•", "3.") for list items, otherwise {@code null}
     * @param depth     nesting depth of lists and quotes (0 at the top)
     * @param links     the links inside {@code text}
     */
    record Text(Kind kind, String text, Direction direction, String marker, int depth, List<LinkSpan> links)
            implements Block {
        public Text {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(text);
            Objects.requireNonNull(direction);
            links = List.copyOf(links);
            if (text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a block's text has no line breaks");
            }
        }

        /** A plain block with no marker, depth or links, its direction found from the text. */
        public static Text of(Kind kind, String text, Direction fallback) {
            return new Text(kind, text, Direction.of(text, fallback), null, 0, List.of());
        }
    }

    /**
     * An image that is already in the local cache; remote images are never loaded.
     *
     * @param file the cached file
     * @param alt  its description, or an empty string
     */
    record Image(Path file, String alt) implements Block {
        public Image {
            Objects.requireNonNull(file);
            alt = alt == null ? "" : alt;
        }
    }
}
