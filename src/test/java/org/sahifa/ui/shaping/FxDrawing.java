package org.sahifa.ui.shaping;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Cuts a snapshot of a node holding one text per row into one ink picture per row (JavaFX thread only). */
final class FxDrawing {

    private FxDrawing() {
    }

    /**
     * Snapshots {@code container} and returns, for each row (in order, all inside the container, as listed by
     * {@code rowsAfterLayout} once the snapshot has laid the container out), the band from half-way to the row
     * above to half-way to the row below, cropped to its ink; with {@code scale} above 1, the same layout is
     * snapshot a second time at that output scale (glyphs drawn from outlines at the larger size, as on a HiDPI
     * screen) and each text gets both drawings.
     */
    static List<TextInk> bands(Node container, Supplier<List<? extends Node>> rowsAfterLayout, int scale) {
        List<InkRaster> plain = snapshotBands(container, rowsAfterLayout, 1);
        if (scale == 1) {
            return plain.stream().map(TextInk::plainOnly).toList();
        }
        List<InkRaster> fine = snapshotBands(container, rowsAfterLayout, scale);
        List<TextInk> out = new ArrayList<>(plain.size());
        for (int i = 0; i < plain.size(); i++) {
            out.add(new TextInk(plain.get(i), fine.get(i), scale));
        }
        return out;
    }

    private static List<InkRaster> snapshotBands(Node container, Supplier<List<? extends Node>> rowsAfterLayout,
                                                 int scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        boolean mirrored = container.getParent() != null
                && container.getParent().getLocalToSceneTransform().getMxx() < 0;
        // A snapshot applies the node's own transform only; the right-to-left mirroring of the ancestors that the
        // window shows must be added to see what the user sees.
        params.setTransform(new Scale(mirrored ? -scale : scale, scale));
        WritableImage image = container.snapshot(params, null);
        // The snapshot ran the CSS and layout pass: the rows are where they were drawn only now.
        List<? extends Node> rows = rowsAfterLayout.get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        float background = InkRaster.luminance(mode(argb));
        float foreground = 255f;
        for (int p : argb) {
            foreground = Math.min(foreground, InkRaster.luminance(p));
        }
        Bounds box = container.getBoundsInLocal();
        List<double[]> spans = new ArrayList<>();
        for (Node row : rows) {
            Bounds b = container.sceneToLocal(row.localToScene(row.getBoundsInLocal()));
            spans.add(new double[] {scale * (b.getMinY() - box.getMinY()), scale * (b.getMaxY() - box.getMinY())});
        }
        List<InkRaster> out = new ArrayList<>(rows.size());
        for (int i = 0; i < spans.size(); i++) {
            double top = i == 0 ? 0 : (spans.get(i - 1)[1] + spans.get(i)[0]) / 2;
            double bottom = i == spans.size() - 1 ? h : (spans.get(i)[1] + spans.get(i + 1)[0]) / 2;
            int from = (int) Math.max(0, Math.floor(top));
            int to = (int) Math.min(h, Math.ceil(bottom));
            out.add(InkRaster.fromArgb(argb, w, 0, from, w, Math.max(0, to - from), background, foreground).cropToInk());
        }
        return out;
    }

    private static int mode(int[] argb) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < argb.length; i += 7) {
            counts.merge(argb[i], 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
