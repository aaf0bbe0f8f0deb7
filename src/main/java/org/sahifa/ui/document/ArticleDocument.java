package org.sahifa.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** An article ready to lay out: its blocks in reading order. */
public record ArticleDocument(List<Block> blocks) {

    public ArticleDocument {
        blocks = List.copyOf(blocks);
    }

    /** The text blocks only, in order. */
    public List<Block.Text> textBlocks() {
        List<Block.Text> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Text t) {
                out.add(t);
            }
        }
        return out;
    }

    /** The whole text, blocks separated by a blank line: what "copy article" puts on the clipboard. */
    public String plainText() {
        return textBlocks().stream().map(Block.Text::text).collect(Collectors.joining("\n\n"));
    }

    /** A copy with a line of metadata (source, date) after the title, or first when there is no title. */
    public ArticleDocument withMeta(String meta, Direction fallback) {
        if (meta == null || meta.isBlank()) {
            return this;
        }
        List<Block> all = new ArrayList<>(blocks);
        int at = !all.isEmpty() && all.get(0) instanceof Block.Text t && t.kind() == Block.Kind.TITLE ? 1 : 0;
        all.add(at, Block.Text.of(Block.Kind.META, Whitespace.collapse(meta), fallback));
        return new ArticleDocument(all);
    }

    /** A copy with {@code title} as a first block. */
    public ArticleDocument withTitle(String title, Direction fallback) {
        if (title == null || title.isBlank()) {
            return this;
        }
        List<Block> all = new ArrayList<>();
        all.add(Block.Text.of(Block.Kind.TITLE, Whitespace.collapse(title), fallback));
        all.addAll(blocks);
        return new ArticleDocument(all);
    }
}
