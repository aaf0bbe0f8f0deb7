package org.sahifa.ui.shaping;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the check's results as Markdown with one picture per mismatch (Sahifa's drawing, HarfBuzz's, and the
 * two overlaid: red where only Sahifa drew ink, blue where only HarfBuzz did).
 */
final class ShapingReport {

    /** At most this many pictures per path; the table still counts every mismatch. */
    static final int MAX_PICTURES = 150;

    private ShapingReport() {
    }

    static Path write(Path dir, String title, List<ShapingCheck.Result> results) throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        md.append("| font | path | texts | mismatches | by set | seconds | not checked (wrapped) |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (ShapingCheck.Result r : results) {
            Map<String, Integer> bySet = new TreeMap<>();
            r.mismatches().forEach(m -> bySet.merge(m.item().set(), 1, Integer::sum));
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %.1f | %d |%n", r.font(), r.path(),
                    r.checked(), r.mismatches().size(), bySet.isEmpty() ? "" : bySet.toString(), r.millis() / 1000.0,
                    r.wrapped().size()));
        }
        int n = 0;
        for (ShapingCheck.Result r : results) {
            if (r.mismatches().isEmpty()) {
                continue;
            }
            md.append("\n## ").append(r.font()).append(": ").append(r.path()).append("\n\n");
            int shown = 0;
            for (ShapingCheck.Mismatch m : r.mismatches()) {
                if (shown++ >= MAX_PICTURES) {
                    md.append("\n(").append(r.mismatches().size() - MAX_PICTURES).append(" more not pictured)\n");
                    break;
                }
                String file = String.format(Locale.ROOT, "mismatch-%05d.png", n++);
                ImageIO.write(sideBySide(m.drawn(), m.reference(), m.verdict()), "png", dir.resolve(file).toFile());
                md.append("- ").append(m.item().set()).append(": «").append(m.item().text()).append("» — ")
                        .append(m.verdict().reason()).append(" ![](").append(file).append(")\n");
            }
        }
        Path out = dir.resolve("report.md");
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        return out;
    }

    static BufferedImage sideBySide(InkRaster drawn, InkRaster reference, InkComparison.Verdict v) {
        int gap = 12;
        int w = Math.max(1, drawn.width()) + Math.max(1, reference.width()) + Math.max(drawn.width(), reference.width())
                + 4 * gap + Math.abs(v.dx());
        int h = Math.max(drawn.height(), reference.height()) + 2 * gap + Math.abs(v.dy());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, 0xffffff);
            }
        }
        paint(out, drawn, gap, gap, 0x000000);
        int x2 = 2 * gap + Math.max(1, drawn.width());
        paint(out, reference, x2, gap, 0x000000);
        int x3 = x2 + Math.max(1, reference.width()) + gap;
        int oy = gap + Math.max(0, -v.dy());
        int ox = x3 + Math.max(0, -v.dx());
        for (int y = 0; y < Math.max(drawn.height() + v.dy(), reference.height()) + 1; y++) {
            for (int x = 0; x < Math.max(drawn.width() + v.dx(), reference.width()) + 1; x++) {
                float a = drawn.at(x - v.dx(), y - v.dy());
                float b = reference.at(x, y);
                int red = Math.round(255 * (1 - b));
                int blue = Math.round(255 * (1 - a));
                int green = Math.round(255 * (1 - Math.max(a, b)));
                int px = ox + x;
                int py = oy + y;
                if (px < w && py < h && px >= 0 && py >= 0) {
                    out.setRGB(px, py, (red << 16) | (green << 8) | blue);
                }
            }
        }
        return out;
    }

    private static void paint(BufferedImage out, InkRaster r, int x0, int y0, int color) {
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                int g = Math.round(255 * (1 - r.at(x, y)));
                if (x0 + x < out.getWidth() && y0 + y < out.getHeight()) {
                    out.setRGB(x0 + x, y0 + y, (g << 16) | (g << 8) | g | color);
                }
            }
        }
    }
}
