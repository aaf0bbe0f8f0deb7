package org.sahifa.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableLongValue;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.search.SearchIndexViewModel;

/**
 * The window's status line: the library's article count, a hint while files are dragged over the window, and,
 * while the search index is opened or built, how far that got ("12,345 of 30,317 articles", in the interface's
 * digits) with a link to stop it; after a stop, that the next search starts it again (decision 0238).
 */
final class StatusLine {

    private final I18n i18n;
    private final Label text = new Label();
    private final Hyperlink stop = new Hyperlink();
    private final HBox root;
    private ObservableLongValue articles;
    private SearchIndexViewModel index;
    private String hint;
    private boolean merging;

    StatusLine(I18n i18n) {
        this.i18n = i18n;
        text.setId("status-text");
        text.getStyleClass().add("muted");
        stop.setId("status-index-stop");
        stop.textProperty().bind(i18n.bind("status.indexCancel"));
        stop.setFocusTraversable(false);
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setVisible(false);
        root = new HBox(6, text, stop);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    HBox root() {
        return root;
    }

    /** Shows the library's article count when nothing else is to be said. */
    void showArticles(ObservableLongValue total) {
        this.articles = total;
        rebind();
    }

    /** Follows {@code index}: its preparation's progress and stop link, or that it was stopped. */
    void follow(SearchIndexViewModel index) {
        this.index = index;
        // Only once there is a count: opening the index (and finding it up to date) cannot be stopped.
        stop.visibleProperty().bind(index.preparingProperty().and(index.totalProperty().greaterThan(0)));
        stop.setOnAction(e -> index.stop());
        rebind();
    }

    /** While {@code merging}, says that the search index is being merged (decision 0233). */
    void showMerging(boolean merging) {
        this.merging = merging;
        rebind();
    }

    /** Shows {@code message} instead (a drag over the window) until {@link #clearHint()}. */
    void showHint(String message) {
        hint = message;
        rebind();
    }

    void clearHint() {
        hint = null;
        rebind();
    }

    private void rebind() {
        if (hint != null) {
            text.textProperty().unbind();
            text.setText(hint);
            return;
        }
        javafx.beans.Observable[] deps = index == null
                ? new javafx.beans.Observable[] {i18n.bundleProperty()}
                : new javafx.beans.Observable[] {i18n.bundleProperty(), index.preparingProperty(),
                        index.stoppedProperty(), index.doneProperty(), index.totalProperty()};
        if (articles != null) {
            deps = java.util.Arrays.copyOf(deps, deps.length + 1);
            deps[deps.length - 1] = articles;
        }
        text.textProperty().bind(Bindings.createStringBinding(this::message, deps));
    }

    private String message() {
        if (index != null && index.preparingProperty().get()) {
            long total = index.totalProperty().get();
            // Opening the index, finding it up to date and warming up report nothing: a count only while indexing.
            return total <= 0 ? i18n.get("status.indexingOpen")
                    : i18n.get("status.indexing", Math.max(0, index.doneProperty().get()), total);
        }
        if (merging) {
            return i18n.get("status.merging");
        }
        if (index != null && index.stoppedProperty().get()) {
            return i18n.get("status.indexStopped");
        }
        return articles == null ? "" : i18n.get("status.articles", articles.get());
    }
}
