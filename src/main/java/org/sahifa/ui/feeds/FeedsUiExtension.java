package org.sahifa.ui.feeds;

import javafx.application.Platform;
import javafx.stage.WindowEvent;
import org.sahifa.ingest.feed.FeedService;
import org.sahifa.ui.main.MainWindowContext;
import org.sahifa.ui.main.UiExtension;

import java.time.Duration;

/**
 * Runs the feed schedule while the main window is open: due feeds are refreshed in the background (first check
 * shortly after opening, then every few minutes), and after any refresh the window's counts and listing are
 * re-read. (The Sources section and the add/refresh menu items are placed by the main window itself.)
 */
public final class FeedsUiExtension implements UiExtension {

    /** How long after opening the first scheduled check runs. */
    static final Duration FIRST_CHECK = Duration.ofSeconds(20);
    /** How often the schedule looks for due feeds. */
    static final Duration CHECK_EVERY = Duration.ofMinutes(5);

    @Override
    public void install(MainWindowContext context) {
        FeedService feeds = context.library().feeds();
        feeds.addChangeListener(() -> Platform.runLater(context::refresh));
        feeds.startScheduler(FIRST_CHECK, CHECK_EVERY);
        context.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> feeds.stopScheduler());
    }
}
