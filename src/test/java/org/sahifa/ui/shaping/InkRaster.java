package org.sahifa.ui.shaping;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A grey-level picture of drawn text as ink coverage: 0 is background, 1 is full ink, whatever the colours were.
 *
 * @param width  columns
 * @param height rows
 * @param ink    coverage, row by row
 */
record InkRaster(int width, int height, float[] ink) {

    /** Ink at or above this counts as part of a glyph when cropping. */
    static final float CROP_INK = 0.2f;

    static final InkRaster EMPTY = new InkRaster(0, 0, new float[0]);

    /**
     * The region {@code x, y, w, h} of a picture given as ARGB pixels {@code argb} (row length {@code stride}),
     * with {@code background} and {@code foreground} the luminances of paper and text.
     */
    static InkRaster fromArgb(int[] argb, int stride, int x, int y, int w, int h, float background, float foreground) {
        float[] ink = new float[w * h];
        float range = Math.max(1f, background - foreground);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float v = (background - luminance(argb[(y + r) * stride + x + c])) / range;
                ink[r * w + c] = Math.max(0f, Math.min(1f, v));
            }
        }
        return new InkRaster(w, h, ink);
    }

    static float luminance(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return 0.2126f * r + 0.7152f * g + 0.0722f * b;
    }

    static int[] argb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    float at(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0f : ink[y * width + x];
    }

    boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** The smallest rectangle holding every pixel with ink {@link #CROP_INK} or more, or {@link #EMPTY}. */
    InkRaster cropToInk() {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y * width + x] >= CROP_INK) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return EMPTY;
        }
        return region(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    InkRaster region(int x, int y, int w, int h) {
        float[] out = new float[w * h];
        for (int r = 0; r < h; r++) {
            System.arraycopy(ink, (y + r) * width + x, out, r * w, w);
        }
        return new InkRaster(w, h, out);
    }

    /** Total ink, in pixels of full coverage. */
    double mass() {
        double sum = 0;
        for (float v : ink) {
            sum += v;
        }
        return sum;
    }

    /** As a black-on-white picture. */
    BufferedImage toImage() {
        BufferedImage out = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int g = Math.round(255 * (1 - ink[y * width + x]));
                out.setRGB(x, y, (g << 16) | (g << 8) | g);
            }
        }
        return out;
    }

    static InkRaster read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException(png + ": not a picture");
        }
        return fromArgb(argb(image), image.getWidth(), 0, 0, image.getWidth(), image.getHeight(), 255f, 0f);
    }
}
