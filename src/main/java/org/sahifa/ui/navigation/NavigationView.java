package org.sahifa.ui.navigation;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.document.Direction;

import java.util.function.Consumer;

/** The navigation pane: a list of entries with counts; headers are not selectable. */
public final class NavigationView {

    private final ListView<NavItem> list = new ListView<>();

    public NavigationView(NavigationViewModel vm, I18n i18n, Consumer<NavItem> onSelect) {
        list.setId("navigation");
        list.getStyleClass().add("navigation");
        list.setItems(vm.items());
        list.accessibleTextProperty().bind(i18n.bind("nav.a11y"));
        // Wide enough for a whole word and its count at any interface size (names wrap between words, never
        // inside one): the minimum follows the font (issue 12).
        list.setStyle("-fx-min-width: 11em;");
        list.setCellFactory(v -> new Cell(i18n));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item == null) {
                return;
            }
            if (!item.selectable()) {
                list.getSelectionModel().clearSelection();
                return;
            }
            if (vm.runAction(item)) {
                list.getSelectionModel().clearSelection();
                return;
            }
            onSelect.accept(item);
        });
    }

    public ListView<NavItem> list() {
        return list;
    }

    /** Selects the entry of this kind (and argument), if present. */
    public void select(NavItem.Kind kind, String arg) {
        for (int i = 0; i < list.getItems().size(); i++) {
            NavItem n = list.getItems().get(i);
            if (n.kind() == kind && (arg == null || arg.equals(n.arg()))) {
                list.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private static final class Cell extends ListCell<NavItem> {
        private final I18n i18n;
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        Cell(I18n i18n) {
            this.i18n = i18n;
            // A long name wraps rather than being cut; the count keeps its width (issue 12).
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setWrapText(true);
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("muted");
            setPrefWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox.setHgrow(name, Priority.SOMETIMES);
            box = new HBox(6, name, spacer, count);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(NavItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            getStyleClass().remove("nav-header");
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                setDisable(false);
                return;
            }
            if (item.kind() == NavItem.Kind.HEADER) {
                getStyleClass().add("nav-header");
            }
            name.setText(item.label());
            name.setStyle(item.kind() == NavItem.Kind.HEADER ? "-fx-font-weight: bold;" : "");
            name.setNodeOrientation(Direction.of(item.label(), Direction.RTL) == Direction.RTL
                    ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            count.setText(item.count() >= 0 ? i18n.get("nav.count", item.count()) : "");
            setGraphic(box);
            setAccessibleText(item.count() >= 0 ? item.label() + ", " + count.getText() : item.label());
        }
    }
}
