package org.sahifa.ui.feeds;

import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.sahifa.ingest.feed.FeedService;
import org.sahifa.ui.main.MainWindowContext;
import org.sahifa.ui.main.UiExtension;

import java.time.Duration;

/**
 * Plugs the feeds into the main window: "Add a source…" and "Manage sources…" under Sources in the navigation
 * pane, "Refresh all sources" in the File menu (it opens the sources window, where progress and Cancel show), and
 * the schedule that refreshes due feeds while the window is open. After any refresh the window's counts and
 * listing are re-read.
 */
public final class FeedsUiExtension implements UiExtension {

    /** How long after opening the first scheduled check runs, and how often it runs after that. */
    static final Duration FIRST_CHECK = Duration.ofSeconds(20);
    static final Duration CHECK_EVERY = Duration.ofMinutes(5);

    private Stage sourcesWindow;
    private SourcesViewModel sources;

    @Override
    public void install(MainWindowContext context) {
        FeedService feeds = context.library().feeds();
        context.addSourceAction("nav.addFeed", () -> openAddDialog(context));
        context.addSourceAction("feeds.manage", () -> openSources(context));
        MenuItem refresh = new MenuItem();
        refresh.textProperty().bind(context.i18n().bind("feeds.refreshAll"));
        refresh.setOnAction(e -> {
            openSources(context);
            sources.refreshAll();
        });
        context.addFileMenuItem(refresh);
        feeds.addChangeListener(() -> Platform.runLater(context::refresh)); // the Sources list re-reads itself
        feeds.startScheduler(FIRST_CHECK, CHECK_EVERY);
        context.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> feeds.stopScheduler());
    }

    private void openAddDialog(MainWindowContext context) {
        AddFeedViewModel vm = new AddFeedViewModel(context.library().feeds(), context.executor());
        new AddFeedDialog(vm, context.i18n(), context.scenes(), context.stage()).showAndWait()
                .ifPresent(s -> context.refresh());
    }

    private void openSources(MainWindowContext context) {
        if (sourcesWindow == null) {
            sources = new SourcesViewModel(context.library().feeds(), context.executor());
            SourcesView view = new SourcesView(sources, context.i18n(), item -> { }, () -> openAddDialog(context));
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(view.node());
            root.setPadding(new javafx.geometry.Insets(8));
            sourcesWindow = new Stage();
            sourcesWindow.initOwner(context.stage());
            sourcesWindow.titleProperty().bind(context.i18n().bind("feeds.manage.title"));
            sourcesWindow.setScene(context.scenes().create(root, 420, 520));
        }
        sources.reload();
        sourcesWindow.show();
        sourcesWindow.toFront();
    }
}
