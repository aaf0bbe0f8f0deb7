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
        ContextMenu suggestions = new ContextMenu();
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
                suggestions.show(field, javafx.geometry.Side.BOTTOM, 0, 0);
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
        HBox top = new HBox(6, field, filters, save, error);
        top.setAlignment(Pos.CENTER_LEFT);

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
        HBox filterRow = new HBox(6, source, from, to, marked, sort, clear);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        filterRow.visibleProperty().bind(filters.selectedProperty());
        filterRow.managedProperty().bind(filters.selectedProperty());
        root = new VBox(4, top, filterRow);
        root.getStyleClass().add("search-bar");
        root.setStyle("-fx-padding: 6 10 6 10; -fx-background-color: -sahifa-surface;");
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
