package org.sahifa.ui.search;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sahifa.ui.common.I18n;

/**
 * The search field (always at the top of the window), its suggestions, and a row of filters: source, date range,
 * bookmarked only, sort order, and "save search".
 */
public final class SearchBar {

    private final TextField field = new TextField();
    private final VBox root;
    private final ComboBox<String> source = new ComboBox<>();
    private final ContextMenu suggestions = new ContextMenu();
    private Runnable onDown = () -> { };
    /** Held so the bidirectional bridge to the boolean property is not garbage collected. */
    private javafx.beans.property.ObjectProperty<Boolean> sortValue;

    public SearchBar(SearchViewModel vm, I18n i18n, Runnable saveSearch) {
        field.setId("search-field");
        field.promptTextProperty().bind(i18n.bind("search.prompt"));
        field.accessibleTextProperty().bind(i18n.bind("search.a11y"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setPrefColumnCount(30);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.runNow();
            }
        });
        // Down goes on to the results (the suggestions are under the mouse, and Enter runs the query). A filter:
        // the field's own key handling would otherwise pass Down to focus traversal first.
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                suggestions.hide();
                onDown.run();
                e.consume();
            }
        });
        suggestions.setId("search-suggestions");
        vm.suggestions().addListener((javafx.collections.ListChangeListener<String>) c -> {
            suggestions.getItems().clear();
            for (String s : vm.suggestions()) {
                MenuItem item = new MenuItem(s);
                item.setOnAction(e -> {
                    field.setText(s);
                    field.positionCaret(s.length());
                });
                suggestions.getItems().add(item);
            }
            if (!suggestions.getItems().isEmpty() && field.isFocused()
                    && !vm.suggestions().contains(field.getText().strip())) {
                showSuggestions();
            } else {
                suggestions.hide();
            }
        });

        ToggleButton filters = new ToggleButton();
        filters.setId("search-filters");
        filters.textProperty().bind(i18n.bind("search.filters"));
        Button save = new Button();
        save.setId("save-search");
        save.textProperty().bind(i18n.bind("search.save"));
        save.disableProperty().bind(vm.activeProperty().not());
        save.setOnAction(e -> saveSearch.run());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() == null ? ""
                : i18n.get("search.error", vm.errorProperty().get()), vm.errorProperty(), i18n.bundleProperty()));
        // The buttons keep their whole text (the field gives way); an error gets a row of its own and wraps.
        filters.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setMinWidth(120);
        HBox top = new HBox(6, field, filters, save);
        top.setAlignment(Pos.CENTER_LEFT);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        source.setId("filter-source");
        source.promptTextProperty().bind(i18n.bind("search.anySource"));
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        DatePicker from = new DatePicker();
        from.setId("filter-from");
        from.promptTextProperty().bind(i18n.bind("search.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setPrefWidth(150);
        DatePicker to = new DatePicker();
        to.setId("filter-to");
        to.promptTextProperty().bind(i18n.bind("search.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.setPrefWidth(150);
        CheckBox marked = new CheckBox();
        marked.setId("filter-bookmarked");
        marked.textProperty().bind(i18n.bind("search.bookmarkedOnly"));
        marked.selectedProperty().bindBidirectional(vm.bookmarkedOnlyProperty());
        ComboBox<Boolean> sort = new ComboBox<>(FXCollections.observableArrayList(false, true));
        sort.setId("sort-order");
        sort.accessibleTextProperty().bind(i18n.bind("list.sort.a11y"));
        sort.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get(item ? "list.sort.date" : "list.sort.relevance"));
            }
        });
        sort.setButtonCell(sort.getCellFactory().call(null));
        sortValue = vm.newestFirstProperty().asObject();
        sort.valueProperty().bindBidirectional(sortValue);
        Button clear = new Button("✕");
        clear.setOnAction(e -> {
            source.setValue(null);
            from.setValue(null);
            to.setValue(null);
            marked.setSelected(false);
        });
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {source, from, to, marked, sort, clear}) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane filterRow = new javafx.scene.layout.FlowPane(6, 4, source, from, to, marked, sort,
                clear);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        filterRow.visibleProperty().bind(filters.selectedProperty());
        filterRow.managedProperty().bind(filters.selectedProperty());
        root = new VBox(4, top, error, filterRow);
        root.getStyleClass().add("search-bar");
        root.setStyle("-fx-padding: 6 10 6 10; -fx-background-color: -sahifa-surface;");
    }

    /**
     * Shows the suggestions under the field, on the side where the text starts (the right in Arabic), never past
     * the window's edges: {@code ContextMenu.show(node, Side.BOTTOM, …)} put the menu's left edge at the field's
     * left and, in a right-to-left window, let it run past the window (issue 12).
     */
    private void showSuggestions() {
        javafx.geometry.Bounds b = field.localToScreen(field.getBoundsInLocal());
        javafx.stage.Window w = field.getScene() == null ? null : field.getScene().getWindow();
        if (b == null || w == null) {
            return;
        }
        boolean rtl = field.getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT;
        suggestions.setAnchorLocation(rtl ? javafx.stage.PopupWindow.AnchorLocation.CONTENT_TOP_RIGHT
                : javafx.stage.PopupWindow.AnchorLocation.CONTENT_TOP_LEFT);
        double x = rtl ? b.getMaxX() : b.getMinX();
        x = Math.max(w.getX(), Math.min(w.getX() + w.getWidth(), x));
        suggestions.show(field, x, b.getMaxY());
    }

    /** Called when Down is pressed in the field (the window moves the focus to the results). */
    public void setOnDown(Runnable handler) {
        this.onDown = handler;
    }

    /** The suggestions under the field (for tests). */
    public ContextMenu suggestions() {
        return suggestions;
    }

    /** The sources to offer in the filter. */
    public void setSources(ObservableList<String> names) {
        source.setItems(names);
    }

    public TextField field() {
        return field;
    }

    public VBox root() {
        return root;
    }
}
