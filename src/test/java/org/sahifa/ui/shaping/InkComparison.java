package org.sahifa.ui.shaping;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Compares two drawings of the same text after cropping each to its ink and aligning them: a stroke pixel (half
 * ink or more) of one with no ink within one pixel in the other is a difference, and so is an ink box two pixels
 * wider or taller than the other. Anti-aliasing, gamma and hinting move edges by a pixel at most and leave no such
 * pixel; a lost letter, a lost dot or a glyph in the wrong place does, and so does a separate piece of ink (a
 * mark, faint at small sizes) with no ink near it in the other. Small text is compared a second time at a finer
 * output scale (the same layout drawn twice as large, as on a HiDPI screen): at 12 px a narrow letter left out next
 * to a tall one (ل of ال) is within the one-pixel tolerance of what remains, at twice the scale it is not.
 */
final class InkComparison {

    /** A pixel with at least this much ink is a stroke pixel. */
    static final float STROKE = 0.5f;
    /** A stroke pixel of one drawing is matched when the other has at least this much ink within one pixel. */
    static final float NEAR = 0.2f;

    /** The smallest separate piece of ink that counts when it is missing from the other drawing, in pixels. */
    static final int MIN_PIECE = 2;

    /**
     * Text drawn below this pixel size is compared a second time at {@link #FINE_SCALE}: there a narrow letter is
     * about as wide as the one-pixel tolerance (calibrated: docs/shaping.md).
     */
    static final double FINE_BELOW = 19;
    /** The finer output scale of small text, as on a HiDPI screen. */
    static final int FINE_SCALE = 2;

    /** Unmatched stroke pixels allowed, both ways together (calibrated: docs/shaping.md). */
    private final int maxUnmatched;
    /** Allowed difference of ink-box width or height, in pixels. */
    private final int maxBoxDelta;

    InkComparison(int maxUnmatched, int maxBoxDelta) {
        this.maxUnmatched = maxUnmatched;
        this.maxBoxDelta = maxBoxDelta;
    }

    /**
     * The calibrated measure: no stroke pixel of one drawing may lack ink within a pixel in the other, and the ink
     * boxes may differ by two pixels at most (see ShapingCalibrationUiTest and docs/shaping.md for the figures).
     */
    static InkComparison calibrated() {
        return new InkComparison(0, 2);
    }

    /**
     * What was found.
     *
     * @param match    whether the drawings agree
     * @param piece    the largest connected piece of unmatched stroke pixels
     * @param limit    the number of unmatched stroke pixels allowed
     * @param boxDelta the larger of the width and height differences of the ink boxes, in pixels
     * @param dx       horizontal shift applied to the first drawing
     * @param dy       vertical shift applied to the first drawing
     * @param reason   why not, or empty
     * @param unmatched  the unmatched stroke pixels, both ways together
     * @param massDelta  the relative difference of the total ink (reported, not judged: JavaFX's gamma differs)
     * @param lost       separate pieces of ink of one drawing with no ink near them in the other, both ways
     * @param scale      the output scale of the drawings this verdict is about
     */
    record Verdict(boolean match, int piece, double limit, int boxDelta, int dx, int dy, String reason,
                   int unmatched, double massDelta, int lost, int scale) {

        Verdict at(int outputScale) {
            return new Verdict(match, piece, limit, boxDelta, dx, dy,
                    outputScale == 1 || reason.isEmpty() ? reason : "at scale " + outputScale + ": " + reason,
                    unmatched, massDelta, lost, outputScale);
        }

        Verdict failing(String why) {
            return new Verdict(false, piece, limit, boxDelta, dx, dy, why, unmatched, massDelta, lost, scale);
        }
    }

    /** The output scales a text of {@code fontSize} pixels is compared at besides 1: {@link #FINE_SCALE} or none. */
    static int scaleFor(double fontSize) {
        return fontSize < FINE_BELOW ? FINE_SCALE : 1;
    }

    /**
     * Compares the two drawings of one text at scale 1 and, if they have one, at the finer scale: a mismatch at
     * either is a mismatch (the first found is returned). At the finer scale each side's ink box must also be the
     * scale-1 box enlarged, within the pixels lost to rounding: the same line layout, drawn finer.
     */
    Verdict compare(TextInk drawn, TextInk reference, double fontSize) {
        Verdict plain = compare(drawn.plain(), reference.plain(), fontSize).at(1);
        if (!plain.match() || drawn.fine() == null || reference.fine() == null) {
            return plain;
        }
        Verdict fine = compare(drawn.fine(), reference.fine(), fontSize * drawn.scale()).at(drawn.scale());
        for (TextInk side : List.of(drawn, reference)) {
            if (!sameLayout(side)) {
                return fine.failing(String.format(Locale.ROOT, "%s laid out differently at scale %d: %d×%d, at 1: %d×%d",
                        side == drawn ? "drawing" : "reference", side.scale(), side.fine().width(),
                        side.fine().height(), side.plain().width(), side.plain().height()));
            }
        }
        return fine;
    }

    /** Whether the finer drawing's ink box is the scale-1 box times the scale, give or take the rounded edges. */
    static boolean sameLayout(TextInk ink) {
        int slack = ink.scale() + 2;
        return Math.abs(ink.fine().width() - ink.scale() * ink.plain().width()) <= slack
                && Math.abs(ink.fine().height() - ink.scale() * ink.plain().height()) <= slack;
    }

    /** Compares the two drawings of one text: their ink boxes aligned, every stroke pixel must be matched. */
    Verdict compare(InkRaster drawn, InkRaster reference, double fontSize) {
        InkRaster a = drawn.cropToInk();
        InkRaster b = reference.cropToInk();
        double limit = maxUnmatched;
        if (a.isEmpty() || b.isEmpty()) {
            boolean both = a.isEmpty() && b.isEmpty();
            return new Verdict(both, 0, limit, 0, 0, 0, both ? "" : a.isEmpty() ? "nothing drawn" : "reference empty",
                    0, both ? 0 : 1, 0, 1);
        }
        int boxDelta = Math.max(Math.abs(a.width() - b.width()), Math.abs(a.height() - b.height()));
        // Align the centres of the ink boxes, then try small shifts for the least ink difference.
        int baseX = Math.round((b.width() - a.width()) / 2f);
        int baseY = Math.round((b.height() - a.height()) / 2f);
        int reach = 2 + (int) Math.round(fontSize / 24);
        int bestX = baseX;
        int bestY = baseY;
        double best = Double.MAX_VALUE;
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                double d = difference(a, b, baseX + dx, baseY + dy, best);
                if (d < best) {
                    best = d;
                    bestX = baseX + dx;
                    bestY = baseY + dy;
                }
            }
        }
        int[] ab = unmatched(a, b, bestX, bestY);
        int[] ba = unmatched(b, a, -bestX, -bestY);
        int piece = Math.max(ab[0], ba[0]);
        int total = ab[1] + ba[1];
        double massA = a.mass();
        double massB = b.mass();
        double massDelta = Math.abs(massA - massB) / Math.max(1e-9, Math.max(massA, massB));
        int lost = lostPieces(a, b, bestX, bestY) + lostPieces(b, a, -bestX, -bestY);
        String reason = "";
        if (total > maxUnmatched) {
            reason = total + " stroke pixels drawn in one and not the other, the largest piece " + piece + " px";
        } else if (lost > 0) {
            reason = lost + " separate pieces of ink drawn in one and not the other";
        } else if (boxDelta > maxBoxDelta) {
            reason = "ink box " + a.width() + "×" + a.height() + " against " + b.width() + "×" + b.height();
        }
        return new Verdict(reason.isEmpty(), piece, limit, boxDelta, bestX, bestY, reason, total, massDelta, lost, 1);
    }

    /**
     * The separate pieces of ink (8-connected pixels of ink {@link #NEAR} or more, at least {@link #MIN_PIECE}
     * pixels) of {@code a}, placed at {@code (ox, oy)} in {@code b}'s coordinates, none of whose pixels has ink in
     * {@code b} within one pixel: a mark that stands apart but is too faint for a stroke pixel (small sizes).
     */
    static int lostPieces(InkRaster a, InkRaster b, int ox, int oy) {
        int w = a.width();
        int[] lost = {0};
        groups(w, a.height(), p -> a.ink()[p] >= NEAR, (pixels, size) -> {
            for (int i = 0; i < size; i++) {
                if (inkNear(b, pixels[i] % w + ox, pixels[i] / w + oy)) {
                    return;
                }
            }
            if (size >= MIN_PIECE) {
                lost[0]++;
            }
        });
        return lost[0];
    }

    /** Sum of absolute ink differences with {@code a} placed at {@code (ox, oy)} in {@code b}'s coordinates. */
    private static double difference(InkRaster a, InkRaster b, int ox, int oy, double stopAbove) {
        double sum = 0;
        int minX = Math.min(ox, 0);
        int minY = Math.min(oy, 0);
        int maxX = Math.max(ox + a.width(), b.width());
        int maxY = Math.max(oy + a.height(), b.height());
        for (int y = minY; y < maxY; y++) {
            for (int x = minX; x < maxX; x++) {
                sum += Math.abs(a.at(x - ox, y - oy) - b.at(x, y));
            }
            if (sum >= stopAbove) {
                return sum;
            }
        }
        return sum;
    }

    /**
     * The largest 8-connected set, and the number, of stroke pixels of {@code a} (placed at {@code (ox, oy)} in {@code b}'s
     * coordinates) with no ink in {@code b} within one pixel.
     */
    static int[] unmatched(InkRaster a, InkRaster b, int ox, int oy) {
        int w = a.width();
        int[] largestAndTotal = {0, 0};
        groups(w, a.height(), p -> a.ink()[p] >= STROKE && !inkNear(b, p % w + ox, p / w + oy), (pixels, size) -> {
            largestAndTotal[0] = Math.max(largestAndTotal[0], size);
            largestAndTotal[1] += size;
        });
        return largestAndTotal;
    }

    /** Receives one 8-connected group: its pixel indices are the first {@code size} entries of {@code pixels}. */
    private interface Group {
        void accept(int[] pixels, int size);
    }

    /** Hands every 8-connected group of the pixels of a {@code w}×{@code h} picture that are members to {@code group}. */
    private static void groups(int w, int h, IntPredicate member, Group group) {
        boolean[] seen = new boolean[w * h];
        int[] pixels = new int[w * h];
        for (int start = 0; start < w * h; start++) {
            if (seen[start] || !member.test(start)) {
                continue;
            }
            int size = 0;
            int next = 0;
            pixels[size++] = start;
            seen[start] = true;
            while (next < size) {
                int p = pixels[next++];
                int px = p % w;
                int py = p / w;
                for (int ny = Math.max(0, py - 1); ny <= Math.min(h - 1, py + 1); ny++) {
                    for (int nx = Math.max(0, px - 1); nx <= Math.min(w - 1, px + 1); nx++) {
                        int q = ny * w + nx;
                        if (!seen[q] && member.test(q)) {
                            seen[q] = true;
                            pixels[size++] = q;
                        }
                    }
                }
            }
            group.accept(pixels, size);
        }
    }

    private static boolean inkNear(InkRaster b, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (b.at(x + dx, y + dy) >= NEAR) {
                    return true;
                }
            }
        }
        return false;
    }
}
