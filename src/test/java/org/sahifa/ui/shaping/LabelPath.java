package org.sahifa.ui.shaping;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.settings.SettingsModel;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The controls: each text is a {@link Label} in a scene root decorated by {@link SceneFactory}, so family and size
 * come from the same style binding as every list row, chip and button of the app; bold as the unread list titles.
 */
final class LabelPath implements TextPath {

    private final VBox holder;
    private final SettingsModel settings;
    private final boolean bold;
    private final double interfaceSize;

    /** {@code holder} sits in a root decorated by a SceneFactory over {@code settings}. */
    LabelPath(VBox holder, SettingsModel settings, boolean bold, double interfaceSize) {
        this.holder = holder;
        this.settings = settings;
        this.bold = bold;
        this.interfaceSize = interfaceSize;
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "labels, interface size %.0f (%s %.0f px)", interfaceSize,
                bold ? "bold" : "regular", pixelSize());
    }

    @Override
    public double pixelSize() {
        return interfaceSize;
    }

    @Override
    public boolean bold() {
        return bold;
    }

    @Override
    public List<TextInk> draw(List<String> texts, int scale) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            settings.interfaceSizeProperty().set(interfaceSize);
            List<Label> labels = new ArrayList<>();
            for (String t : texts) {
                Label label = new Label(t);
                label.setMinWidth(Region.USE_PREF_SIZE);
                if (bold) {
                    label.setStyle("-fx-font-weight: bold;");
                }
                labels.add(label);
            }
            holder.setSpacing(pixelSize());
            holder.getChildren().setAll(labels);
            List<TextInk> bands = FxDrawing.bands(holder, () -> labels, scale);
            for (Label label : labels) {
                if (!label.getFont().getFamily().equals(AppFonts.FAMILY)
                        || Math.abs(label.getFont().getSize() - pixelSize()) > 0.01) {
                    throw new IllegalStateException("label «" + label.getText() + "» drawn in " + label.getFont());
                }
            }
            List<TextInk> out = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                // The label's skin draws its text with a Text node of style class "text".
                if (!(labels.get(i).lookup(".text") instanceof Text text)) {
                    throw new IllegalStateException("label «" + labels.get(i).getText() + "» has no Text node");
                }
                out.add(bands.get(i).withRuns(GlyphRun.of(text)));
            }
            return out;
        }).get();
    }
}
