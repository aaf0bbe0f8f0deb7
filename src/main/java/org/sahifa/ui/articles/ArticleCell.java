package org.sahifa.ui.articles;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.sahifa.ui.common.Dates;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.document.Direction;

import java.time.Instant;

/**
 * One row: unread dot, title, bookmark star; then source and date; for search results the passage around the
 * match and the spelling that matched. Every text is a single-line label in the bundled font (no wrapping, so
 * mixed Arabic/Latin titles keep their order), oriented by its own first strong character.
 */
public final class ArticleCell extends ListCell<ArticleRow> {

    private final I18n i18n;
    private final Dates dates;
    private final Circle dot = new Circle(4);
    private final Label title = new Label();
    private final Label star = new Label("★");
    private final Label meta = new Label();
    private final Label snippet = new Label();
    /** "Found as: …", the spellings the article wrote: a line of its own, in the interface's direction. */
    private final Label matched = new Label();
    private final Label bookmark = new Label();
    private final VBox box;

    public ArticleCell(I18n i18n, Dates dates) {
        this.i18n = i18n;
        this.dates = dates;
        dot.getStyleClass().add("unread-dot");
        star.getStyleClass().add("star");
        star.setStyle("-fx-text-fill: -sahifa-star;");
        star.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long title must not squeeze it to "…"
        title.getStyleClass().add("row-title");
        meta.getStyleClass().addAll("row-meta", "muted");
        snippet.getStyleClass().addAll("row-snippet", "muted");
        matched.getStyleClass().addAll("row-matched", "muted");
        matched.setId("row-matched");
        bookmark.getStyleClass().addAll("row-note", "muted");
        bookmark.setId("row-note");
        for (Label l : new Label[] {title, meta, matched, snippet, bookmark}) {
            l.setWrapText(false);
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            l.setMinWidth(0);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox top = new HBox(6, dot, title, star);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(0, top, meta, matched, snippet, bookmark);
        box.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ArticleRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (row == null) {
            title.setText(i18n.get("list.loading"));
            title.setStyle("");
            meta.setText("");
            dot.setVisible(false);
            star.setVisible(false);
            snippet.setManaged(false);
            snippet.setVisible(false);
            matched.setManaged(false);
            matched.setVisible(false);
            bookmark.setManaged(false);
            bookmark.setVisible(false);
            setGraphic(box);
            return;
        }
        title.setText(row.title());
        title.setNodeOrientation(orientation(row.title()));
        title.setStyle(row.read() ? "" : "-fx-font-weight: bold;");
        dot.setVisible(!row.read());
        star.setVisible(row.bookmarked());
        String source = row.source() == null || row.source().isBlank() ? i18n.get("row.noSource") : row.source();
        String date = row.published() == null ? i18n.get("row.noDate")
                : dates.get().shortDate(row.published(), Instant.now());
        // The meta line reads in the interface's direction whatever script the source's name is in: a label takes
        // the direction of its first strong character, so a mark of the interface's direction opens it.
        meta.setText((i18n.languageProperty().get().isRightToLeft() ? "\u200F" : "\u200E")
                + i18n.joinMeta(source, date));
        boolean result = row.snippet() != null;
        snippet.setManaged(result);
        snippet.setVisible(result);
        if (result) {
            String text = row.snippet().replace('\n', ' ');
            snippet.setText(text);
            snippet.setNodeOrientation(orientation(text));
        }
        // The spellings found get a line of their own in the interface's direction (opened by its mark, as the meta
        // line): put before an Arabic snippet in an English row, "Found as:" and its colon were reordered with it.
        boolean found = result && !row.matched().isEmpty();
        matched.setManaged(found);
        matched.setVisible(found);
        if (found) {
            matched.setText((i18n.languageProperty().get().isRightToLeft() ? "\u200F" : "\u200E")
                    + i18n.get("search.matched", String.join(i18n.get("list.separator"), row.matched())));
        }
        String noteLine = BookmarkLine.of(i18n, row.note(), row.tags());
        bookmark.setManaged(!noteLine.isEmpty());
        bookmark.setVisible(!noteLine.isEmpty());
        bookmark.setText(noteLine);
        bookmark.setNodeOrientation(orientation(noteLine));
        setGraphic(box);
        org.sahifa.ui.common.StartupProbe.firstRowRendered();
        StringBuilder a11y = new StringBuilder(row.title()).append(", ").append(meta.getText());
        if (!row.read()) {
            a11y.append(", ").append(i18n.get("row.unread"));
        }
        if (row.bookmarked()) {
            a11y.append(", ").append(i18n.get("row.bookmarked"));
        }
        if (!noteLine.isEmpty()) {
            a11y.append(", ").append(noteLine);
        }
        setAccessibleText(a11y.toString());
    }

    private static NodeOrientation orientation(String text) {
        return Direction.of(text, Direction.RTL) == Direction.RTL
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }
}
