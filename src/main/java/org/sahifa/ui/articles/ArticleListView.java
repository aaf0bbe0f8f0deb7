package org.sahifa.ui.articles;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.sahifa.ui.common.Dates;
import org.sahifa.ui.common.I18n;

/**
 * The article list pane: a header with the count and the virtualised list of rows. While a search runs longer than
 * {@link #SEARCHING_DELAY} the rows are covered by a "searching for …" state and the count line says so (decision
 * 0238): the rows of the previous answer are not shown as if they were the new one, and a fast search does not
 * flicker.
 */
public final class ArticleListView {

    /** How long a search may run before the list says it is searching. */
    public static final javafx.util.Duration SEARCHING_DELAY = javafx.util.Duration.millis(150);

    private final ListView<ArticleRow> list = new ListView<>();
    private final BorderPane root = new BorderPane();
    /** The article of the selected row, kept while its row is replaced by a fuller one (snippet, read state). */
    private long selectedId = -1;
    private boolean restoring;
    /** True while the "searching" state covers the rows (a search has run longer than the delay). */
    private final javafx.beans.property.BooleanProperty searchingShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "searchingShown");

    public ArticleListView(ArticleListViewModel vm, I18n i18n, Dates dates) {
        list.setId("article-list");
        list.getStyleClass().add("article-list");
        list.itemsProperty().bind(vm.itemsProperty());
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(v -> new ArticleCell(i18n, dates));
        keepSelectionWhenRowsAreReplaced();
        list.accessibleTextProperty().bind(i18n.bind("list.a11y"));
        // Change listeners, not invalidation listeners: a lazy binding that no row read since its last change (all
        // rows undated) would not tell again, and the rows would keep the old language's meta line.
        dates.binding().addListener((o, was, now) -> list.refresh());
        i18n.bundleProperty().addListener((o, was, now) -> list.refresh());

        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.loadingProperty().get()) {
                return i18n.get("list.loading");
            }
            if (vm.errorProperty().get() != null) {
                return vm.errorProperty().get();
            }
            return i18n.get(vm.emptyKey(), vm.resultsQueryProperty().get());
        }, vm.loadingProperty(), vm.errorProperty(), vm.resultsQueryProperty(), vm.searchResultsProperty(),
                vm.itemsProperty(), i18n.bundleProperty()));
        empty.setId("list-empty");
        empty.setWrapText(true);
        list.setPlaceholder(new StackPane(empty));

        Label count = new Label();
        count.setId("article-count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> searchingShown.get() ? i18n.get("search.searchingShort")
                        : i18n.get(vm.countKey(), vm.totalProperty().get()),
                vm.totalProperty(), vm.totalExactProperty(), vm.searchResultsProperty(), searchingShown,
                i18n.bundleProperty()));
        BorderPane.setMargin(count, new Insets(4, 10, 4, 10));
        root.setTop(count);
        root.setCenter(new StackPane(list, searchingCover(vm, i18n)));
        root.setMinWidth(200);
    }

    /**
     * The "searching for …" state over the rows: shown once a search has run for {@link #SEARCHING_DELAY}, gone
     * with its answer; it hides the rows and takes their clicks.
     */
    private javafx.scene.Node searchingCover(ArticleListViewModel vm, I18n i18n) {
        javafx.animation.PauseTransition delay = new javafx.animation.PauseTransition(SEARCHING_DELAY);
        delay.setOnFinished(e -> searchingShown.set(vm.searchingProperty().get() != null));
        vm.searchingProperty().addListener((o, was, now) -> {
            if (now == null) {
                delay.stop();
                searchingShown.set(false);
            } else if (!searchingShown.get()) {
                delay.playFromStart();
            }
        });
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setMaxSize(28, 28);
        Label text = new Label();
        text.setId("list-searching");
        text.getStyleClass().add("empty-state");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.searchingProperty().get() == null ? ""
                : i18n.get("search.searching", vm.searchingProperty().get()),
                vm.searchingProperty(), i18n.bundleProperty()));
        javafx.scene.layout.VBox cover = new javafx.scene.layout.VBox(10, spinner, text);
        cover.setAlignment(javafx.geometry.Pos.CENTER);
        cover.setPadding(new Insets(20));
        cover.getStyleClass().add("searching-cover");
        cover.visibleProperty().bind(searchingShown);
        // Opaque and taking the clicks; the list stays in the scene (hiding it would take the keyboard focus away).
        cover.setPickOnBounds(true);
        return cover;
    }

    /** True while the list shows that a search runs instead of rows. */
    public javafx.beans.property.ReadOnlyBooleanProperty searchingShownProperty() {
        return javafx.beans.property.ReadOnlyBooleanProperty.readOnlyBooleanProperty(searchingShown);
    }

    /**
     * A row replaced by another row of the same article (its snippet filled in, its read state changed) stays
     * selected: ListView clears the selection of a replaced item, which lost the place of a keyboard user.
     */
    private void keepSelectionWhenRowsAreReplaced() {
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                selectedId = row.id();
            }
        });
        javafx.collections.ListChangeListener<ArticleRow> rows = c -> {
            int again = -1;
            while (c.next()) {
                if (c.wasReplaced() && selectedId >= 0) {
                    for (int k = 0; k < c.getAddedSize() && k < c.getRemovedSize(); k++) {
                        ArticleRow removed = c.getRemoved().get(k);
                        ArticleRow added = c.getAddedSubList().get(k);
                        if (removed != null && added != null && removed.id() == selectedId && added.id() == selectedId) {
                            again = c.getFrom() + k;
                        }
                    }
                }
            }
            if (again >= 0 && list.getSelectionModel().getSelectedIndex() != again) {
                restoring = true;
                try {
                    list.getSelectionModel().clearAndSelect(again);
                    list.getFocusModel().focus(again);
                } finally {
                    restoring = false;
                }
            }
        };
        list.itemsProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeListener(rows);
            }
            selectedId = -1;
            if (now != null) {
                now.addListener(rows);
            }
        });
        if (list.getItems() != null) {
            list.getItems().addListener(rows);
        }
    }

    /** True while a replaced row is being selected again (the reader already shows its article). */
    public boolean isRestoringSelection() {
        return restoring;
    }

    public ListView<ArticleRow> list() {
        return list;
    }

    public BorderPane root() {
        return root;
    }

    /** Selects the next (+1) or previous (-1) row and shows it. */
    public void move(int delta) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int i = list.getSelectionModel().getSelectedIndex();
        int next = i < 0 ? 0 : Math.max(0, Math.min(size - 1, i + delta));
        list.getSelectionModel().clearAndSelect(next);
        list.getFocusModel().focus(next);
        if (list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null) {
            int first = flow.getFirstVisibleCell().getIndex();
            int last = flow.getLastVisibleCell().getIndex();
            if (next <= first || next >= last) {
                flow.scrollTo(next);
            }
        } else {
            list.scrollTo(next);
        }
    }
}
