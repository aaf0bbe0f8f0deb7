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

/** The article list pane: a header with the count and the virtualised list of rows. */
public final class ArticleListView {

    private final ListView<ArticleRow> list = new ListView<>();
    private final BorderPane root = new BorderPane();

    public ArticleListView(ArticleListViewModel vm, I18n i18n, Dates dates) {
        list.setId("article-list");
        list.getStyleClass().add("article-list");
        list.itemsProperty().bind(vm.itemsProperty());
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(v -> new ArticleCell(i18n, dates));
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
            return i18n.get("list.empty");
        }, vm.loadingProperty(), vm.errorProperty(), i18n.bundleProperty()));
        list.setPlaceholder(new StackPane(empty));

        Label count = new Label();
        count.setId("article-count");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(vm.countKey(), vm.totalProperty().get()),
                vm.totalProperty(), vm.totalExactProperty(), vm.searchResultsProperty(), i18n.bundleProperty()));
        BorderPane.setMargin(count, new Insets(4, 10, 4, 10));
        root.setTop(count);
        root.setCenter(list);
        root.setMinWidth(200);
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
