package org.sahifa.ui.shaping;

import javafx.scene.text.Text;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.document.ArticleDocument;
import org.sahifa.ui.document.Block;
import org.sahifa.ui.document.Direction;
import org.sahifa.ui.layout.ArticleTextView;
import org.sahifa.ui.layout.TextRange;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reader: each text is a block of its own kind (a paragraph, or a title in bold) of an article shown by
 * {@link ArticleTextView} at the reader's text size, exactly as the reader lays it out and draws it.
 */
final class ReaderPath implements TextPath {

    private final ArticleTextView view;
    private final Block.Kind kind;
    private final double readingSize;

    ReaderPath(ArticleTextView view, Block.Kind kind, double readingSize) {
        this.view = view;
        this.kind = kind;
        this.readingSize = readingSize;
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "reader %s, text size %.0f (%s %.0f px)", kind.name().toLowerCase(Locale.ROOT),
                readingSize, bold() ? "bold" : "regular", pixelSize());
    }

    @Override
    public double pixelSize() {
        return switch (kind) {
            case TITLE -> Math.round(readingSize * 1.45);
            case HEADING -> Math.round(readingSize * 1.2);
            case META -> Math.round(readingSize * 0.8);
            default -> readingSize;
        };
    }

    @Override
    public boolean bold() {
        return kind == Block.Kind.TITLE || kind == Block.Kind.HEADING;
    }

    @Override
    public List<TextInk> draw(List<String> texts, int scale) throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (String t : texts) {
            blocks.add(Block.Text.of(kind, t, Direction.RTL));
        }
        ArticleDocument doc = new ArticleDocument(blocks);
        return WaitForAsyncUtils.asyncFx(() -> {
            view.fontSizeProperty().set(readingSize);
            view.setDocument(doc);
            List<TextInk> bands = FxDrawing.bands(view, view::lineNodes, scale);
            List<Text> lines = view.lineNodes();
            List<TextRange> ranges = view.lineRanges();
            // One picture per text; a text the reader broke into several lines (a long title) has none.
            List<TextInk> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                out.add(null);
            }
            int[] linesOf = new int[texts.size()];
            for (int i = 0; i < lines.size(); i++) {
                Text line = lines.get(i);
                if (!line.getFont().getFamily().equals(AppFonts.FAMILY)) {
                    throw new IllegalStateException("line «" + line.getText() + "» drawn in " + line.getFont());
                }
                int block = ranges.get(i).block();
                linesOf[block]++;
                out.set(block, linesOf[block] == 1 ? bands.get(i).withRuns(GlyphRun.of(line)) : null);
            }
            for (int i = 0; i < texts.size(); i++) {
                if (linesOf[i] == 0) {
                    throw new IllegalStateException("the reader drew no line for «" + texts.get(i) + "»");
                }
            }
            return out;
        }).get();
    }
}
