package org.sahifa.ui.main;

import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.sahifa.entities.EntityType;
import org.sahifa.library.Library;
import org.sahifa.store.ArticleFilter;
import org.sahifa.ui.LaunchOptions;
import org.sahifa.ui.articles.ArticleListView;
import org.sahifa.ui.articles.ArticleListViewModel;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.Dates;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.common.StartupProbe;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.entities.EntityBrowserViewModel;
import org.sahifa.ui.entities.EntityPageViewModel;
import org.sahifa.ui.entities.EntityViews;
import org.sahifa.ui.importer.ImportDialog;
import org.sahifa.ui.importer.ImportViewModel;
import org.sahifa.ui.navigation.NavItem;
import org.sahifa.ui.navigation.NavigationView;
import org.sahifa.ui.navigation.NavigationViewModel;
import org.sahifa.ui.reader.ReaderView;
import org.sahifa.ui.reader.ReaderViewModel;
import org.sahifa.ui.search.FxDebouncer;
import org.sahifa.ui.search.EngineSearchBackend;
import org.sahifa.ui.search.SearchBackend;
import org.sahifa.ui.search.SearchBar;
import org.sahifa.ui.search.SearchIndexViewModel;
import org.sahifa.ui.search.SearchViewModel;
import org.sahifa.ui.settings.Settings;
import org.sahifa.ui.settings.SettingsModel;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The main window: menu bar and search bar over three panes — navigation | article list | reader — mirrored for
 * right to left by the scene's orientation, divider positions remembered. The library opens off the JavaFX
 * thread; until then the window shows "loading", and an error if it cannot be opened.
 */
public final class MainWindow implements MainWindowContext {

    private final Stage stage;
    private final SceneFactory scenes;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final HostServices host;
    private final SettingsModel settings;
    private final Dates dates;
    private final BorderPane root = new BorderPane();
    private final MainMenu menu;
    private final StatusLine status;
    private Function<Library, SearchBackend> searchBackends = EngineSearchBackend::new;
    private org.sahifa.archive.ArchiveSearch archive;

    private Library library;
    private IndexMaintenance maintenance;
    private ArticleListViewModel listVm;
    private ArticleListView listView;
    private ReaderViewModel readerVm;
    private ReaderView readerView;
    private NavigationViewModel navVm;
    private NavigationView navView;
    private SearchViewModel searchVm;
    private SearchBar searchBar;
    private SplitPane panes;
    private EntityBrowserViewModel entityBrowser;
    private EntityViews entityViews;
    /** Spellings to highlight for rows that did not come from a search (an entity's articles). */
    private List<String> listHighlights = List.of();
    /** The entity whose articles the list shows (every mention of it is highlighted), or -1. */
    private long listEntity = -1;
    /** The "/" key moved the focus to the search field: its typed character is not to be typed into it. */
    private boolean slashFocusedSearch;

    public MainWindow(Stage stage, SceneFactory scenes, I18n i18n, TaskExecutor executor, HostServices host) {
        this.stage = stage;
        this.scenes = scenes;
        this.i18n = i18n;
        this.executor = executor;
        this.host = host;
        this.settings = scenes.settings();
        this.dates = new Dates(i18n, settings.showHijriProperty());
        menu = new MainMenu(i18n, settings, this::showAbout, Platform::exit);
        root.setTop(menu.bar());
        Label loading = new Label();
        loading.textProperty().bind(i18n.bind("list.loading"));
        loading.getStyleClass().add("empty-state");
        root.setCenter(new StackPane(loading));
        status = new StatusLine(i18n);
        root.setBottom(status.root());
    }

    /**
     * Searches the shared archive {@code archive} instead of the library, and reads the articles it finds from
     * it (docs/archive.md); call before the library is attached.
     */
    public void useArchive(org.sahifa.archive.ArchiveSearch archive) {
        this.archive = archive;
        this.searchBackends = lib -> new org.sahifa.ui.search.ArchiveSearchBackend(archive);
    }

    /** Replaces the search backend (the search package's engine, once the library has one). */
    public void setSearchBackends(Function<Library, SearchBackend> factory) {
        this.searchBackends = factory;
    }

    public void show() {
        Scene scene = scenes.create(root, settings.windowWidthProperty().get(), settings.windowHeightProperty().get());
        stage.titleProperty().bind(i18n.bind("app.title"));
        stage.setScene(scene);
        WindowSize.show(stage, settings.windowWidthProperty().get(), settings.windowHeightProperty().get(),
                settings.maximizedProperty().get(), this::rememberSize);
    }

    /** From now on the window's size and maximised state are saved as the user changes them. */
    private void rememberSize() {
        stage.widthProperty().addListener((o, a, w) -> {
            if (!stage.isMaximized()) {
                settings.windowWidthProperty().set(w.doubleValue());
            }
        });
        stage.heightProperty().addListener((o, a, h) -> {
            if (!stage.isMaximized()) {
                settings.windowHeightProperty().set(h.doubleValue());
            }
        });
        stage.maximizedProperty().addListener((o, a, m) -> settings.maximizedProperty().set(m));
    }

    /** Opens the library in {@code dataDir} off the JavaFX thread, then fills the window. */
    public void open(Path dataDir, LaunchOptions options) {
        open(dataDir, options, () -> Library.open(dataDir));
    }

    /**
     * Fills the window with the library that {@code opener} gives (it may wait for one being opened already, see
     * {@link org.sahifa.ui.LibraryPreload}); runs it off the JavaFX thread and shows its error in the window.
     */
    public void open(Path dataDir, LaunchOptions options, java.util.concurrent.Callable<Library> opener) {
        executor.execute(BackgroundTask.of(p -> {
                    StartupProbe.mark("open-begin");
                    Library lib = opener.call();
                    StartupProbe.mark("library-open");
                    return lib;
                })
                .onSuccess(lib -> {
                    attach(lib, options);
                    StartupProbe.mark("attached");
                })
                .onFailure(e -> {
                    Label error = new Label(i18n.get("error.openLibrary", dataDir, e.getMessage()));
                    error.getStyleClass().add("error-text");
                    error.setId("open-error");
                    root.setCenter(new StackPane(error));
                }));
    }

    /** Builds the panes around an open library. */
    public void attach(Library lib, LaunchOptions options) {
        this.library = lib;
        maintenance = new IndexMaintenance(lib, executor, status::showMerging);
        listVm = new ArticleListViewModel(lib, executor);
        listView = new ArticleListView(listVm, i18n, dates);
        readerVm = new ReaderViewModel(lib, executor);
        readerView = new ReaderView(readerVm, i18n, dates, scenes, host, () -> stage);
        navVm = new NavigationViewModel(lib, executor, i18n, settings.savedSearches());
        navView = new NavigationView(navVm, i18n, this::navigate);
        SearchBackend backend = searchBackends.apply(lib);
        SearchIndexViewModel searchIndex = new SearchIndexViewModel(backend, executor);
        searchVm = new SearchViewModel(backend, searchIndex, executor,
                new FxDebouncer(javafx.util.Duration.millis(250)), listVm, ZoneId.systemDefault());
        status.follow(searchIndex);
        searchBar = new SearchBar(searchVm, i18n, this::saveSearch);
        searchVm.setOnCleared(() -> listVm.showListing(listVm.filter()));
        searchVm.activeProperty().addListener((o, a, active) -> {
            if (active) {
                showArticlePanes();
            }
        });

        listView.list().getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && !listView.isRestoringSelection()) {
                // a search result of a shared archive is read from the archive, a row of the library from it
                readerVm.setArchive(searchVm.activeProperty().get() ? archive : null);
                if (searchVm.activeProperty().get()) {
                    readerVm.open(row.id(), highlightForms(row));
                } else if (listEntity >= 0) {
                    readerVm.openForEntity(row.id(), listEntity, listHighlights);
                } else {
                    readerVm.open(row.id(), listHighlights);
                }
            }
        });
        // A new search or listing re-targets the open article's highlights (none when it is not among the rows).
        listVm.itemsProperty().addListener((o, a, items) -> readerVm.rehighlight(id -> {
            if (!searchVm.activeProperty().get()) {
                return listHighlights;
            }
            for (ArticleRow r : items instanceof org.sahifa.ui.articles.PagedArticleList ? List.<ArticleRow>of() : items) {
                if (r != null && r.id() == id) {
                    return highlightForms(r);
                }
            }
            return List.of();
        }));
        entityBrowser = new EntityBrowserViewModel(lib, executor);
        EntityPageViewModel entityPage = new EntityPageViewModel(lib, executor, ZoneId.systemDefault());
        entityViews = new EntityViews(entityBrowser, entityPage, i18n, dates, scenes, () -> stage);
        entityViews.setOnArticle(row -> showEntityArticles(entityPage.pageProperty().get(), row));
        navVm.setEntitiesAvailable(true);
        readerVm.setOnStateChanged(a -> {
            listVm.updateState(a.id(), a.read(), a.bookmarked());
            listVm.updateBookmark(a.id(), readerVm.noteProperty().get(), List.copyOf(readerVm.tags()));
            navVm.refresh();
        });

        VBox navigation = new VBox(navView.list());
        VBox.setVgrow(navView.list(), javafx.scene.layout.Priority.ALWAYS);
        navigation.getStyleClass().add("navigation");
        readerView.setOnTag(tag -> navView.select(NavItem.Kind.TAG, tag));
        readerView.setOnEntity(this::openEntityPage);
        entityViews.setOnSearch(this::searchForEntity);
        panes = new SplitPane(navigation, listView.root(), readerView.root());
        SplitPane.setResizableWithParent(navigation, false);
        panes.setDividerPositions(settings.navDividerProperty().get(), settings.listDividerProperty().get());
        panes.getDividers().get(0).positionProperty().addListener((o, a, v) ->
                settings.navDividerProperty().set(v.doubleValue()));
        panes.getDividers().get(1).positionProperty().addListener((o, a, v) ->
                settings.listDividerProperty().set(v.doubleValue()));
        VBox top = new VBox(menu.bar(), searchBar.root());
        root.setTop(top);
        root.setCenter(panes);
        status.showArticles(navVm.libraryTotalProperty());

        menu.addFileItems(importItem(), importFolderItem(), menu.item("menu.file.loadSamples", this::loadSamples));
        installGoMenuAndShortcutList();
        installKeys();
        installDragAndDrop();
        for (UiExtension extension : UiExtensions.all()) {
            extension.install(this);
        }
        // The listing first (its count and first page are what the window waits for), then the navigation's counts.
        navView.select(NavItem.Kind.ALL, null);
        if (!listVm.loadingProperty().get()) { // selecting "All" did not start the listing
            listVm.showListing(ArticleFilter.ALL);
        }
        navVm.refresh();
        refreshSources();
        FirstRun.check(this, options);
        // Open the index and build or update it once the first rows are in, so the first search answers at once
        // without competing with the window's first rows for the CPU (a search before that starts it, and waits).
        // The status line shows how far a build goes (minutes on a large library after a new analysis version).
        // Once it is ready, a merge into one segment if one is due (decision 0233).
        whenListingLoaded(() -> searchIndex.whenReady(maintenance::mergeIfDue, error -> { }));
    }

    /** Runs {@code action} once, when the article list has finished loading (now, if it has). */
    private void whenListingLoaded(Runnable action) {
        if (!listVm.loadingProperty().get()) {
            action.run();
            return;
        }
        listVm.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private List<String> highlightForms(ArticleRow row) {
        List<String> forms = new ArrayList<>(row.matched());
        String q = searchVm.queryProperty().get();
        if (q != null && !q.isBlank() && forms.isEmpty()) {
            forms.add(q.strip());
        }
        return forms;
    }

    private void navigate(NavItem item) {
        if (item.kind() == NavItem.Kind.PLACES || item.kind() == NavItem.Kind.PERSONS) {
            showEntityPanes(item.kind() == NavItem.Kind.PLACES ? EntityType.PLACE : EntityType.PERSON);
            return;
        }
        showArticlePanes();
        listHighlights = List.of();
        listEntity = -1;
        switch (item.kind()) {
            case ALL -> showListing(ArticleFilter.ALL);
            case UNREAD -> showListing(ArticleFilter.ALL.withUnreadOnly(true));
            case BOOKMARKS -> showListing(ArticleFilter.ALL.withBookmarkedOnly(true));
            case TAG -> showListing(ArticleFilter.ALL.withTag(item.arg()));
            case UNDATED -> showListing(ArticleFilter.ALL.withUndatedOnly(true));
            case SOURCE -> showListing(ArticleFilter.ALL.withSource(item.arg()));
            case SAVED_SEARCH -> {
                for (Settings.SavedSearch s : settings.savedSearches()) {
                    if (s.query.equals(item.arg())) {
                        searchVm.apply(s);
                    }
                }
            }
            default -> { }
        }
    }

    private void showEntityPanes(EntityType type) {
        panes.getItems().set(1, entityViews.listPane());
        panes.getItems().set(2, entityViews.page());
        entityBrowser.show(type);
    }

    /** A chip above an article: the page of that place or person, its entry chosen in the navigation. */
    private void openEntityPage(org.sahifa.entities.Entity entity) {
        NavItem.Kind kind = switch (entity.type()) {
            case PLACE -> NavItem.Kind.PLACES;
            case PERSON -> NavItem.Kind.PERSONS;
            default -> null;
        };
        if (kind == null) { // organisations have no list: search for the name
            searchForEntity(entity);
            return;
        }
        entityBrowser.filterProperty().set("");
        NavItem chosen = navView.list().getSelectionModel().getSelectedItem();
        if (chosen != null && chosen.kind() == kind) {
            showEntityPanes(entity.type());
        } else {
            navView.select(kind, null);
        }
        entityViews.open(entity);
    }

    /** The search for an entity in all its spellings (the entity page's search button). */
    private void searchForEntity(org.sahifa.entities.Entity entity) {
        String prefix = switch (entity.type()) {
            case PLACE -> "place:";
            case PERSON -> "person:";
            default -> "";
        };
        navView.list().getSelectionModel().clearSelection();
        showArticlePanes();
        searchVm.queryProperty().set(prefix + "\"" + entity.name().replace("\"", "") + "\"");
        searchVm.runNow();
    }

    private void showArticlePanes() {
        if (panes.getItems().get(1) != listView.root()) {
            panes.getItems().set(1, listView.root());
            panes.getItems().set(2, readerView.root());
        }
    }

    /** Lists an entity's articles, opens {@code chosen}, and highlights every spelling of the entity. */
    private void showEntityArticles(EntityPageViewModel.Page page, ArticleRow chosen) {
        if (page == null) {
            return;
        }
        showArticlePanes();
        navView.list().getSelectionModel().clearSelection();
        if (!searchVm.queryProperty().get().isEmpty()) {
            searchVm.setOnCleared(() -> { });
            searchVm.queryProperty().set("");
            searchVm.runNow();
            searchVm.setOnCleared(() -> listVm.showListing(listVm.filter()));
        }
        listHighlights = page.summary().spellings().stream().map(org.sahifa.entities.Spelling::text).toList();
        listEntity = page.summary().entity().id();
        listVm.showResults(page.articles(), page.articles().size());
        int index = page.articles().indexOf(chosen);
        listView.list().getSelectionModel().clearAndSelect(Math.max(0, index));
        listView.list().scrollTo(Math.max(0, index));
    }

    private void showListing(ArticleFilter filter) {
        if (!searchVm.queryProperty().get().isEmpty()) {
            searchVm.setOnCleared(() -> { });
            searchVm.queryProperty().set("");
            searchVm.runNow();
            searchVm.setOnCleared(() -> listVm.showListing(listVm.filter()));
        }
        listVm.showListing(filter);
    }

    private void saveSearch() {
        TextInputDialog d = new TextInputDialog(searchVm.queryProperty().get().strip());
        scenes.decorate(d);
        d.initOwner(stage);
        d.setTitle(i18n.get("search.save"));
        d.setHeaderText(null);
        d.setContentText(i18n.get("search.saveName"));
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name -> {
            Settings.SavedSearch s = searchVm.toSavedSearch(name);
            settings.savedSearches().removeIf(x -> x.query.equals(s.query));
            settings.savedSearches().add(s);
        });
    }

    private void refreshSources() {
        executor.execute(BackgroundTask.of(p -> new ArrayList<>(library.articles().sources().keySet()))
                .onSuccess(names -> searchBar.setSources(FXCollections.observableArrayList(names))));
    }

    // ---- import -----------------------------------------------------------------------------------------------

    private MenuItem importItem() {
        MenuItem item = menu.item("menu.file.import", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("import.chooseFiles"));
            List<File> files = chooser.showOpenMultipleDialog(stage);
            if (files != null && !files.isEmpty()) {
                importPaths(files.stream().map(File::toPath).toList());
            }
        });
        item.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        return item;
    }

    private MenuItem importFolderItem() {
        MenuItem item = menu.item("menu.file.importFolder", () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.get("import.chooseFolder"));
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                importPaths(List.of(dir.toPath()));
            }
        });
        item.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        return item;
    }

    /** Imports files and folders with the progress window. */
    public ImportDialog importPaths(List<Path> paths) {
        return runImport(ImportViewModel.files(library, paths));
    }

    /** Runs an import (files or the samples) with the progress window, refreshing everything at the end. */
    public ImportDialog runImport(ImportViewModel.Work work) {
        ImportViewModel vm = new ImportViewModel(executor, i18n);
        ImportDialog dialog = new ImportDialog(vm, i18n, scenes, stage);
        vm.setOnFinished(this::refresh);
        dialog.show();
        vm.start(work);
        return dialog;
    }

    private void installDragAndDrop() {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                status.showHint(i18n.get("import.dropHint"));
            }
            e.consume();
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = false;
            if (e.getDragboard().hasFiles()) {
                importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                ok = true;
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> status.clearHint());
    }

    // ---- keyboard ---------------------------------------------------------------------------------------------

    private void installKeys() {
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = stage.getScene().getFocusOwner() instanceof TextInputControl;
            if (e.getCode() == KeyCode.ESCAPE) {
                if (!searchVm.queryProperty().get().isEmpty()) {
                    searchVm.queryProperty().set("");
                }
                listView.list().requestFocus();
                e.consume();
                return;
            }
            if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                focusSearch();
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.F3 || (e.isShortcutDown() && e.getCode() == KeyCode.G)) {
                if (e.isShiftDown()) {
                    readerView.textView().previousMatch();
                } else {
                    readerView.textView().nextMatch();
                }
                e.consume();
                return;
            }
            if (typing || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            switch (e.getCode()) {
                case J -> listView.move(1);
                case K -> listView.move(-1);
                case B -> readerVm.toggleBookmark();
                case U -> readerVm.toggleRead();
                case SLASH -> {
                    focusSearch();
                    slashFocusedSearch = true;
                }
                case N -> {
                    if (e.isShiftDown()) {
                        readerView.textView().previousMatch();
                    } else {
                        readerView.textView().nextMatch();
                    }
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
        // "/" arrives as a typed character on some keyboards. After the key press moved the focus to the field,
        // the character of the same key stroke must not be typed into it.
        stage.getScene().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!"/".equals(e.getCharacter())) {
                return;
            }
            if (slashFocusedSearch || !(stage.getScene().getFocusOwner() instanceof TextInputControl)) {
                slashFocusedSearch = false;
                focusSearch();
                e.consume();
            }
        });
        stage.getScene().addEventFilter(KeyEvent.KEY_RELEASED, e -> slashFocusedSearch = false);
        searchBar.setOnDown(this::focusResults);
    }

    /** The Go menu (every single-key shortcut shown in its item) and Help › Keyboard shortcuts (F1). */
    private void installGoMenuAndShortcutList() {
        java.util.function.BooleanSupplier typing = () -> stage.getScene() != null
                && stage.getScene().getFocusOwner() instanceof TextInputControl;
        menu.addMenu(Shortcuts.goMenu(i18n, typing, List.of(
                new Shortcuts.Entry("menu.go.next", new KeyCodeCombination(KeyCode.J), () -> listView.move(1)),
                new Shortcuts.Entry("menu.go.previous", new KeyCodeCombination(KeyCode.K), () -> listView.move(-1)),
                new Shortcuts.Entry("menu.go.search", new KeyCodeCombination(KeyCode.SLASH), this::focusSearch),
                new Shortcuts.Entry("menu.go.nextMatch", new KeyCodeCombination(KeyCode.N),
                        () -> readerView.textView().nextMatch()),
                new Shortcuts.Entry("menu.go.previousMatch", new KeyCodeCombination(KeyCode.N,
                        KeyCombination.SHIFT_DOWN), () -> readerView.textView().previousMatch()),
                new Shortcuts.Entry("menu.go.bookmark", new KeyCodeCombination(KeyCode.B), readerVm::toggleBookmark),
                new Shortcuts.Entry("menu.go.read", new KeyCodeCombination(KeyCode.U), readerVm::toggleRead))));
        MenuItem list = menu.item("menu.help.shortcuts",
                () -> Shortcuts.dialog(menu.bar(), i18n, scenes, stage).showAndWait());
        list.setId("menu-shortcuts");
        list.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        menu.addHelpItem(list);
    }

    private void focusSearch() {
        searchBar.field().requestFocus();
        searchBar.field().selectAll();
    }

    /** Down in the search field: on to the results, the first one chosen if none is. */
    private void focusResults() {
        ListView<ArticleRow> list = listView.list();
        if (list.getItems().isEmpty()) {
            return;
        }
        list.requestFocus();
        if (list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
    }

    // ---- MainWindowContext ------------------------------------------------------------------------------------

    @Override
    public Library library() {
        return library;
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public SceneFactory scenes() {
        return scenes;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public TaskExecutor executor() {
        return executor;
    }

    @Override
    public void addFileMenuItem(MenuItem item) {
        menu.addFileItems(item);
    }

    @Override
    public void addSourceAction(String labelKey, Runnable action) {
        navVm.addSourceAction(labelKey, action);
    }

    @Override
    public void refresh() {
        searchVm.index().invalidate(); // an import: the next search asks whether the index has caught up
        navVm.refresh();
        refreshSources();
        listVm.reload();
        if (maintenance != null) {
            maintenance.mergeIfDue(); // after an import or a feed refresh (decision 0233)
        }
    }

    /** Closes the library (on exit). */
    public void close() {
        if (library != null) {
            library.close();
        }
    }

    private void showAbout() {
        // A button of our own: ButtonType.OK reads "OK" whatever the app's language (it follows the JVM locale).
        Alert about = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(i18n.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        scenes.decorate(about);
        about.setHeaderText(null);
        about.setTitle(i18n.get("app.title"));
        Label text = new Label(i18n.get("about.text"));
        text.setPadding(new Insets(10));
        about.getDialogPane().setContent(text);
        about.initOwner(stage);
        about.getDialogPane().setId("about-dialog");
        about.showAndWait();
    }

    /** Imports the bundled samples (the reference report, sample articles, a sample feed) with progress. */
    public ImportDialog loadSamples() {
        return runImport(p -> library.importBundledSamples());
    }

    // For the UI tests and the screenshot script.
    public ArticleListView listView() {
        return listView;
    }

    public ReaderView readerView() {
        return readerView;
    }

    public SearchViewModel searchViewModel() {
        return searchVm;
    }

    public SearchBar searchBar() {
        return searchBar;
    }

    public EntityViews entityViews() {
        return entityViews;
    }

    public NavigationView navigationView() {
        return navView;
    }

    public ReaderViewModel readerViewModel() {
        return readerVm;
    }
}
