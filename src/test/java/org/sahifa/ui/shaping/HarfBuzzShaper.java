package org.sahifa.ui.shaping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * HarfBuzz's own shaping of runs of text, through {@code hb-shape --output-format=json} (Debian's
 * {@code libharfbuzz-bin}), as HarfBuzz's test suite records the expected glyphs of a font and text: glyph ids,
 * advances and offsets. Many runs go into one call, one per line.
 */
final class HarfBuzzShaper {

    /**
     * HarfBuzz's glyphs of one run, in visual order.
     *
     * @param glyphs   glyph ids
     * @param advances advances in pixels
     * @param offsets  the largest x or y offset of any glyph in pixels (JavaFX cannot draw offsets)
     */
    record Shaped(int[] glyphs, float[] advances, float offsets) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path regular;
    private final Path bold;
    private final Path scratch;

    HarfBuzzShaper(Path regular, Path bold, Path scratch) {
        this.regular = regular;
        this.bold = bold;
        this.scratch = scratch;
    }

    /** Whether {@code hb-shape} can be run on this machine. */
    static boolean available() {
        return ExternalTool.available("hb-shape");
    }

    /** Shapes each of {@code runs} (their characters and direction) alone, at {@code size} pixels. */
    List<Shaped> shape(List<GlyphRun> runs, boolean boldFace, double size) {
        List<Shaped> out = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            out.add(null);
        }
        for (boolean rtl : new boolean[] {true, false}) {
            List<Integer> which = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).rtl() == rtl) {
                    which.add(i);
                    lines.add(runs.get(i).text());
                }
            }
            List<Shaped> shaped = call(lines, rtl, boldFace ? bold : regular, size);
            for (int k = 0; k < which.size(); k++) {
                out.set(which.get(k), shaped.get(k));
            }
        }
        return out;
    }

    private List<Shaped> call(List<String> lines, boolean rtl, Path font, double size) {
        if (lines.isEmpty()) {
            return List.of();
        }
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a run to shape must be one line: «" + line + "»");
            }
        }
        try {
            Files.createDirectories(scratch);
            Path text = scratch.resolve("runs-" + Thread.currentThread().getId() + ".txt");
            Files.writeString(text, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            // A thousand times the pixel size: positions come out in thousandths of a pixel, whatever the em.
            ProcessBuilder pb = new ProcessBuilder("hb-shape", "--output-format=json", "--no-glyph-names",
                    "--direction=" + (rtl ? "rtl" : "ltr"),
                    "--font-size=" + String.format(Locale.ROOT, "%.0f", size * 1000),
                    "--text-file=" + text, font.toString()).redirectErrorStream(false);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("hb-shape failed on " + text + ": " + err);
            }
            List<Shaped> shaped = new ArrayList<>();
            for (String json : out.split("\n")) {
                if (json.isBlank()) {
                    continue;
                }
                JsonNode glyphs = JSON.readTree(json);
                int[] g = new int[glyphs.size()];
                float[] ax = new float[glyphs.size()];
                float offsets = 0;
                for (int i = 0; i < glyphs.size(); i++) {
                    JsonNode glyph = glyphs.get(i);
                    g[i] = glyph.get("g").asInt();
                    ax[i] = glyph.get("ax").asInt() / 1000f;
                    offsets = Math.max(offsets, Math.max(Math.abs(glyph.get("dx").asInt()),
                            Math.max(Math.abs(glyph.get("dy").asInt()), Math.abs(glyph.get("ay").asInt()))) / 1000f);
                }
                shaped.add(new Shaped(g, ax, offsets));
            }
            if (shaped.size() != lines.size()) {
                throw new IllegalStateException("hb-shape gave " + shaped.size() + " results for " + lines.size()
                        + " runs (" + text + ")");
            }
            return shaped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why JavaFX's runs of one text differ from HarfBuzz's shaping of the same runs, or empty: another glyph, an
     * advance more than {@code tolerance} pixels apart, a glyph HarfBuzz offsets (JavaFX cannot), a fallback font.
     */
    static String difference(List<GlyphRun> runs, List<Shaped> shaped, float tolerance) {
        for (int r = 0; r < runs.size(); r++) {
            GlyphRun run = runs.get(r);
            Shaped hb = shaped.get(r);
            String where = "run «" + run.text() + "»";
            if (run.fallback()) {
                return where + " drawn partly in a fallback font";
            }
            if (!java.util.Arrays.equals(run.glyphs(), hb.glyphs())) {
                return where + ": glyphs " + java.util.Arrays.toString(run.glyphs()) + ", HarfBuzz "
                        + java.util.Arrays.toString(hb.glyphs());
            }
            for (int i = 0; i < run.glyphs().length; i++) {
                if (Math.abs(run.advances()[i] - hb.advances()[i]) > tolerance) {
                    return String.format(Locale.ROOT, "%s: glyph %d advances %.3f px, HarfBuzz %.3f px", where,
                            run.glyphs()[i], run.advances()[i], hb.advances()[i]);
                }
            }
            if (hb.offsets() > 0) {
                return String.format(Locale.ROOT, "%s: HarfBuzz moves a glyph by %.2f px, JavaFX cannot", where,
                        hb.offsets());
            }
        }
        return "";
    }
}
