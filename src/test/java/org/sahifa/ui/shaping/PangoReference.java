package org.sahifa.ui.shaping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The reference: the same lines drawn by HarfBuzz (through {@code pango-view}, which adds the bidi algorithm of
 * mixed lines) in the same font files at the same pixel size. Pango sees only the fonts under test (a private
 * fontconfig file), so a character the font lacks shows as a box instead of falling back silently. Many lines go
 * into one call, one line per text, spaced a font size apart, and the picture is cut back into lines, each cropped to its ink.
 */
final class PangoReference {

    private static final int MARGIN = 8;

    private final Path fontConfig;
    private final String family;

    /**
     * @param workDir   where the private fontconfig setup goes
     * @param family    the family name inside the font files
     * @param fontFiles the regular and bold files of that family
     */
    PangoReference(Path workDir, String family, List<Path> fontFiles) throws IOException {
        this.family = family;
        Path fonts = Files.createDirectories(workDir.resolve("fonts"));
        for (Path f : fontFiles) {
            Files.copy(f, fonts.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path cache = Files.createDirectories(workDir.resolve("cache"));
        fontConfig = workDir.resolve("fonts.conf");
        Files.writeString(fontConfig, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig><dir>" + fonts.toAbsolutePath() + "</dir><cachedir>" + cache.toAbsolutePath()
                + "</cachedir></fontconfig>\n", StandardCharsets.UTF_8);
    }

    /** Whether {@code pango-view} can be run on this machine. */
    static boolean available() {
        return ExternalTool.available("pango-view");
    }

    /**
     * Each of {@code lines} at scale 1 and, when {@code scale} is above 1, also at that output scale: the pixel size
     * times {@code scale}, which is what pango-view draws at a {@code scale} times higher {@code --dpi} (a HiDPI
     * screen); without hinting HarfBuzz's positions scale with the size, so the layout is the same.
     */
    List<TextInk> render(List<String> lines, boolean bold, double size, int scale, Path scratch, boolean hinted) {
        String hinting = hinted ? "full" : "none";
        List<InkRaster> plain = render(lines, bold, size, true, scratch, hinting);
        if (scale == 1) {
            return plain.stream().map(TextInk::plainOnly).toList();
        }
        Path fineScratch = scratch.resolveSibling(scratch.getFileName() + "-x" + scale + ".png");
        List<InkRaster> fine = render(lines, bold, size * scale, true, fineScratch, hinting);
        List<TextInk> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(new TextInk(plain.get(i), fine.get(i), scale));
        }
        return out;
    }

    /** Each of {@code lines} drawn alone, in the same order; one call to pango-view. */
    private List<InkRaster> render(List<String> lines, boolean bold, double size, boolean rtl, Path scratch,
                                   String hinting) {
        if (lines.isEmpty()) {
            return List.of();
        }
        for (String line : lines) {
            if (line.isBlank() || line.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a reference line must be one non-blank line: «" + line + "»");
            }
        }
        int spacing = (int) Math.ceil(size);
        try {
            Path text = scratch.resolveSibling(scratch.getFileName() + ".txt");
            Files.writeString(text, String.join("\n", lines), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("pango-view", "-q", "--pixels",
                    "--font=" + family + (bold ? " Bold " : " ") + String.format(Locale.ROOT, "%.2f", size),
                    "--hinting=" + hinting, "--hint-metrics=off", "--antialias=gray", "--subpixel-positions",
                    "--margin=" + MARGIN, "--spacing=" + spacing,
                    "--background=#ffffff", "--foreground=#000000", "-o", scratch.toString()));
            if (rtl) {
                // Pango mirrors the alignment of right-to-left lines: "right" puts each one at the left margin, a
                // whole pixel, as the reader starts its lines (cairo rounds each glyph's position to a pixel, so
                // the start's fraction would decide which glyphs of a word round apart).
                command.addAll(List.of("--rtl", "--align=right"));
            }
            command.add(text.toString());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("FONTCONFIG_FILE", fontConfig.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("pango-view failed on " + text + ": " + out);
            }
            InkRaster all = InkRaster.read(scratch);
            return split(all, lines.size(), spacing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Cuts a picture of {@code n} lines, {@code spacing} apart, into one band per line. */
    static List<InkRaster> split(InkRaster all, int n, int spacing) {
        double lineHeight = (all.height() - 2.0 * MARGIN - (n - 1.0) * spacing) / n;
        if (lineHeight <= 0) {
            throw new IllegalStateException("pango-view drew " + all.height() + " rows for " + n + " lines");
        }
        List<InkRaster> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double top = MARGIN + i * (lineHeight + spacing);
            int from = (int) Math.max(0, Math.floor(top - spacing / 2.0));
            int to = (int) Math.min(all.height(), Math.ceil(top + lineHeight + spacing / 2.0));
            out.add(all.region(0, from, all.width(), to - from).cropToInk());
        }
        return out;
    }
}
