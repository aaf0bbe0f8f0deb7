package org.sahifa.ui.shaping;

import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain non-wrapping JavaFX {@link Text} per row in a given family: the node every reader line and every
 * label draws with, used to judge candidate fonts before one is bundled.
 */
final class PlainTextPath implements TextPath {

    private final VBox holder;
    private final String family;
    private final boolean bold;
    private final double size;

    PlainTextPath(VBox holder, String family, boolean bold, double size) {
        this.holder = holder;
        this.family = family;
        this.bold = bold;
        this.size = size;
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "Text %s %.0f px", bold ? "bold" : "regular", size);
    }

    @Override
    public double pixelSize() {
        return size;
    }

    @Override
    public boolean bold() {
        return bold;
    }

    @Override
    public List<TextInk> draw(List<String> texts, int scale) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Font font = Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
            if (!font.getFamily().equals(family)) {
                throw new IllegalStateException("JavaFX has no family " + family + " (got " + font + ")");
            }
            List<Text> rows = new ArrayList<>();
            for (String t : texts) {
                Text text = new Text(t);
                text.setFont(font);
                rows.add(text);
            }
            holder.setSpacing(size);
            holder.getChildren().setAll(rows);
            List<TextInk> bands = FxDrawing.bands(holder, () -> rows, scale);
            List<TextInk> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                out.add(bands.get(i).withRuns(GlyphRun.of(rows.get(i))));
            }
            return out;
        }).get();
    }
}
