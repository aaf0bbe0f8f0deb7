package org.sahifa.ui.shaping;

import java.util.function.IntPredicate;

/**
 * Compares two drawings of the same text after cropping each to its ink and aligning them: a stroke pixel (half
 * ink or more) of one with no ink within one pixel in the other is a difference, and so is an ink box two pixels
 * wider or taller than the other. Anti-aliasing, gamma and hinting move edges by a pixel at most and leave no such
 * pixel; a lost letter, a lost dot or a glyph in the wrong place does, and so does a separate piece of ink (a
 * mark, faint at small sizes) with no ink near it in the other. Last, the share of the ink left of each column
 * must agree within a few columns: a small letter left out next to a tall one (ل of ال at 12 px) leaves no stroke
 * pixel unmatched but takes its ink from one place.
 */
final class InkComparison {

    /** A pixel with at least this much ink is a stroke pixel. */
    static final float STROKE = 0.5f;
    /** A stroke pixel of one drawing is matched when the other has at least this much ink within one pixel. */
    static final float NEAR = 0.2f;

    /** The smallest separate piece of ink that counts when it is missing from the other drawing, in pixels. */
    static final int MIN_PIECE = 2;

    /**
     * The largest share of the ink that may lie further left in one drawing than in the other, beyond
     * {@link #columnSlack} columns (calibrated: docs/shaping.md). A letter left out of a word takes its share of the
     * ink with it even where what remains lies within a pixel of the other drawing's ink (ل of ال at 12 px).
     */
    static final double MAX_COLUMN_SHIFT = 0.045;

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
     * @param columnShift the {@link #columnDistance} of the two drawings
     */
    record Verdict(boolean match, int piece, double limit, int boxDelta, int dx, int dy, String reason,
                   int unmatched, double massDelta, int lost, double columnShift) {
    }

    /** Compares the two drawings of one text: their ink boxes aligned, every stroke pixel must be matched. */
    Verdict compare(InkRaster drawn, InkRaster reference, double fontSize) {
        InkRaster a = drawn.cropToInk();
        InkRaster b = reference.cropToInk();
        double limit = maxUnmatched;
        if (a.isEmpty() || b.isEmpty()) {
            boolean both = a.isEmpty() && b.isEmpty();
            return new Verdict(both, 0, limit, 0, 0, 0, both ? "" : a.isEmpty() ? "nothing drawn" : "reference empty",
                    0, both ? 0 : 1, 0, 0);
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
        double columnShift = columnDistance(a, b, columnSlack(fontSize));
        String reason = "";
        if (total > maxUnmatched) {
            reason = total + " stroke pixels drawn in one and not the other, the largest piece " + piece + " px";
        } else if (lost > 0) {
            reason = lost + " separate pieces of ink drawn in one and not the other";
        } else if (columnShift > MAX_COLUMN_SHIFT) {
            reason = String.format(java.util.Locale.ROOT, "%.0f %% of the ink lies more than %d columns apart",
                    100 * columnShift, columnSlack(fontSize));
        } else if (boxDelta > maxBoxDelta) {
            reason = "ink box " + a.width() + "×" + a.height() + " against " + b.width() + "×" + b.height();
        }
        return new Verdict(reason.isEmpty(), piece, limit, boxDelta, bestX, bestY, reason, total, massDelta, lost,
                columnShift);
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

    /**
     * How far apart the two drawings' shares of ink lie from left to right: the largest gap between the share of
     * one drawing's ink left of a column and the other's, allowing the other {@code slack} columns either way.
     */
    static double columnDistance(InkRaster a, InkRaster b, int slack) {
        double[] ca = cumulativeColumns(a);
        double[] cb = cumulativeColumns(b);
        double d = 0;
        for (int x = 0; x < Math.max(ca.length, cb.length); x++) {
            d = Math.max(d, share(ca, x) - share(cb, x + slack));
            d = Math.max(d, share(cb, x) - share(ca, x + slack));
        }
        return d;
    }

    /** Columns a letter's ink may move either way before it counts: two at 12 px, in proportion above. */
    static int columnSlack(double fontSize) {
        return Math.max(2, (int) Math.round(fontSize / 6));
    }

    private static double share(double[] c, int x) {
        return x < 0 ? 0 : x >= c.length ? 1 : c[x];
    }

    /** The share of the ink in the columns left of each column boundary (index 0: none). */
    private static double[] cumulativeColumns(InkRaster a) {
        double[] c = new double[a.width() + 1];
        for (int x = 0; x < a.width(); x++) {
            double col = 0;
            for (int y = 0; y < a.height(); y++) {
                col += a.at(x, y);
            }
            c[x + 1] = c[x] + col;
        }
        double total = Math.max(1e-9, c[a.width()]);
        for (int x = 0; x <= a.width(); x++) {
            c[x] /= total;
        }
        return c;
    }

    /**
     * Runs of adjacent columns whose longest vertical run of ink {@code ink} or more is at least {@code share} of the
     * drawing's longest such run (the tall strokes: alef, lam, kaf, ta).
     */
    static int ascenders(InkRaster a, float ink, double share) {
        int[] longest = new int[a.width()];
        int tallest = 0;
        for (int x = 0; x < a.width(); x++) {
            int run = 0;
            for (int y = 0; y < a.height(); y++) {
                run = a.at(x, y) >= ink ? run + 1 : 0;
                longest[x] = Math.max(longest[x], run);
            }
            tallest = Math.max(tallest, longest[x]);
        }
        int runs = 0;
        boolean previous = false;
        for (int x = 0; x < a.width(); x++) {
            boolean tall = longest[x] >= share * tallest;
            if (tall && !previous) {
                runs++;
            }
            previous = tall;
        }
        return runs;
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
