package org.sahifa.ui.layout;

import com.ibm.icu.text.BreakIterator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import org.sahifa.ui.common.AppFonts;
import org.sahifa.ui.document.ArticleDocument;
import org.sahifa.ui.document.Block;
import org.sahifa.ui.document.Direction;
import org.sahifa.ui.document.LinkSpan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Draws an {@link ArticleDocument} with Sahifa's own line layout: each text block is broken into lines by
 * {@link LineBreaker} at the column width, and every line is one non-wrapping {@link Text} in the bundled font,
 * oriented by its paragraph's direction and aligned to its reading side (right for Arabic, left for Latin).
 * The column is centred and at most about {@value #MEASURE_CHARS} characters wide. The layout is redone when the
 * width, the font size or the line spacing changes.
 * <p>
 * Text is selectable with the mouse (drag; double click for a word; triple click for a paragraph), Ctrl+A selects
 * everything, Ctrl+C copies the selection (or the whole article when nothing is selected). Search matches are
 * drawn behind the text per line with {@link Text#rangeShape}; {@link #nextMatch()} and {@link #previousMatch()}
 * move the current one and ask the enclosing scroll pane to reveal it. Links open through the link handler.
 */
public final class ArticleTextView extends Region {

    /** Maximum line length, in characters of average width. */
    public static final int MEASURE_CHARS = 70;
    private static final double SIDE_PADDING = 28;
    private static final double TOP_PADDING = 18;
    /** Room kept free at each end of a line for glyph ink that overhangs the advance width (Amiri's swashes). */
    private static final double INK_MARGIN = 3;
    private static final String AVERAGE_SAMPLE =
            "قالت السلطات في أذربيجان إنها تعمل مع روسيا على نزع سلاح قوات منطقة the quick brown fox 2023";

    private final ObjectProperty<ArticleDocument> document =
            new SimpleObjectProperty<>(this, "document", new ArticleDocument(List.of()));
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 19);
    private final DoubleProperty lineSpacing = new SimpleDoubleProperty(this, "lineSpacing", 1.5);
    private final javafx.beans.property.BooleanProperty justify =
            new javafx.beans.property.SimpleBooleanProperty(this, "justify");
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(this, "currentMatch", -1);

    private final Group matchLayer = new Group();
    private final Group selectionLayer = new Group();
    private final Group contentLayer = new Group();

    private Layout layout;
    private boolean nodesCurrent;
    private final List<LaidLine> lines = new ArrayList<>();
    private List<TextRange> matches = List.of();
    private Position anchor;
    private Position caret;
    private Consumer<String> linkHandler = url -> { };
    private BiConsumer<Double, Double> revealHandler = (top, bottom) -> { };

    /** A place between two characters of a text block. */
    public record Position(int block, int offset) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            int c = Integer.compare(block, o.block);
            return c != 0 ? c : Integer.compare(offset, o.offset);
        }
    }

    /**
     * One laid-out line: where it is and which characters of which block it shows. {@code shown} is the line's
     * Text: the block's characters, after an invisible direction mark when needed (see {@link #directionMark}) and
     * with filler spaces after word spaces when justified; {@code offsets[i]} is where block character
     * {@code range.start + i} (0 ≤ i ≤ visible length) is in {@code shown}.
     */
    private record LaidLine(int block, LineBreaker.Line range, double x, double y, double width, double height,
                            Font font, Direction direction, String styleClass, String shown, int[] offsets) {

        /** The index in {@link #shown} of block offset {@code blockOffset} (clamped to the line). */
        int toShown(int blockOffset) {
            int i = Math.max(0, Math.min(offsets.length - 1, blockOffset - range.start()));
            return offsets[i];
        }

        /** The block offset of an insertion index in {@link #shown}. */
        int toBlock(int shownIndex) {
            int i = 0;
            while (i + 1 < offsets.length && offsets[i + 1] <= shownIndex) {
                i++;
            }
            return range.start() + i;
        }
    }

    /** Filler spaces for justification, widest first: THIN SPACE, SIX-PER-EM SPACE, HAIR SPACE. */
    private static final char[] FILLERS = {'\u2009', '\u2006', '\u200A'};
    /** A justified gap grows by at most this many ems; a line that would need more stays ragged. */
    private static final double MAX_STRETCH_EM = 0.9;

    /*
     * JavaFX gives a Text the base direction of its first strong character (its node orientation is only the
     * default for text without one), so a line of an English paragraph that starts with an Arabic word was laid
     * out right to left («.in their statement باغ»), and an Arabic line opening with a Latin word left to right.
     * Such a line starts with LEFT-TO-RIGHT MARK or RIGHT-TO-LEFT MARK (strong, invisible, zero width): the
     * paragraph's direction governs every line of it (decision 0092).
     */
    private static String directionMark(Direction paragraph) {
        return paragraph == Direction.RTL ? "\u200F" : "\u200E";
    }

    /** Extra drawn things: list markers, quote bars, images. */
    private record Decoration(Node node) {
    }

    /** The computed layout for one width. */
    private record Layout(double width, double height, double columnLeft, double columnWidth, List<LaidLine> lines,
                          List<Decoration> decorations) {
    }

    public ArticleTextView() {
        getStyleClass().add("article-text");
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        for (Group g : List.of(matchLayer, selectionLayer, contentLayer)) {
            g.setManaged(false);
            g.setAutoSizeChildren(false);
        }
        getChildren().setAll(matchLayer, selectionLayer, contentLayer);
        document.addListener((o, a, b) -> {
            anchor = null;
            caret = null;
            matches = List.of();
            matchCount.set(0);
            currentMatch.set(-1);
            invalidate();
        });
        fontSize.addListener(o -> invalidate());
        lineSpacing.addListener(o -> invalidate());
        justify.addListener(o -> invalidate());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        setCursor(Cursor.TEXT);
        installContextMenu();
    }

    // ---- properties -------------------------------------------------------------------------------------------

    public ObjectProperty<ArticleDocument> documentProperty() {
        return document;
    }

    public void setDocument(ArticleDocument doc) {
        document.set(doc);
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public DoubleProperty lineSpacingProperty() {
        return lineSpacing;
    }

    /**
     * Whether body paragraphs are justified: every line but a paragraph's last is widened to the column by spreading
     * space between its words (no kashida: see decision 0092).
     */
    public javafx.beans.property.BooleanProperty justifyProperty() {
        return justify;
    }

    /** How many matches are highlighted. */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** The index of the current match, or -1. */
    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    /** Called with the address of a clicked link. */
    public void setLinkHandler(Consumer<String> handler) {
        this.linkHandler = handler;
    }

    /** Called with the top and bottom (in this view's coordinates) of something that should be scrolled into view. */
    public void setRevealHandler(BiConsumer<Double, Double> handler) {
        this.revealHandler = handler;
    }

    // ---- highlighting -----------------------------------------------------------------------------------------

    /** Highlights every occurrence of these surface forms (see {@link MatchFinder}); the first becomes current. */
    public void highlight(Collection<String> forms) {
        setMatches(MatchFinder.find(document.get().textBlocks(), forms));
    }

    /** Highlights exactly these ranges. */
    public void setMatches(List<TextRange> ranges) {
        matches = List.copyOf(ranges);
        matchCount.set(matches.size());
        currentMatch.set(matches.isEmpty() ? -1 : 0);
        drawMatches();
        revealCurrentMatch();
    }

    public List<TextRange> matches() {
        return matches;
    }

    public void nextMatch() {
        if (!matches.isEmpty()) {
            currentMatch.set((currentMatch.get() + 1) % matches.size());
            drawMatches();
            revealCurrentMatch();
        }
    }

    public void previousMatch() {
        if (!matches.isEmpty()) {
            currentMatch.set((currentMatch.get() - 1 + matches.size()) % matches.size());
            drawMatches();
            revealCurrentMatch();
        }
    }

    // ---- selection --------------------------------------------------------------------------------------------

    /** Selects {@code [from, to)}; positions in any order. */
    public void select(Position from, Position to) {
        anchor = from;
        caret = to;
        drawSelection();
    }

    public void selectAll() {
        List<Block.Text> blocks = document.get().textBlocks();
        if (blocks.isEmpty()) {
            return;
        }
        select(new Position(0, 0), new Position(blocks.size() - 1, blocks.get(blocks.size() - 1).text().length()));
    }

    public void clearSelection() {
        anchor = null;
        caret = null;
        drawSelection();
    }

    /** The selected text, blocks separated by a blank line; empty when nothing is selected. */
    public String selectedText() {
        if (anchor == null || caret == null || anchor.equals(caret)) {
            return "";
        }
        Position s = anchor.compareTo(caret) <= 0 ? anchor : caret;
        Position e = anchor.compareTo(caret) <= 0 ? caret : anchor;
        List<Block.Text> blocks = document.get().textBlocks();
        StringBuilder out = new StringBuilder();
        for (int b = s.block(); b <= e.block(); b++) {
            String t = blocks.get(b).text();
            int from = b == s.block() ? s.offset() : 0;
            int to = b == e.block() ? e.offset() : t.length();
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(t, Math.min(from, t.length()), Math.min(Math.max(from, to), t.length()));
        }
        return out.toString();
    }

    /** Copies the selection, or the whole article when nothing is selected; returns what was copied. */
    public String copy() {
        String text = selectedText();
        if (text.isEmpty()) {
            text = document.get().plainText();
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return text;
    }

    // ---- inspection (tests, accessibility) --------------------------------------------------------------------

    /** The drawn line nodes in reading order. */
    public List<Text> lineNodes() {
        layoutIfNeeded();
        List<Text> out = new ArrayList<>();
        for (Node n : contentLayer.getChildren()) {
            if (n instanceof Text t && t.getStyleClass().contains("reader-line")) {
                out.add(t);
            }
        }
        return out;
    }

    /** The bounds of the drawn search-match shapes, in this view's coordinates (current match first). */
    public List<javafx.geometry.Bounds> matchBounds() {
        layoutIfNeeded();
        List<javafx.geometry.Bounds> out = new ArrayList<>();
        for (Node n : matchLayer.getChildren()) {
            if (n.getStyleClass().contains("reader-match")) {
                if (n.getStyleClass().contains("current")) {
                    out.add(0, n.getBoundsInParent());
                } else {
                    out.add(n.getBoundsInParent());
                }
            }
        }
        return out;
    }

    /** Left edge and width of the text column, in this view's coordinates. */
    public double[] column() {
        layoutIfNeeded();
        return layout == null ? new double[] {0, 0} : new double[] {layout.columnLeft(), layout.columnWidth()};
    }

    /** The block index and character range of each drawn line, in the order of {@link #lineNodes()}. */
    public List<TextRange> lineRanges() {
        layoutIfNeeded();
        List<TextRange> out = new ArrayList<>();
        for (LaidLine l : lines) {
            out.add(new TextRange(l.block(), l.range().start(), l.range().visibleEnd()));
        }
        return out;
    }

    // ---- layout -----------------------------------------------------------------------------------------------

    private void invalidate() {
        layout = null;
        nodesCurrent = false;
        requestLayout();
    }

    private void layoutIfNeeded() {
        if (getWidth() > 0 && (layout == null || layout.width() != getWidth() || !nodesCurrent)) {
            layoutChildren();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth();
        if (w <= 0) {
            w = computePrefWidth(-1);
        }
        return compute(w).height();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        if (w <= 0) {
            return;
        }
        Layout next = compute(w);
        if (next != layout || !nodesCurrent) {
            layout = next;
            buildNodes();
        }
    }

    private Layout compute(double width) {
        if (layout != null && layout.width() == width) {
            return layout;
        }
        double size = fontSize.get();
        double average = new FxTextMeasurer(AppFonts.regular(size)).width(AVERAGE_SAMPLE) / AVERAGE_SAMPLE.length();
        double columnWidth = Math.max(40, Math.min(width - 2 * SIDE_PADDING, MEASURE_CHARS * average));
        double columnLeft = Math.max(0, (width - columnWidth) / 2);
        List<LaidLine> laid = new ArrayList<>();
        List<Decoration> decorations = new ArrayList<>();
        double y = TOP_PADDING;
        int textIndex = 0;
        for (Block block : document.get().blocks()) {
            if (block instanceof Block.Image img) {
                y = layoutImage(img, columnLeft, columnWidth, y, decorations);
                continue;
            }
            Block.Text t = (Block.Text) block;
            Font font = fontFor(t.kind(), size);
            FxTextMeasurer measurer = new FxTextMeasurer(font);
            double lineHeight = font.getSize() * lineSpacing.get();
            double indent = indentFor(t);
            double available = Math.max(20, columnWidth - indent - 2 * INK_MARGIN);
            boolean rtl = t.direction() == Direction.RTL;
            List<LineBreaker.Line> broken = new LineBreaker(measurer).breakLines(t.text(), available);
            double blockTop = y;
            boolean justified = justify.get() && (t.kind() == Block.Kind.PARAGRAPH || t.kind() == Block.Kind.QUOTE
                    || t.kind() == Block.Kind.LIST_ITEM);
            for (int n = 0; n < broken.size(); n++) {
                LineBreaker.Line line = broken.get(n);
                String visible = t.text().substring(line.start(), line.visibleEnd());
                LaidLine shaped = shape(textIndex, line, visible, t.direction(), font, measurer,
                        justified && n < broken.size() - 1 ? available : -1);
                double lw = Math.min(available, shaped.width());
                // A line starts on a whole pixel: JavaFX draws each glyph at its position rounded to a pixel,
                // so a fractional start would round the glyphs of a word apart differently from line to line
                // (and from HarfBuzz/cairo, which round from a whole-pixel start; decision 0087).
                double x = rtl ? Math.floor(columnLeft + columnWidth - indent - INK_MARGIN - lw)
                        : Math.ceil(columnLeft + indent + INK_MARGIN);
                laid.add(new LaidLine(textIndex, line, x, y, lw, lineHeight, font, t.direction(), styleFor(t.kind()),
                        shaped.shown(), shaped.offsets()));
                y += lineHeight;
            }
            decorate(t, rtl, columnLeft, columnWidth, indent, blockTop, y, lineHeight, font, decorations);
            y += gapAfter(t.kind(), size);
            textIndex++;
        }
        return new Layout(width, y + TOP_PADDING, columnLeft, columnWidth, laid, decorations);
    }

    /**
     * The Text content of one line and its offset map: a direction mark first when the line's first strong
     * character is of the other direction; when {@code justifyTo} is positive, filler spaces after its word spaces
     * so that it measures about {@code justifyTo} (left as it is when that would stretch a gap more than
     * {@value #MAX_STRETCH_EM} em). Only {@code shown}, {@code offsets} and {@code width} of the result are set.
     */
    private static LaidLine shape(int block, LineBreaker.Line line, String visible, Direction direction, Font font,
                                  FxTextMeasurer measurer, double justifyTo) {
        double natural = measurer.width(visible);
        LaidLine shaped = shape(block, line, visible, direction, font, measurer, justifyTo, justifyTo - natural);
        // A filler's width alone and inside a line can differ by a fraction of a pixel: take off what overshot.
        for (int tries = 0; tries < 3 && justifyTo > 0 && shaped.width() > justifyTo + 0.5; tries++) {
            double over = shaped.width() - justifyTo;
            double had = shaped.width() - natural;
            shaped = shape(block, line, visible, direction, font, measurer, justifyTo, had - over - 0.5);
        }
        return shaped;
    }

    private static LaidLine shape(int block, LineBreaker.Line line, String visible, Direction direction, Font font,
                                  FxTextMeasurer measurer, double justifyTo, double wanted) {
        StringBuilder shown = new StringBuilder();
        if (Direction.of(visible, direction) != direction) {
            shown.append(directionMark(direction));
        }
        int[] offsets = new int[visible.length() + 1];
        double width = measurer.width(visible);
        int gaps = 0;
        for (int i = 0; i < visible.length(); i++) {
            if (visible.charAt(i) == ' ') {
                gaps++;
            }
        }
        double extra = justifyTo > 0 && gaps > 0 ? wanted : 0;
        if (extra <= 0 || extra / gaps > MAX_STRETCH_EM * font.getSize()) {
            extra = 0;
        }
        double[] filler = new double[FILLERS.length];
        for (int f = 0; f < FILLERS.length && extra > 0; f++) {
            filler[f] = measurer.width(String.valueOf(FILLERS[f]));
        }
        double owed = 0;
        for (int i = 0; i < visible.length(); i++) {
            offsets[i] = shown.length();
            char c = visible.charAt(i);
            shown.append(c);
            if (c == ' ' && extra > 0) {
                owed += extra / gaps;
                for (int f = 0; f < FILLERS.length; f++) {
                    while (filler[f] > 0 && owed >= filler[f] - (f == FILLERS.length - 1 ? filler[f] / 2 : 0)) {
                        shown.append(FILLERS[f]);
                        owed -= filler[f];
                    }
                }
            }
        }
        offsets[visible.length()] = shown.length();
        if (extra > 0) {
            width = measurer.width(shown.toString());
        }
        return new LaidLine(block, line, 0, 0, width, 0, font, direction, "", shown.toString(), offsets);
    }

    private double layoutImage(Block.Image img, double left, double width, double y, List<Decoration> out) {
        Image image = new Image(img.file().toUri().toString(), false);
        if (image.isError() || image.getWidth() <= 0) {
            return y;
        }
        double w = Math.min(width, image.getWidth());
        double h = image.getHeight() * w / image.getWidth();
        ImageView view = new ImageView(image);
        view.setFitWidth(w);
        view.setPreserveRatio(true);
        view.setLayoutX(left + (width - w) / 2);
        view.setLayoutY(y);
        if (!img.alt().isEmpty()) {
            view.setAccessibleText(img.alt());
        }
        out.add(new Decoration(view));
        return y + h + fontSize.get();
    }

    private void decorate(Block.Text t, boolean rtl, double left, double width, double indent, double top,
                          double bottom, double lineHeight, Font font, List<Decoration> out) {
        if (t.kind() == Block.Kind.QUOTE) {
            double barX = rtl ? left + width - indent + 8 : left + indent - 12;
            Rectangle bar = new Rectangle(barX, top + 4, 3, Math.max(0, bottom - top - 8));
            bar.getStyleClass().add("reader-quote-bar");
            out.add(new Decoration(bar));
        } else if (t.kind() == Block.Kind.LIST_ITEM && t.marker() != null) {
            Text marker = new Text(t.marker());
            marker.setFont(font);
            marker.setTextOrigin(VPos.TOP);
            marker.getStyleClass().add("reader-bullet");
            double mw = marker.getLayoutBounds().getWidth();
            double mh = marker.getLayoutBounds().getHeight();
            marker.setLayoutX(rtl ? left + width - indent + 8 : left + indent - 8 - mw);
            marker.setLayoutY(top + (lineHeight - mh) / 2);
            out.add(new Decoration(marker));
        }
    }

    private static Font fontFor(Block.Kind kind, double size) {
        return switch (kind) {
            case TITLE -> AppFonts.bold(Math.round(size * 1.45));
            case HEADING -> AppFonts.bold(Math.round(size * 1.2));
            case META -> AppFonts.regular(Math.round(size * 0.8));
            default -> AppFonts.regular(size);
        };
    }

    private static String styleFor(Block.Kind kind) {
        return switch (kind) {
            case TITLE -> "title";
            case HEADING -> "heading";
            case META -> "meta";
            case QUOTE -> "quote";
            default -> "paragraph";
        };
    }

    private static double indentFor(Block.Text t) {
        return switch (t.kind()) {
            case QUOTE, LIST_ITEM -> 28.0 * Math.max(1, t.depth());
            default -> 0;
        };
    }

    private static double gapAfter(Block.Kind kind, double size) {
        return switch (kind) {
            // Newspaper hierarchy: the headline is set apart at least as much as paragraphs from each other, and
            // the meta line (source, date, byline) closes the head with the widest gap before the body.
            case TITLE -> size * 0.9;
            case META -> size * 1.4;
            case HEADING -> size * 0.5;
            case LIST_ITEM -> size * 0.25;
            default -> size * 0.8;
        };
    }

    private void buildNodes() {
        List<Node> content = new ArrayList<>();
        lines.clear();
        List<Block.Text> blocks = document.get().textBlocks();
        for (LaidLine l : layout.lines()) {
            Text text = new Text(l.shown());
            text.setFont(l.font());
            text.setTextOrigin(VPos.TOP);
            text.setNodeOrientation(l.direction() == Direction.RTL
                    ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            text.getStyleClass().addAll("reader-line", l.styleClass());
            text.setLayoutX(l.x());
            text.setLayoutY(l.y() + (l.height() - text.getLayoutBounds().getHeight()) / 2);
            content.add(text);
            lines.add(l);
        }
        for (Decoration d : layout.decorations()) {
            content.add(d.node());
        }
        contentLayer.getChildren().setAll(content);
        nodesCurrent = true;
        drawLinks(blocks);
        drawMatches();
        drawSelection();
    }

    // ---- drawing of ranges ------------------------------------------------------------------------------------

    private void drawLinks(List<Block.Text> blocks) {
        List<Node> underlines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LaidLine l = lines.get(i);
            for (LinkSpan link : blocks.get(l.block()).links()) {
                Path p = rangePath(i, link.start(), link.end(), "reader-link");
                if (p != null) {
                    underlines.add(p);
                }
            }
        }
        // Links are drawn with the matches, behind the text.
        matchLinks = underlines;
    }

    private List<Node> matchLinks = List.of();

    private void drawMatches() {
        List<Node> shapes = new ArrayList<>(matchLinks);
        for (int m = 0; m < matches.size(); m++) {
            TextRange r = matches.get(m);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).block() == r.block()) {
                    Path p = rangePath(i, r.start(), r.end(), "reader-match");
                    if (p != null) {
                        if (m == currentMatch.get()) {
                            p.getStyleClass().add("current");
                        }
                        shapes.add(p);
                    }
                }
            }
        }
        matchLayer.getChildren().setAll(shapes);
    }

    private void drawSelection() {
        List<Node> shapes = new ArrayList<>();
        if (anchor != null && caret != null && !anchor.equals(caret)) {
            Position s = anchor.compareTo(caret) <= 0 ? anchor : caret;
            Position e = anchor.compareTo(caret) <= 0 ? caret : anchor;
            for (int i = 0; i < lines.size(); i++) {
                LaidLine l = lines.get(i);
                if (l.block() < s.block() || l.block() > e.block()) {
                    continue;
                }
                int from = l.block() == s.block() ? s.offset() : 0;
                int to = l.block() == e.block() ? e.offset() : Integer.MAX_VALUE;
                Path p = rangePath(i, from, to, "reader-selection");
                if (p != null) {
                    shapes.add(p);
                }
            }
        }
        selectionLayer.getChildren().setAll(shapes);
    }

    /*
     * Measured on OpenJFX 21 (Linux): for a right-to-left Text, hitTest and rangeShape use coordinates that run
     * from the line's logical start, i.e. mirrored against what is drawn (x = 0 is the right edge), while
     * localToParent does not mirror. These two functions map between them and this view's coordinates.
     */
    private static double toViewX(Text text, double textX) {
        return text.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT
                ? text.getLayoutX() + text.getLayoutBounds().getWidth() - textX
                : text.getLayoutX() + textX;
    }

    private static double toTextX(Text text, double viewX) {
        return text.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT
                ? text.getLayoutX() + text.getLayoutBounds().getWidth() - viewX
                : viewX - text.getLayoutX();
    }

    /** The shape of block characters {@code [from, to)} on line {@code i}, in this view's coordinates. */
    private Path rangePath(int i, int from, int to, String styleClass) {
        LaidLine l = lines.get(i);
        int a = Math.max(from, l.range().start());
        int b = Math.min(to, l.range().visibleEnd());
        if (a >= b) {
            return null;
        }
        Text text = (Text) contentLayer.getChildren().get(i);
        PathElement[] local = text.rangeShape(l.toShown(a), l.toShown(b));
        List<PathElement> out = new ArrayList<>();
        for (PathElement e : local) {
            if (e instanceof MoveTo m) {
                out.add(new MoveTo(toViewX(text, m.getX()), m.getY() + text.getLayoutY()));
            } else if (e instanceof LineTo t) {
                out.add(new LineTo(toViewX(text, t.getX()), t.getY() + text.getLayoutY()));
            } else if (e instanceof ClosePath) {
                out.add(new ClosePath());
            }
        }
        Path path = new Path(out);
        path.getStyleClass().add(styleClass);
        path.setManaged(false);
        return path;
    }

    private void revealCurrentMatch() {
        int m = currentMatch.get();
        if (m < 0 || m >= matches.size()) {
            return;
        }
        layoutIfNeeded();
        TextRange r = matches.get(m);
        for (LaidLine l : lines) {
            if (l.block() == r.block() && r.start() < Math.max(l.range().end(), l.range().start() + 1)
                    && r.start() >= l.range().start()) {
                revealHandler.accept(l.y(), l.y() + l.height());
                return;
            }
        }
    }

    // ---- mouse and keys ---------------------------------------------------------------------------------------

    /** The text position under a point of this view, or {@code null} when there is no text. */
    public Position positionAt(double x, double y) {
        layoutIfNeeded();
        if (lines.isEmpty()) {
            return null;
        }
        int i = lineIndexAt(y);
        LaidLine l = lines.get(i);
        Text text = (Text) contentLayer.getChildren().get(i);
        Point2D inText = new Point2D(toTextX(text, x), text.getLayoutBounds().getHeight() / 2);
        HitInfo hit = text.hitTest(inText);
        int offset = l.toBlock(hit.getInsertionIndex());
        return new Position(l.block(), offset);
    }

    private int lineIndexAt(double y) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).y() <= y) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Position p = positionAt(e.getX(), e.getY());
        if (p == null) {
            return;
        }
        if (e.isShiftDown() && anchor != null) {
            caret = p;
        } else {
            anchor = p;
            caret = p;
        }
        drawSelection();
    }

    private void dragged(MouseEvent e) {
        if (anchor == null || !e.isPrimaryButtonDown()) {
            return;
        }
        caret = positionAt(e.getX(), e.getY());
        drawSelection();
        revealHandler.accept(e.getY() - 10, e.getY() + 10);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Position p = positionAt(e.getX(), e.getY());
        if (p == null) {
            return;
        }
        Block.Text block = document.get().textBlocks().get(p.block());
        if (e.getClickCount() == 2) {
            selectWord(p, block.text());
        } else if (e.getClickCount() >= 3) {
            select(new Position(p.block(), 0), new Position(p.block(), block.text().length()));
        } else if (e.isStillSincePress() && (anchor == null || anchor.equals(caret))) {
            LinkSpan link = linkAt(block, p.offset());
            if (link != null) {
                linkHandler.accept(link.url());
            }
        }
    }

    private void moved(MouseEvent e) {
        Position p = positionAt(e.getX(), e.getY());
        boolean overLink = p != null && linkAt(document.get().textBlocks().get(p.block()), p.offset()) != null;
        setCursor(overLink ? Cursor.HAND : Cursor.TEXT);
    }

    private static LinkSpan linkAt(Block.Text block, int offset) {
        for (LinkSpan l : block.links()) {
            if (offset >= l.start() && offset < l.end()) {
                return l;
            }
        }
        return null;
    }

    private void selectWord(Position p, String text) {
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        int end = words.following(Math.min(p.offset(), Math.max(0, text.length() - 1)));
        int start = words.previous();
        if (end == BreakIterator.DONE) {
            end = text.length();
        }
        select(new Position(p.block(), Math.max(0, start)), new Position(p.block(), end));
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            copy();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            selectAll();
            e.consume();
        }
    }

    private void installContextMenu() {
        MenuItem copyItem = new MenuItem("⎘");
        copyItem.setOnAction(e -> copy());
        MenuItem all = new MenuItem("⤢");
        all.setOnAction(e -> selectAll());
        ContextMenu menu = new ContextMenu(copyItem, all);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        contextMenu = menu;
    }

    private ContextMenu contextMenu;

    /** Gives the context menu items their translated texts (the view itself knows no bundle). */
    public void setContextMenuTexts(String copyText, String selectAllText) {
        contextMenu.getItems().get(0).setText(copyText);
        contextMenu.getItems().get(1).setText(selectAllText);
    }
}
