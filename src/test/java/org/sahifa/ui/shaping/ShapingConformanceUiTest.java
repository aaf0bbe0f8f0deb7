package org.sahifa.ui.shaping;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.document.Block;
import org.sahifa.ui.layout.ArticleTextView;
import org.sahifa.ui.settings.Settings;
import org.sahifa.ui.settings.SettingsModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped fonts draw every text of the shaping set as HarfBuzz draws it: in the reader (paragraphs at the
 * reader's sizes, titles in bold) and in the controls' labels (regular and bold). Report: target/shaping/.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ShapingConformanceUiTest {

    static final Path OUT = Path.of("target", "shaping");
    static final int TITLE_CHARS = 40;
    private static final List<ShapingCheck.Result> RESULTS = new ArrayList<>();
    private static ExecutorService pool;
    private static PangoReference reference;
    private static HarfBuzzShaper shaper;

    private final SettingsModel settings = new SettingsModel();
    private ArticleTextView reader;
    private VBox labels;

    @BeforeAll
    static void reference() throws Exception {
        assumeTrue(PangoReference.available(), "pango-view is not installed (.ci/run installs pango1.0-tools)");
        assumeTrue(HarfBuzzShaper.available(), "hb-shape is not installed (.ci/run installs libharfbuzz-bin)");
        pool = Executors.newFixedThreadPool(2);
        List<Path> files = ShippedFonts.copyTo(OUT.resolve("work").resolve("shipped"));
        reference = new PangoReference(OUT.resolve("work"), AppFonts.FAMILY, files);
        shaper = new HarfBuzzShaper(files.get(0), files.get(1), OUT.resolve("work"));
    }

    @AfterAll
    static void report() throws Exception {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (!RESULTS.isEmpty()) {
            ShapingReport.write(OUT.resolve("shipped"), "Shaping check of the shipped font " + AppFonts.FAMILY, RESULTS);
        }
    }

    @Start
    void start(Stage stage) {
        AppFonts.load();
        reader = new ArticleTextView();
        labels = new VBox();
        // Plain panes give the reader and the labels their preferred sizes, however many rows they hold.
        StackPane root = new StackPane(new Pane(reader), new Pane(labels));
        new SceneFactory(settings).decorate(root);
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    /**
     * The texts a title or a label is checked on: everything but the triples (the letters in them are the same
     * glyphs in the same joining forms as in the paragraphs' run, and leaving them out keeps the check within
     * minutes), and only texts of at most {@value #TITLE_CHARS} characters, most of which fit one line at title
     * size (the few that the reader still wraps are counted in the report as not checked).
     */
    private static Map<String, List<String>> shorter() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        sets().forEach((name, texts) -> {
            if (!name.equals("triples")) {
                out.put(name, texts.stream().filter(t -> t.length() <= TITLE_CHARS).toList());
            }
        });
        return out;
    }

    private static Map<String, List<String>> sets() {
        return ShapingCorpus.selected();
    }

    private void check(TextPath path, Map<String, List<String>> sets) throws Exception {
        ShapingCheck check = new ShapingCheck(reference, InkComparison.calibrated(), pool, OUT.resolve("work"), shaper);
        ShapingCheck.Result r = check.run(path, AppFonts.FAMILY, ShapingCheck.items(sets));
        synchronized (RESULTS) {
            RESULTS.add(r);
        }
        System.out.printf("shaping: %s: %d texts (%d also glyph by glyph), %d mismatches, %d wrapped, %.1f s%n",
                r.path(), r.checked(), r.glyphsChecked(), r.mismatches().size(), r.wrapped().size(), r.millis() / 1000.0);
        assertThat(r.glyphsChecked()).as("texts of %s compared glyph by glyph with HarfBuzz", r.path())
                .isEqualTo(r.checked());
        assertThat(r.wrapped().size()).as("texts too long for one line of %s", r.path())
                .isLessThanOrEqualTo(r.checked() / 20);
        assertThat(r.mismatches()).as("texts drawn differently from HarfBuzz by %s (report: %s)", r.path(),
                        OUT.resolve("shipped/report.md"))
                .extracting(m -> m.item().set() + ": " + m.item().text())
                .isEmpty();
    }

    @Test
    void readerParagraphsAtTheDefaultSize() throws Exception {
        check(new ReaderPath(reader, Block.Kind.PARAGRAPH, 19), sets());
    }

    @Test
    void readerTitlesInBold() throws Exception {
        check(new ReaderPath(reader, Block.Kind.TITLE, 19), shorter());
    }

    @Test
    void labelsRegularAndBold() throws Exception {
        check(new LabelPath(labels, settings, false, Settings.DEFAULT_INTERFACE_SIZE), shorter());
        check(new LabelPath(labels, settings, true, Settings.DEFAULT_INTERFACE_SIZE), shorter());
    }

    /** The smallest and largest reading sizes, paragraphs and titles, on the texts and the generated letters. */
    @Test
    void readerAtTheSmallestAndLargestSizes() throws Exception {
        Map<String, List<String>> some = new LinkedHashMap<>(shorter());
        some.keySet().retainAll(List.of("words.json", "seed", "seed-phrases", "letters", "lam-alef", "hamza",
                "harakat", "persian-urdu", "digits", "punctuation", "mixed"));
        for (double size : new double[] {Settings.MIN_FONT_SIZE, Settings.MAX_FONT_SIZE}) {
            check(new ReaderPath(reader, Block.Kind.PARAGRAPH, size), some);
            check(new ReaderPath(reader, Block.Kind.TITLE, size), some);
        }
    }
}
