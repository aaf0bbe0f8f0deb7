package org.sahifa.ui.reader;

import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.sahifa.store.Article;
import org.sahifa.ui.common.Dates;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.document.ArticleDocument;
import org.sahifa.ui.document.Direction;
import org.sahifa.ui.layout.ArticleTextView;
import org.sahifa.ui.settings.SettingsModel;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The reader pane: a toolbar (bookmark with note and tags, read/unread, copy, open original, previous/next
 * match) over the article drawn by {@link ArticleTextView} in a scroll pane; an empty state when nothing is open.
 */
public final class ReaderView {

    private final ReaderViewModel vm;
    private final I18n i18n;
    private final Dates dates;
    private final SceneFactory scenes;
    private final Supplier<Window> owner;
    private final ArticleTextView text = new ArticleTextView();
    private final ScrollPane scroll = new ScrollPane(text);
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final javafx.scene.layout.FlowPane chips = new javafx.scene.layout.FlowPane(6, 4);
    private final javafx.scene.layout.FlowPane bookmarkInfo = new javafx.scene.layout.FlowPane(6, 4);
    private java.util.function.Consumer<org.sahifa.entities.Entity> onEntity = entity -> { };
    private java.util.function.Consumer<String> onTag = tag -> { };

    public ReaderView(ReaderViewModel vm, I18n i18n, Dates dates, SceneFactory scenes, HostServices host,
                      Supplier<Window> owner) {
        this.vm = vm;
        this.i18n = i18n;
        this.dates = dates;
        this.scenes = scenes;
        this.owner = owner;
        SettingsModel settings = scenes.settings();
        text.setId("article-text");
        text.fontSizeProperty().bind(settings.fontSizeProperty());
        text.lineSpacingProperty().bind(settings.lineSpacingProperty());
        text.justifyProperty().bind(settings.justifyProperty());
        text.accessibleTextProperty().bind(i18n.bind("reader.a11y"));
        text.setLinkHandler(url -> openInBrowser(host, url));
        text.setRevealHandler(this::reveal);
        i18n.bundleProperty().addListener(o -> text.setContextMenuTexts(i18n.get("reader.copy"),
                i18n.get("reader.selectAll")));
        text.setContextMenuTexts(i18n.get("reader.copy"), i18n.get("reader.selectAll"));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("reader-scroll");

        Button bookmark = new Button();
        bookmark.setId("bookmark-toggle");
        bookmark.textProperty().bind(Bindings.createStringBinding(() -> (vm.bookmarkedProperty().get() ? "★ " : "☆ ")
                + i18n.get(vm.bookmarkedProperty().get() ? "reader.unbookmark" : "reader.bookmark"),
                vm.bookmarkedProperty(), i18n.bundleProperty()));
        bookmark.setOnAction(e -> vm.toggleBookmark());
        tooltip(bookmark, Bindings.createStringBinding(() -> i18n.get(vm.bookmarkedProperty().get()
                ? "reader.unbookmark" : "reader.bookmark"), vm.bookmarkedProperty(), i18n.bundleProperty()));
        Button note = new Button();
        note.setId("bookmark-note");
        note.textProperty().bind(i18n.bind("reader.note"));
        note.setOnAction(e -> editBookmark());
        Button read = new Button();
        read.setId("read-toggle");
        read.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.readProperty().get()
                ? "reader.markUnread" : "reader.markRead"), vm.readProperty(), i18n.bundleProperty()));
        read.setOnAction(e -> vm.toggleRead());
        Button copy = new Button();
        copy.setId("copy");
        copy.textProperty().bind(i18n.bind("reader.copy"));
        copy.setOnAction(e -> {
            text.copy();
            status.setText(i18n.get("reader.copied"));
        });
        Button original = new Button();
        original.setId("open-original");
        original.textProperty().bind(i18n.bind("reader.openOriginal"));
        original.setOnAction(e -> {
            ReaderViewModel.Loaded l = vm.loadedProperty().get();
            if (l != null && l.article().url() != null) {
                openInBrowser(host, l.article().url());
            }
        });
        original.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.loadedProperty().get() == null
                || !isWebAddress(vm.loadedProperty().get().article().url()), vm.loadedProperty()));
        Button previous = new Button("‹");
        previous.setId("previous-match");
        previous.setOnAction(e -> text.previousMatch());
        tooltip(previous, i18n.bind("reader.previousMatch"));
        Button next = new Button("›");
        next.setId("next-match");
        next.setOnAction(e -> text.nextMatch());
        tooltip(next, i18n.bind("reader.nextMatch"));
        Label matches = new Label();
        matches.setId("match-count");
        matches.textProperty().bind(Bindings.createStringBinding(() -> text.matchCountProperty().get() == 0 ? ""
                : i18n.get("reader.matchCount", text.currentMatchProperty().get() + 1, text.matchCountProperty().get()),
                text.matchCountProperty(), text.currentMatchProperty(), i18n.bundleProperty()));
        HBox matchBox = new HBox(4, previous, matches, next);
        matchBox.setAlignment(Pos.CENTER);
        matchBox.visibleProperty().bind(text.matchCountProperty().greaterThan(0));
        matchBox.managedProperty().bind(matchBox.visibleProperty());
        status.getStyleClass().add("muted");
        // The buttons keep their whole text and wrap onto another row when the pane is narrow (issue 12): an HBox
        // cut them to «إزالة من المحفوظا…», «ن…» at the default window size.
        for (Region r : new Region[] {bookmark, note, read, copy, original, previous, next, matches, status}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        matchBox.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(6, 4, bookmark, note, read, copy,
                original, matchBox, status);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("reader-toolbar");
        toolbar.disableProperty().bind(vm.loadedProperty().isNull());

        Label empty = new Label();
        empty.setId("reader-empty");
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                ? i18n.get("reader.error", vm.errorProperty().get()) : i18n.get("reader.empty"),
                vm.errorProperty(), i18n.bundleProperty()));
        StackPane center = new StackPane(empty, scroll);
        scroll.visibleProperty().bind(vm.loadedProperty().isNotNull());
        empty.visibleProperty().bind(vm.loadedProperty().isNull());
        chips.setId("entity-chips");
        chips.setPadding(new Insets(0, 12, 6, 12));
        chips.managedProperty().bind(chips.visibleProperty());
        chips.setVisible(false);
        bookmarkInfo.setId("bookmark-info");
        bookmarkInfo.setPadding(new Insets(0, 12, 6, 12));
        bookmarkInfo.managedProperty().bind(bookmarkInfo.visibleProperty());
        bookmarkInfo.setVisible(false);
        javafx.beans.InvalidationListener info = o -> showBookmarkInfo();
        vm.bookmarkedProperty().addListener(info);
        vm.noteProperty().addListener(info);
        vm.tags().addListener(info);
        i18n.bundleProperty().addListener(info);
        root.setTop(new javafx.scene.layout.VBox(toolbar, bookmarkInfo, chips));
        root.setCenter(center);
        root.setMinWidth(260);

        vm.loadedProperty().addListener((o, a, l) -> show(l));
        vm.highlightsProperty().addListener((o, a, forms) -> text.highlight(forms));
        // A change listener: an undated article never reads the date formatter, so an invalidation listener would
        // stop hearing about language switches and leave the meta line in the old language.
        dates.binding().addListener((o, was, now) -> show(vm.loadedProperty().get()));
    }

    private void show(ReaderViewModel.Loaded l) {
        status.setText("");
        showChips(l);
        if (l == null) {
            text.setDocument(new ArticleDocument(java.util.List.of()));
            return;
        }
        Article a = l.article();
        String date = a.published() == null ? i18n.get("reader.noDate") : dates.get().longDate(a.published());
        String meta = i18n.joinMeta(a.source(), date, Byline.display(a.author(), name -> i18n.get("reader.by", name)));
        ArticleDocument doc = l.document().withMeta(meta,
                i18n.languageProperty().get().isRightToLeft() ? Direction.RTL : Direction.LTR);
        text.setDocument(doc);
        scroll.setVvalue(0);
        // Lay out the new document before highlighting, so that the first match is scrolled into view with the
        // new article's height (not the previous one's, which left it off screen).
        scroll.applyCss();
        scroll.layout();
        text.highlight(vm.highlightsProperty().get());
    }

    /** Called with an entity when its chip is clicked (the window opens the entity's page). */
    public void setOnEntity(java.util.function.Consumer<org.sahifa.entities.Entity> handler) {
        this.onEntity = handler;
    }

    /** Called with a tag when its chip above the article is clicked (the window lists the bookmarks with it). */
    public void setOnTag(java.util.function.Consumer<String> handler) {
        this.onTag = handler;
    }

    /** The bookmark's note and tags above the article, where the reader sees them (not only in the dialog). */
    private void showBookmarkInfo() {
        bookmarkInfo.getChildren().clear();
        String note = vm.noteProperty().get();
        if (vm.bookmarkedProperty().get() && note != null && !note.isBlank()) {
            String shown = i18n.get("reader.bookmarkNote", note.strip().replace('\n', ' '));
            Label n = new Label(shown);
            n.setId("bookmark-note-text");
            n.setWrapText(false);
            n.setMinWidth(0);
            n.setNodeOrientation(Direction.of(shown, Direction.RTL) == Direction.RTL
                    ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
            n.setTooltip(new Tooltip(note));
            bookmarkInfo.getChildren().add(n);
        }
        if (vm.bookmarkedProperty().get() && !vm.tags().isEmpty()) {
            Label label = new Label(i18n.get("reader.tagsLabel"));
            label.getStyleClass().add("muted");
            bookmarkInfo.getChildren().add(label);
            for (String tag : vm.tags()) {
                Button chip = new Button(tag);
                chip.getStyleClass().addAll("chip", "tag-chip");
                chip.setAccessibleText(i18n.get("reader.tagAction", tag));
                chip.setTooltip(new Tooltip(i18n.get("reader.tagAction", tag)));
                chip.setOnAction(x -> onTag.accept(tag));
                bookmarkInfo.getChildren().add(chip);
            }
        }
        bookmarkInfo.setVisible(!bookmarkInfo.getChildren().isEmpty());
    }

    private void showChips(ReaderViewModel.Loaded l) {
        chips.getChildren().clear();
        if (l == null) {
            chips.setVisible(false);
            return;
        }
        addChips("reader.places", l.places());
        addChips("reader.persons", l.persons());
        chips.setVisible(!chips.getChildren().isEmpty());
    }

    private void addChips(String key, java.util.List<org.sahifa.entities.Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        Label label = new Label(i18n.get(key) + ":");
        label.getStyleClass().add("muted");
        chips.getChildren().add(label);
        for (org.sahifa.entities.Entity e : entities) {
            Button chip = new Button(e.name());
            chip.getStyleClass().add("chip");
            chip.setId("chip-" + e.id());
            chip.setAccessibleText(i18n.get(key) + ": " + e.name());
            chip.setTooltip(new Tooltip(i18n.get("reader.openEntity", e.name())));
            chip.setOnAction(x -> onEntity.accept(e));
            chips.getChildren().add(chip);
        }
    }

    private void reveal(double top, double bottom) {
        double content = text.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        double visibleTop = scroll.getVvalue() * (content - viewport);
        if (top >= visibleTop && bottom <= visibleTop + viewport) {
            return;
        }
        double target = Math.max(0, top - viewport / 3);
        scroll.setVvalue(Math.min(1, target / (content - viewport)));
    }

    private void editBookmark() {
        Dialog<ButtonType> dialog = new Dialog<>();
        scenes.decorate(dialog);
        dialog.initOwner(owner.get());
        dialog.setTitle(i18n.get("reader.bookmarkTitle"));
        TextField note = new TextField(vm.noteProperty().get());
        note.setId("note-field");
        note.setPrefColumnCount(30);
        TextField tags = new TextField(String.join("، ", vm.tags()));
        tags.setId("tags-field");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(i18n.get("reader.note")), note);
        grid.addRow(1, new Label(i18n.get("reader.tags")), tags);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(i18n.get("reader.saveBookmark"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonType.CANCEL.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.showAndWait().filter(b -> b == save).ifPresent(b -> vm.saveBookmark(note.getText(), tags.getText()));
    }

    private static void tooltip(javafx.scene.control.Control c, javafx.beans.value.ObservableValue<String> text) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text);
        c.setTooltip(t);
        c.accessibleTextProperty().bind(text);
    }

    /** The library's one rule for article addresses ({@link org.sahifa.ingest.WebAddress}): http(s) with a host. */
    static boolean isWebAddress(String url) {
        return org.sahifa.ingest.WebAddress.isWeb(url);
    }

    private static void openInBrowser(HostServices host, String url) {
        if (host != null && (isWebAddress(url) || url.toLowerCase(Locale.ROOT).startsWith("mailto:"))) {
            host.showDocument(url.strip());
        }
    }

    public ArticleTextView textView() {
        return text;
    }

    public BorderPane root() {
        return root;
    }
}
