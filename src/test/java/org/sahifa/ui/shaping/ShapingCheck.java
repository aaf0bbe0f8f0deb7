package org.sahifa.ui.shaping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs the comparison of one {@link TextPath} against the reference over a list of texts, in batches: while the
 * JavaFX thread draws one batch, pango-view already draws the next in the background.
 */
final class ShapingCheck {

    /** One text of a named set. */
    record Item(String set, String text) {
    }

    /** A text whose two drawings differ, with both pictures for the report. */
    record Mismatch(Item item, InkComparison.Verdict verdict, InkRaster drawn, InkRaster reference) {
    }

    /**
     * The outcome of one path: how many texts were compared (and of those, how many glyph by glyph with HarfBuzz),
     * which differ, and how long it took.
     */
    record Result(String path, String font, int checked, List<Mismatch> mismatches, long millis, List<Item> wrapped,
                  int glyphsChecked) {
    }

    /** Glyph advances of JavaFX and HarfBuzz may differ by Pango's rounding to 1/1024 px, no more. */
    static final float ADVANCE_TOLERANCE = 0.005f;

    private final PangoReference reference;
    private final InkComparison comparison;
    private final ExecutorService pool;
    private final Path scratch;
    private final HarfBuzzShaper shaper;

    /**
     * @param shaper HarfBuzz on the same font files, to compare the glyph runs JavaFX drew with HarfBuzz's glyph by
     *               glyph as well as the ink; {@code null} to compare the ink only
     */
    ShapingCheck(PangoReference reference, InkComparison comparison, ExecutorService pool, Path scratch,
                 HarfBuzzShaper shaper) {
        this.reference = reference;
        this.comparison = comparison;
        this.pool = pool;
        this.scratch = scratch;
        this.shaper = shaper;
    }

    static List<Item> items(Map<String, List<String>> sets) {
        List<Item> out = new ArrayList<>();
        sets.forEach((set, texts) -> texts.forEach(t -> out.add(new Item(set, t))));
        return out;
    }

    /** The batch size that keeps one snapshot of {@code path} within a few thousand rows at its finer scale. */
    static int batchSize(TextPath path) {
        double rowPixels = path.pixelSize() * InkComparison.scaleFor(path.pixelSize());
        return (int) Math.max(20, Math.min(250, 9000 / (rowPixels * 3.2)));
    }

    Result run(TextPath path, String font, List<Item> items) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(scratch);
        int size = batchSize(path);
        List<List<Item>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        List<Mismatch> mismatches = new ArrayList<>();
        List<Item> wrapped = new ArrayList<>();
        int glyphsChecked = 0;
        int scale = InkComparison.scaleFor(path.pixelSize());
        Future<List<TextInk>> next = batches.isEmpty() ? null : submit(path, batches.get(0), 0, scale);
        for (int b = 0; b < batches.size(); b++) {
            Future<List<TextInk>> current = next;
            next = b + 1 < batches.size() ? submit(path, batches.get(b + 1), b + 1, scale) : null;
            List<Item> batch = batches.get(b);
            List<TextInk> drawn = path.draw(texts(batch), scale);
            List<String> glyphDifferences = glyphDifferences(path, drawn);
            List<TextInk> ref = current.get();
            for (int i = 0; i < batch.size(); i++) {
                if (drawn.get(i) == null) {
                    wrapped.add(batch.get(i));
                    continue;
                }
                InkComparison.Verdict v = comparison.compare(drawn.get(i), ref.get(i), path.pixelSize());
                if (glyphDifferences.get(i) != null) {
                    glyphsChecked++;
                    if (v.match() && !glyphDifferences.get(i).isEmpty()) {
                        v = v.failing("glyphs differ from HarfBuzz's: " + glyphDifferences.get(i));
                    }
                }
                if (debug()) {
                    printVerdicts("good", path.pixelSize(), comparison, drawn.get(i), ref.get(i),
                            batch.get(i).text().replace('\n', ' '), "-");
                }
                if (!v.match()) {
                    mismatches.add(new Mismatch(batch.get(i), v, pictureAt(drawn.get(i), v.scale()),
                            pictureAt(ref.get(i), v.scale())));
                }
            }
        }
        return new Result(path.name(), font, items.size() - wrapped.size(), mismatches,
                (System.nanoTime() - start) / 1_000_000, wrapped, glyphsChecked);
    }

    /**
     * For each drawn text, why its glyph runs differ from HarfBuzz's shaping of the same runs ("" when they agree),
     * or {@code null} when they were not compared (no shaper, a wrapped text).
     */
    private List<String> glyphDifferences(TextPath path, List<TextInk> drawn) {
        List<String> out = new ArrayList<>();
        List<GlyphRun> all = new ArrayList<>();
        for (TextInk ink : drawn) {
            if (shaper != null && ink != null && ink.runs() != null) {
                all.addAll(ink.runs());
            }
        }
        List<HarfBuzzShaper.Shaped> shaped = all.isEmpty() ? List.of()
                : shaper.shape(all, path.bold(), path.pixelSize());
        int next = 0;
        for (TextInk ink : drawn) {
            if (shaper == null || ink == null || ink.runs() == null) {
                out.add(null);
                continue;
            }
            int n = ink.runs().size();
            out.add(HarfBuzzShaper.difference(ink.runs(), shaped.subList(next, next + n), ADVANCE_TOLERANCE));
            next += n;
        }
        return out;
    }

    /** Whether every verdict is printed ({@code -Dsahifa.shaping.debug=1}). */
    static boolean debug() {
        return System.getProperty("sahifa.shaping.debug") != null;
    }

    /**
     * Prints one tab-separated {@code piece} line per output scale of a comparison (for calibrating the measure):
     * kind, size, largest unmatched piece, box delta, unmatched stroke pixels, ink difference, both texts, separate
     * pieces lost, match, scale.
     */
    static void printVerdicts(String kind, double size, InkComparison measure, TextInk a, TextInk b, String left,
                              String right) {
        List<InkComparison.Verdict> verdicts = new ArrayList<>();
        verdicts.add(measure.compare(a.plain(), b.plain(), size));
        if (a.fine() != null) {
            verdicts.add(measure.compare(a.fine(), b.fine(), size * a.scale()).at(a.scale()));
        }
        for (InkComparison.Verdict v : verdicts) {
            System.out.printf(Locale.ROOT, "piece\t%s\t%.0f\t%d\t%d\t%d\t%.4f\t%s\t%s\t%d\t%b\t%d%n", kind, size,
                    v.piece(), v.boxDelta(), v.unmatched(), v.massDelta(), left, right, v.lost(), v.match(), v.scale());
        }
    }

    private Future<List<TextInk>> submit(TextPath path, List<Item> batch, int index, int scale) {
        List<String> texts = texts(batch);
        Path png = scratch.resolve("ref-" + Thread.currentThread().getId() + "-" + index + ".png");
        return pool.submit(() -> reference.render(texts, path.bold(), path.pixelSize(), scale, png, false));
    }

    /** The drawing of {@code ink} at the output scale a verdict is about. */
    static InkRaster pictureAt(TextInk ink, int scale) {
        return scale == 1 ? ink.plain() : ink.fine();
    }

    private static List<String> texts(List<Item> batch) {
        return batch.stream().map(Item::text).toList();
    }
}
