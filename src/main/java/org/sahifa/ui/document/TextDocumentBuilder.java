package org.sahifa.ui.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a document from a plain body: paragraphs are separated by blank lines; a single line break also starts a
 * new paragraph, because news text (and the reference article) puts one paragraph on each line.
 */
public final class TextDocumentBuilder {

    private TextDocumentBuilder() {
    }

    /** The document of {@code bodyText}; paragraphs without a strong character take {@code fallback}. */
    public static ArticleDocument build(String bodyText, Direction fallback) {
        List<Block> blocks = new ArrayList<>();
        if (bodyText != null) {
            for (String line : bodyText.split("\\R")) {
                String text = Whitespace.collapse(line);
                if (!text.isEmpty()) {
                    blocks.add(Block.Text.of(Block.Kind.PARAGRAPH, text, fallback));
                }
            }
        }
        return new ArticleDocument(blocks);
    }
}
