package org.sahifa.ui.layout;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.common.Snapshots;
import org.sahifa.ui.document.ArticleDocument;
import org.sahifa.ui.document.Block;
import org.sahifa.ui.document.Direction;
import org.sahifa.ui.document.TextDocumentBuilder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Renders the reference article and the mixed title at several widths in a real window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ArticleTextViewUiTest {

    static final String TITLE = "الكرملين: رئيس أذربيجان اعتذر من بوتين (AFP) 24 ساعة";
    static final Path SEED = Path.of("../shared/seeds/karabakh-report.txt");

    private ArticleTextView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppFonts.load();
        view = new ArticleTextView();
        StackPane root = new StackPane(view);
        root.getStylesheets().add(Objects.requireNonNull(
                SceneFactory.class.getResource(SceneFactory.STYLESHEET)).toExternalForm());
        root.getStyleClass().add("theme-light");
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    private ArticleDocument seedDocument() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "the shared seed is not beside the repository");
        return TextDocumentBuilder.build(Files.readString(SEED), Direction.RTL).withTitle(TITLE, Direction.RTL);
    }

    @Test
    void everyLineStaysInItsBoxAndKeepsEveryWordInOrder(FxRobot robot) throws Exception {
        ArticleDocument doc = seedDocument();
        robot.interact(() -> view.setDocument(doc));
        for (double width : new double[] {260, 420, 640, 900, 1300}) {
            robot.interact(() -> {
                stage.setWidth(width);
                view.resize(width, view.getHeight());
                view.layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<Text> lines = new ArrayList<>();
            List<TextRange> ranges = new ArrayList<>();
            double[] column = new double[2];
            robot.interact(() -> {
                lines.addAll(view.lineNodes());
                ranges.addAll(view.lineRanges());
                double[] c = view.column();
                column[0] = c[0];
                column[1] = c[1];
            });
            assertThat(lines).as("lines at width %s", width).isNotEmpty();
            for (Text line : lines) {
                Bounds b = line.getBoundsInParent();
                assertThat(b.getMinX()).as("left edge of «%s» at width %s", line.getText(), width)
                        .isGreaterThanOrEqualTo(column[0] - 0.5);
                assertThat(b.getMaxX()).as("right edge of «%s» at width %s", line.getText(), width)
                        .isLessThanOrEqualTo(column[0] + column[1] + 0.5);
                assertThat(b.getMaxX()).isLessThanOrEqualTo(width);
            }
            List<Block.Text> blocks = doc.textBlocks();
            for (int b = 0; b < blocks.size(); b++) {
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < lines.size(); i++) {
                    if (ranges.get(i).block() == b) {
                        joined.append(lines.get(i).getText()).append(' ');
                    }
                }
                assertThat(words(joined.toString())).as("words of block %s at width %s", b, width)
                        .containsExactlyElementsOf(words(blocks.get(b).text()));
            }
            // RTL paragraphs are aligned to the right edge of the column.
            Text first = lines.get(0);
            assertThat(first.getBoundsInParent().getMaxX()).isCloseTo(column[0] + column[1],
                    org.assertj.core.data.Offset.offset(4.0));
        }
        if (System.getenv("SAHIFA_SNAPSHOTS") != null) {
            Path out = Path.of(System.getenv("SAHIFA_SNAPSHOTS"), "reader-seed.png");
            robot.interact(() -> {
                try {
                    Snapshots.write(stage.getScene(), out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * JavaFX draws each glyph at its position rounded to a whole pixel: a line that starts on a fraction rounds
     * the glyphs of its words apart differently from HarfBuzz (docs/shaping.md, decision 0087).
     */
    @Test
    void everyLineStartsOnAWholePixel(FxRobot robot) throws Exception {
        ArticleDocument doc = seedDocument();
        robot.interact(() -> view.setDocument(doc));
        for (double width : new double[] {417.3, 640.5, 903.7}) {
            List<Text> lines = new ArrayList<>();
            robot.interact(() -> {
                stage.setWidth(width);
                view.resize(width, view.getHeight());
                view.layout();
                lines.addAll(view.lineNodes());
            });
            assertThat(lines).isNotEmpty();
            for (Text line : lines) {
                assertThat(line.getLayoutX()).as("start of «%s» at width %s", line.getText(), width)
                        .isEqualTo(Math.rint(line.getLayoutX()));
            }
        }
    }

    @Test
    void theTitleStaysWholeAtEveryWidth(FxRobot robot) {
        ArticleDocument doc = new ArticleDocument(List.of()).withTitle(TITLE, Direction.RTL);
        robot.interact(() -> view.setDocument(doc));
        for (double width : new double[] {200, 330, 500, 900}) {
            List<String> texts = new ArrayList<>();
            robot.interact(() -> {
                stage.setWidth(width);
                view.resize(width, view.getHeight());
                view.layout();
                view.lineNodes().forEach(t -> texts.add(t.getText()));
            });
            assertThat(words(String.join(" ", texts))).containsExactlyElementsOf(words(TITLE));
            for (String line : texts) {
                assertThat(line).doesNotStartWith(")").doesNotEndWith("(");
            }
        }
    }

    @Test
    void selectionCopiesTextAcrossParagraphsAndHitTestingFindsCharacters(FxRobot robot) throws Exception {
        ArticleDocument doc = seedDocument();
        robot.interact(() -> {
            stage.setWidth(700);
            view.setDocument(doc);
            view.layout();
        });
        List<Block.Text> blocks = doc.textBlocks();
        String[] copied = new String[1];
        robot.interact(() -> {
            view.select(new ArticleTextView.Position(1, 0), new ArticleTextView.Position(2, 5));
            copied[0] = view.copy();
        });
        assertThat(copied[0]).isEqualTo(blocks.get(1).text() + "\n\n" + blocks.get(2).text().substring(0, 5));
        // The right end of the first (RTL) line is the start of the title; its left end is the line's end.
        ArticleTextView.Position[] hits = new ArticleTextView.Position[2];
        robot.interact(() -> {
            Text first = view.lineNodes().get(0);
            Bounds b = first.getBoundsInParent();
            hits[0] = view.positionAt(b.getMaxX() - 2, b.getCenterY());
            hits[1] = view.positionAt(b.getMinX() + 2, b.getCenterY());
        });
        assertThat(hits[0]).isEqualTo(new ArticleTextView.Position(0, 0));
        assertThat(hits[1].block()).isEqualTo(0);
        assertThat(hits[1].offset()).isGreaterThan(blocks.get(0).text().length() / 2);
    }

    @Test
    void matchesOfEverySpellingAreHighlightedAndNavigable(FxRobot robot) throws Exception {
        ArticleDocument doc = seedDocument();
        int[] state = new int[3];
        robot.interact(() -> {
            view.setDocument(doc);
            view.layout();
            view.highlight(List.of("كراباخ", "كاراباخ", "قره باغ", "قرة باغ"));
            state[0] = view.matchCountProperty().get();
            view.nextMatch();
            state[1] = view.currentMatchProperty().get();
            view.previousMatch();
            view.previousMatch();
            state[2] = view.currentMatchProperty().get();
        });
        // كراباخ ×6, كاراباخ ×3, قره باغ ×3, قرة باغ ×1 in the seed (title excluded: it is not in it).
        assertThat(state[0]).isEqualTo(13);
        assertThat(state[1]).isEqualTo(1);
        assertThat(state[2]).isEqualTo(12);
    }

    @Test
    void aMatchIsDrawnWhereItsWordIs(FxRobot robot) {
        ArticleDocument doc = new ArticleDocument(List.of()).withTitle(TITLE, Direction.RTL);
        List<Bounds> shapes = new ArrayList<>();
        Bounds[] line = new Bounds[1];
        robot.interact(() -> {
            stage.setWidth(900);
            view.setDocument(doc);
            view.layout();
            view.highlight(List.of("الكرملين", "AFP"));
            shapes.addAll(view.matchBounds());
            line[0] = view.lineNodes().get(0).getBoundsInParent();
        });
        assertThat(shapes).hasSize(2);
        // The first word of a right-to-left title is at the right end of its line.
        Bounds first = shapes.get(0);
        assertThat(first.getMaxX()).isCloseTo(line[0].getMaxX(), org.assertj.core.data.Offset.offset(3.0));
        assertThat(first.getWidth()).isLessThan(line[0].getWidth() / 3);
        // AFP sits in the middle, left of the first word.
        assertThat(shapes.get(1).getMaxX()).isLessThan(first.getMinX());
        assertThat(shapes.get(1).getMinX()).isGreaterThan(line[0].getMinX());
    }

    @Test
    void theParagraphsDirectionGovernsEveryLineEvenOneThatStartsWithTheOtherScript(FxRobot robot) {
        // Issue 12, item 11: a line of an English paragraph that starts with an Arabic word was laid out right to
        // left («.in their statement باغ»); and the same for an Arabic line that starts with a Latin word.
        ArticleDocument doc = new ArticleDocument(List.of(
                new Block.Text(Block.Kind.PARAGRAPH, "باغ was named in their statement.", Direction.LTR, null, 0,
                        List.of()),
                new Block.Text(Block.Kind.PARAGRAPH, "AFP قالت الوكالة في بيانها.", Direction.RTL, null, 0,
                        List.of())));
        List<Bounds> shapes = new ArrayList<>();
        List<Bounds> lines = new ArrayList<>();
        String[] hit = new String[2];
        robot.interact(() -> {
            stage.setWidth(900);
            view.setDocument(doc);
            view.layout();
            view.highlight(List.of("باغ", "AFP"));
            shapes.addAll(view.matchBounds());
            view.lineNodes().forEach(t -> lines.add(t.getBoundsInParent()));
            // Clicking at the outer end of the opening word finds that word's end: the word runs in its own
            // direction inside the line (the left end of «باغ» is after its last letter).
            ArticleTextView.Position p0 = view.positionAt(lines.get(0).getMinX() + 2, lines.get(0).getCenterY());
            ArticleTextView.Position p1 = view.positionAt(lines.get(1).getMaxX() - 2, lines.get(1).getCenterY());
            hit[0] = p0.block() + ":" + p0.offset();
            hit[1] = p1.block() + ":" + p1.offset();
        });
        assertThat(lines).hasSize(2);
        assertThat(shapes).hasSize(2);
        // «باغ» opens the English line: it is at its left end, and the full stop at the right end.
        assertThat(shapes.get(0).getMinX()).isCloseTo(lines.get(0).getMinX(), org.assertj.core.data.Offset.offset(3.0));
        assertThat(shapes.get(0).getWidth()).isLessThan(lines.get(0).getWidth() / 3);
        // «AFP» opens the Arabic line: it is at its right end.
        assertThat(shapes.get(1).getMaxX()).isCloseTo(lines.get(1).getMaxX(), org.assertj.core.data.Offset.offset(3.0));
        assertThat(hit).containsExactly("0:3", "1:3");
    }

    @Test
    void theHeadlineIsSetApartAtLeastAsMuchAsParagraphs(FxRobot robot) throws Exception {
        ArticleDocument doc = seedDocument();
        List<Bounds> bounds = new ArrayList<>();
        List<TextRange> ranges = new ArrayList<>();
        robot.interact(() -> {
            stage.setWidth(900);
            view.setDocument(doc);
            view.layout();
            view.lineNodes().forEach(t -> bounds.add(t.getBoundsInParent()));
            ranges.addAll(view.lineRanges());
        });
        double afterTitle = gapAfterBlock(0, bounds, ranges);
        double betweenParagraphs = gapAfterBlock(1, bounds, ranges);
        assertThat(afterTitle).as("gap after the headline").isGreaterThanOrEqualTo(betweenParagraphs);
    }

    private static double gapAfterBlock(int block, List<Bounds> bounds, List<TextRange> ranges) {
        double bottom = 0;
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).block() == block) {
                bottom = bounds.get(i).getMaxY();
            } else if (ranges.get(i).block() == block + 1) {
                return bounds.get(i).getMinY() - bottom;
            }
        }
        throw new AssertionError("no block " + (block + 1));
    }

    @Test
    void justifiedParagraphsFillTheColumnAndKeepTheirWordsMatchesAndCopy(FxRobot robot) throws Exception {
        ArticleDocument doc = seedDocument();
        List<Text> lines = new ArrayList<>();
        List<TextRange> ranges = new ArrayList<>();
        List<Bounds> shapes = new ArrayList<>();
        double[] column = new double[2];
        String[] copied = new String[1];
        robot.interact(() -> {
            stage.setWidth(900);
            view.justifyProperty().set(true);
            view.setDocument(doc);
            view.layout();
            lines.addAll(view.lineNodes());
            ranges.addAll(view.lineRanges());
            column[0] = view.column()[0];
            column[1] = view.column()[1];
            view.highlight(List.of("شوشا"));
            shapes.addAll(view.matchBounds());
            view.selectAll();
            copied[0] = view.selectedText();
        });
        List<Block.Text> blocks = doc.textBlocks();
        int justified = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextRange r = ranges.get(i);
            boolean lastOfBlock = ranges.get(i + 1).block() != r.block();
            Block.Text block = blocks.get(r.block());
            if (lastOfBlock || block.kind() != Block.Kind.PARAGRAPH) {
                continue;
            }
            Bounds b = lines.get(i).getBoundsInParent();
            // A right-to-left paragraph line reaches both edges of the column (as in the first test: within the
            // 3 px ink margins and a pixel of rounding).
            // Filler spaces come in steps of a hair space: a line ends within 3 px of the full measure.
            assertThat(b.getWidth()).as("width of a justified line").isGreaterThan(column[1] - 2 * 3 - 3);
            assertThat(b.getMinX()).isGreaterThanOrEqualTo(column[0] - 0.5);
            assertThat(b.getMaxX()).isCloseTo(column[0] + column[1], org.assertj.core.data.Offset.offset(4.0));
            justified++;
        }
        assertThat(justified).as("justified lines").isGreaterThan(3);
        for (int b = 0; b < blocks.size(); b++) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (ranges.get(i).block() == b) {
                    joined.append(lines.get(i).getText().replaceAll("[\u2009\u2006\u200A]", "")).append(' ');
                }
            }
            assertThat(words(joined.toString())).containsExactlyElementsOf(words(blocks.get(b).text()));
        }
        assertThat(copied[0]).doesNotContain("\u2009").doesNotContain("\u200A").contains(blocks.get(2).text());
        assertThat(shapes).isNotEmpty();
        assertThat(shapes.get(0).getWidth()).as("a match covers its word only").isLessThan(column[1] / 4);
    }

    private static List<String> words(String s) {
        // Lines may carry an invisible direction mark (U+200E/U+200F) that fixes their base direction.
        return Arrays.stream(s.replace("\u200E", "").replace("\u200F", "").trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
