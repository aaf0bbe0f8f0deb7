package org.sahifa.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes what a scene or node shows to a PNG file (screenshots for the user guide, visual checks in tests). */
public final class Snapshots {

    private Snapshots() {
    }

    /** Snapshots {@code scene} (on the JavaFX thread) into {@code file}. */
    public static void write(Scene scene, Path file) throws IOException {
        write(scene.snapshot(null), file);
    }

    /** Snapshots {@code node} (on the JavaFX thread) into {@code file}. */
    public static void write(Node node, Path file) throws IOException {
        write(node.snapshot(null, null), file);
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(out, "png", file.toFile());
    }
}
