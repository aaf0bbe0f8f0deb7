package org.sahifa.ui.entities;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sahifa.entities.CoMention;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.Entity;
import org.sahifa.entities.NameForm;
import org.sahifa.entities.Spelling;
import org.sahifa.ui.articles.ArticleCell;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.Dates;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.document.Direction;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The places/persons browser (a filter field over a list of entities with their counts and main spellings) and
 * the entity page (a search for the name, the forms of the name with their article counts, timeline chart,
 * co-mentioned entities, articles, corrections).
 */
public final class EntityViews {

    private final ListView<EntitySummary> list = new ListView<>();
    private final TextField filter = new TextField();
    private final BorderPane listPane = new BorderPane();
    private final BorderPane page = new BorderPane();
    private final EntityPageViewModel pageVm;
    private final I18n i18n;
    private final Dates dates;
    private final SceneFactory scenes;
    private final Supplier<Window> owner;
    private Consumer<ArticleRow> onArticle = r -> { };
    private Consumer<Entity> onSearch = e -> { };
    /** An entity whose page is open, to select in the list once the list (loading) shows it; or -1. */
    private long pendingSelection = -1;
    private boolean selectingPending;

    public EntityViews(EntityBrowserViewModel browser, EntityPageViewModel pageVm, I18n i18n, Dates dates,
                       SceneFactory scenes, Supplier<Window> owner) {
        this.pageVm = pageVm;
        this.i18n = i18n;
        this.dates = dates;
        this.scenes = scenes;
        this.owner = owner;
        list.setId("entity-list");
        list.getStyleClass().add("article-list");
        list.setItems(browser.items());
        list.setCellFactory(v -> new EntityCell());
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(i18n.bind("entity.none"));
        list.setPlaceholder(empty);
        filter.setId("entity-filter");
        filter.promptTextProperty().bind(i18n.bind("entity.filter"));
        filter.accessibleTextProperty().bind(i18n.bind("entity.filter.a11y"));
        filter.textProperty().bindBidirectional(browser.filterProperty());
        // Down from the filter goes on to the names it kept.
        filter.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        BorderPane.setMargin(filter, new Insets(6, 8, 6, 8));
        listPane.setTop(filter);
        listPane.setCenter(list);
        listPane.setStyle("-fx-min-width: 11em;"); // a whole word and a count at any interface size
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (selectingPending) {
                return; // its page is open already
            }
            pendingSelection = -1;
            if (e != null) {
                pageVm.open(e.entity().id());
            }
        });
        browser.items().addListener((javafx.collections.ListChangeListener<EntitySummary>) c -> selectPending());
        pageVm.setOnChanged(browser::reload);
        Label pageEmpty = new Label();
        pageEmpty.getStyleClass().add("empty-state");
        pageEmpty.textProperty().bind(Bindings.createStringBinding(() -> pageVm.errorProperty().get() != null
                ? pageVm.errorProperty().get() : i18n.get("entity.choose"), pageVm.errorProperty(),
                i18n.bundleProperty()));
        page.setCenter(new StackPane(pageEmpty));
        pageVm.pageProperty().addListener((o, a, p) -> page.setCenter(p == null ? new StackPane(pageEmpty) : build(p)));
        i18n.bundleProperty().addListener(o -> {
            if (pageVm.pageProperty().get() != null) {
                page.setCenter(build(pageVm.pageProperty().get()));
            }
        });
    }

    /** Called when an article of the entity page is chosen. */
    public void setOnArticle(Consumer<ArticleRow> handler) {
        this.onArticle = handler;
    }

    /** Called with the entity whose name the user wants to search for (the page's search button). */
    public void setOnSearch(Consumer<Entity> handler) {
        this.onSearch = handler;
    }

    public ListView<EntitySummary> list() {
        return list;
    }

    /** The list with its filter field above it. */
    public BorderPane listPane() {
        return listPane;
    }

    public TextField filter() {
        return filter;
    }

    /** Opens the page of {@code entity} and selects it in the list when the list shows it. */
    public void open(Entity entity) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).entity().id() == entity.id()) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(i);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
        pendingSelection = entity.id();
        pageVm.open(entity.id());
    }

    private void selectPending() {
        if (pendingSelection < 0) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).entity().id() == pendingSelection) {
                pendingSelection = -1;
                selectingPending = true;
                try {
                    list.getSelectionModel().clearAndSelect(i);
                } finally {
                    selectingPending = false;
                }
                list.scrollTo(i);
                return;
            }
        }
    }

    public BorderPane page() {
        return page;
    }

    private Node build(EntityPageViewModel.Page p) {
        EntitySummary s = p.summary();
        Label name = new Label(s.entity().name());
        name.setId("entity-name");
        name.setStyle("-fx-font-size: 1.8em; -fx-font-weight: bold;");
        name.setWrapText(true);
        name.setNodeOrientation(orientation(s.entity().name()));
        Label figures = new Label(i18n.get("entity.figures", s.articles(), s.mentions()));
        figures.getStyleClass().add("muted");

        Button rename = action("entity.rename", "entity.renamePrompt", s.entity().name(), pageVm::rename);
        Button alias = action("entity.alias", "entity.aliasPrompt", "", pageVm::alias);
        Button merge = action("entity.merge", "entity.mergePrompt", "", pageVm::mergeWith);
        FlowPane actions = new FlowPane(6, 6, rename, alias, merge);

        Button search = new Button(i18n.get("entity.search", s.entity().name()));
        search.setId("entity-search");
        search.setOnAction(e -> onSearch.accept(s.entity()));
        actions.getChildren().add(0, search);

        GridPane forms = new GridPane();
        forms.setId("entity-forms");
        forms.setHgap(14);
        forms.setVgap(2);
        int row = 0;
        for (NameForm f : p.forms()) {
            Label text = new Label(f.text());
            text.setNodeOrientation(orientation(f.text()));
            text.setWrapText(true);
            Label articles = new Label(i18n.get("entity.formArticles", f.articles()));
            articles.setMinWidth(Region.USE_PREF_SIZE);
            articles.getStyleClass().add("muted");
            forms.addRow(row++, text, articles);
        }

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? i18n.get("nav.count", n.longValue()) : "";
            }

            @Override
            public Number fromString(String string) {
                return 0;
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("entity-timeline");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        chart.setMinHeight(180);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        com.ibm.icu.text.DateFormat month = com.ibm.icu.text.DateFormat.getInstanceForSkeleton("yMMM", i18n.uLocale());
        for (Map.Entry<YearMonth, Long> e : p.timeline().entrySet()) {
            java.util.Date d = java.util.Date.from(e.getKey().atDay(15).atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant());
            month.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
            series.getData().add(new XYChart.Data<>(month.format(d), e.getValue()));
        }
        chart.getData().add(series);
        Label undated = new Label(p.undated() > 0 ? i18n.get("entity.undated", p.undated()) : "");
        undated.setId("entity-undated");
        undated.getStyleClass().add("muted");
        undated.managedProperty().bind(undated.visibleProperty());
        undated.setVisible(p.undated() > 0);

        FlowPane co = new FlowPane(6, 4);
        co.setId("entity-comentions");
        for (CoMention c : p.coMentions()) {
            Button chip = new Button(c.entity().name() + "  " + i18n.get("nav.count", c.articles()));
            chip.getStyleClass().add("chip");
            chip.setOnAction(e -> pageVm.open(c.entity().id()));
            co.getChildren().add(chip);
        }

        ListView<ArticleRow> articles = new ListView<>();
        articles.setId("entity-articles");
        articles.getStyleClass().add("article-list");
        articles.getItems().setAll(p.articles());
        articles.setCellFactory(v -> new ArticleCell(i18n, dates));
        articles.setPrefHeight(320);
        articles.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                onArticle.accept(r);
            }
        });

        VBox box = new VBox(10, name, figures, actions,
                heading("entity.forms"), forms,
                heading("entity.timeline"), chart, undated,
                heading("entity.coMentions"), co,
                heading("entity.articles"), articles);
        box.setPadding(new Insets(14, 18, 14, 18));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Label heading(String key) {
        Label l = new Label(i18n.get(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private Button action(String key, String promptKey, String initial, Consumer<String> apply) {
        Button b = new Button(i18n.get(key));
        b.setOnAction(e -> {
            TextInputDialog d = new TextInputDialog(initial);
            scenes.decorate(d);
            d.initOwner(owner.get());
            d.setTitle(i18n.get(key));
            d.setHeaderText(null);
            d.setContentText(i18n.get(promptKey));
            d.showAndWait().map(String::strip).filter(v -> !v.isEmpty()).ifPresent(apply);
        });
        return b;
    }

    private static NodeOrientation orientation(String text) {
        return Direction.of(text, Direction.RTL) == Direction.RTL
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    private final class EntityCell extends ListCell<EntitySummary> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final Label spellings = new Label();
        private final VBox box;

        EntityCell() {
            setPrefWidth(0);
            count.getStyleClass().add("muted");
            // The name wraps and the figures have a line of their own, so neither is cut in a narrow list; the
            // line of spellings is a summary that may end in "…" (all of them are on the page).
            spellings.getStyleClass().addAll("muted", "row-snippet");
            spellings.setTextOverrun(OverrunStyle.ELLIPSIS);
            spellings.setMinWidth(0);
            name.setStyle("-fx-font-weight: bold;");
            name.setWrapText(true);
            name.setMinWidth(0);
            count.setWrapText(true);
            count.setMinWidth(0);
            box = new VBox(0, name, count, spellings);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(EntitySummary s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            name.setText(s.entity().name());
            count.setText(i18n.get("entity.figures", s.articles(), s.mentions()));
            spellings.setText(s.spellings().stream().map(Spelling::text).collect(Collectors.joining("، ")));
            setGraphic(box);
            setAccessibleText(s.entity().name() + ", " + count.getText());
        }
    }
}
