package org.sahifa.ui.feeds;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sahifa.ingest.feed.NetworkState;
import org.sahifa.ui.common.I18n;

import java.util.function.Consumer;

/**
 * The Sources section of the navigation pane: a header with refresh and add buttons, a progress bar with cancel
 * while refreshing, a quiet offline notice, and the feeds — each with its unread count and, when its last refresh
 * failed, an error badge whose tooltip gives the reason. Right-click: refresh, rename, unsubscribe.
 */
public final class SourcesView {

    private final SourcesViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(4);
    private final ListView<SourceItem> list = new ListView<>();

    /**
     * @param onSelect called with the chosen source (list its articles with {@code ArticleFilter.withSource})
     * @param onAdd    opens the add-a-source dialog
     */
    public SourcesView(SourcesViewModel vm, I18n i18n, Consumer<SourceItem> onSelect, Runnable onAdd) {
        this.vm = vm;
        this.i18n = i18n;
        root.getStyleClass().add("sources");

        Label header = new Label();
        header.textProperty().bind(i18n.bind("nav.sources"));
        header.getStyleClass().add("nav-header");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("⟳");
        refresh.setId("sources-refresh");
        refresh.disableProperty().bind(vm.refreshingProperty());
        refresh.setOnAction(e -> vm.refreshAll());
        tooltip(refresh, "feeds.refreshAll");
        Button add = new Button("+");
        add.setId("sources-add");
        add.setOnAction(e -> onAdd.run());
        tooltip(add, "nav.addFeed");
        HBox top = new HBox(4, header, spacer, refresh, add);
        top.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button();
        cancel.textProperty().bind(i18n.bind("feeds.cancel"));
        cancel.setOnAction(e -> vm.cancelRefresh());
        HBox progress = new HBox(4, bar, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.refreshingProperty());
        progress.managedProperty().bind(vm.refreshingProperty());
        progress.setId("sources-progress");

        Label offline = new Label();
        offline.setId("sources-offline");
        offline.textProperty().bind(i18n.bind("feeds.offline"));
        offline.getStyleClass().add("empty-state");
        offline.setWrapText(true);
        offline.visibleProperty().bind(vm.networkProperty().isEqualTo(NetworkState.OFFLINE));
        offline.managedProperty().bind(offline.visibleProperty());

        Label summary = new Label();
        summary.getStyleClass().add("empty-state");
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            SourcesViewModel.Summary s = vm.lastSummaryProperty().get();
            return s == null ? "" : i18n.get("feeds.summary", s.newArticles(), s.failed());
        }, vm.lastSummaryProperty(), i18n.bundleProperty()));
        summary.visibleProperty().bind(vm.lastSummaryProperty().isNotNull().and(vm.refreshingProperty().not()));
        summary.managedProperty().bind(summary.visibleProperty());

        list.setItems(vm.items());
        list.setId("sources-list");
        list.setCellFactory(v -> new SourceCell());
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("feeds.empty"));
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                onSelect.accept(item);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(top, progress, offline, summary, list);
    }

    public Node node() {
        return root;
    }

    private void tooltip(Button b, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        b.setTooltip(t);
        b.accessibleTextProperty().bind(i18n.bind(key));
    }

    private final class SourceCell extends ListCell<SourceItem> {
        private final Label title = new Label();
        private final Label folder = new Label();
        private final Label badge = new Label("!");
        private final Label unread = new Label();
        private final Tooltip reason = new Tooltip();
        private final HBox box;

        SourceCell() {
            folder.getStyleClass().add("empty-state");
            badge.getStyleClass().add("source-error-badge");
            badge.setStyle("-fx-text-fill: white; -fx-background-color: #c0392b; -fx-background-radius: 8;"
                    + " -fx-padding: 0 6 0 6; -fx-font-weight: bold;");
            badge.setTooltip(reason);
            reason.setWrapText(true);
            reason.setMaxWidth(420);
            unread.getStyleClass().add("source-unread");
            unread.setStyle("-fx-font-weight: bold;");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            title.setMinWidth(0);
            box = new HBox(6, folder, title, spacer, badge, unread);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(SourceItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
                setTooltip(null);
                return;
            }
            title.setText(item.title());
            folder.setText(item.folder() == null ? "" : item.folder() + " ›");
            folder.setVisible(item.folder() != null);
            folder.setManaged(item.folder() != null);
            unread.setText(item.unread() > 0 ? format(item.unread()) : "");
            badge.setVisible(item.failing());
            badge.setManaged(item.failing());
            reason.setText(item.failing() ? reasonText(item) : "");
            setTooltip(item.note() == null ? null : new Tooltip(i18n.get("feeds.note", item.note())));
            setAccessibleText(item.title() + (item.unread() > 0 ? ", " + i18n.get("feeds.unread", item.unread()) : "")
                    + (item.failing() ? ", " + reasonText(item) : ""));
            setGraphic(box);
            setText(null);
            setContextMenu(menu(item));
        }

        private String reasonText(SourceItem item) {
            String kind = item.errorKind() == null ? "IO" : item.errorKind();
            String why = i18n.get("feeds.reason." + kind);
            if (why.equals("feeds.reason." + kind)) {
                why = i18n.get("feeds.reason.IO");
            }
            return i18n.get("feeds.error", why) + "\n" + item.error();
        }

        private String format(long n) {
            return i18n.get("feeds.count", n);
        }

        private ContextMenu menu(SourceItem item) {
            MenuItem refresh = new MenuItem(i18n.get("feeds.menu.refresh"));
            refresh.setOnAction(e -> vm.refresh(item.feedId()));
            MenuItem rename = new MenuItem(i18n.get("feeds.menu.rename"));
            rename.setOnAction(e -> {
                TextInputDialog d = new TextInputDialog(item.title());
                d.setHeaderText(null);
                d.setTitle(i18n.get("feeds.menu.rename"));
                d.getDialogPane().setNodeOrientation(root.getEffectiveNodeOrientation());
                d.showAndWait().filter(s -> !s.isBlank()).ifPresent(s -> vm.rename(item.feedId(), s));
            });
            MenuItem remove = new MenuItem(i18n.get("feeds.menu.remove"));
            remove.setOnAction(e -> vm.unsubscribe(item.feedId()));
            return new ContextMenu(refresh, rename, remove);
        }
    }
}
