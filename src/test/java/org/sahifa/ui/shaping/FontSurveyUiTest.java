package org.sahifa.ui.shaping;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.settings.SettingsModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the shaping check over candidate fonts (the files given in {@code -Dsahifa.shaping.survey}, entries
 * {@code Family=regular.ttf:bold.ttf} separated by {@code ;}) and writes the per-font table to
 * target/shaping/survey/report.md. Opt-in: it is how the shipped fonts were chosen (docs/decisions/0086), not a
 * check of the product.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FontSurveyUiTest {

    private VBox rows;

    @Start
    void start(Stage stage) {
        rows = new VBox();
        StackPane root = new StackPane(new Pane(rows));
        new SceneFactory(new SettingsModel()).decorate(root);
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    @Test
    void candidates() throws Exception {
        String spec = System.getProperty("sahifa.shaping.survey", "");
        assumeTrue(!spec.isBlank() && PangoReference.available(), "no candidate fonts given");
        List<ShapingCheck.Item> items = ShapingCheck.items(ShapingCorpus.selected());
        Path out = Path.of("target", "shaping", "survey");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ShapingCheck.Result> results = new ArrayList<>();
        try {
            int n = 0;
            for (String entry : spec.split(";")) {
                String family = entry.substring(0, entry.indexOf('='));
                List<Path> files = new ArrayList<>();
                for (String f : entry.substring(entry.indexOf('=') + 1).split(":")) {
                    files.add(Path.of(f));
                    try (var in = Files.newInputStream(Path.of(f))) {
                        Font.loadFont(in, 12);
                    }
                }
                Path work = out.resolve("work-" + n++);
                PangoReference reference = new PangoReference(work, family, files);
                ShapingCheck check = new ShapingCheck(reference, InkComparison.calibrated(), pool, work, null);
                for (boolean bold : new boolean[] {false, true}) {
                    if (bold && files.size() < 2) {
                        continue;
                    }
                    TextPath path = new PlainTextPath(rows, family, bold, bold ? 28 : 19);
                    ShapingCheck.Result r = check.run(path, family, items);
                    results.add(r);
                    System.out.printf("survey: %s %s: %d texts, %d mismatches, %.1f s%n", family, r.path(),
                            r.checked(), r.mismatches().size(), r.millis() / 1000.0);
                    ShapingReport.write(out, "Candidate fonts", results);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
