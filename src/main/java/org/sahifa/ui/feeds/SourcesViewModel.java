package org.sahifa.ui.feeds;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sahifa.ingest.feed.Feed;
import org.sahifa.ingest.feed.FeedService;
import org.sahifa.ingest.feed.NetworkState;
import org.sahifa.ingest.feed.RefreshReport;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.common.TaskHandle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Sources section: the subscribed feeds with unread counts and error state, refreshing one or all of them with
 * progress and cancel, unsubscribe and rename, and what the last refresh said about the network.
 */
public final class SourcesViewModel {

    /** The outcome of the last refresh of all sources. */
    public record Summary(int newArticles, int failed, int total) {
    }

    private final FeedService feeds;
    private final TaskExecutor executor;
    private final ObservableList<SourceItem> items = FXCollections.observableArrayList();
    private final BooleanProperty refreshing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final IntegerProperty done = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ObjectProperty<NetworkState> network = new SimpleObjectProperty<>(NetworkState.UNKNOWN);
    private final ObjectProperty<Summary> lastSummary = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private TaskHandle running;

    public SourcesViewModel(FeedService feeds, TaskExecutor executor) {
        this.feeds = feeds;
        this.executor = executor;
        network.set(feeds.networkState());
        // scheduled refreshes, subscriptions made elsewhere: re-read (results arrive through the executor)
        feeds.addChangeListener(() -> {
            if (!refreshing.get()) {
                reload();
            }
        });
    }

    public ObservableList<SourceItem> items() {
        return items;
    }

    public BooleanProperty refreshingProperty() {
        return refreshing;
    }

    /** From 0 to 1 while refreshing, -1 before the first feed finished. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public IntegerProperty doneProperty() {
        return done;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public ObjectProperty<NetworkState> networkProperty() {
        return network;
    }

    /** The result of the last refresh, or {@code null}. */
    public ObjectProperty<Summary> lastSummaryProperty() {
        return lastSummary;
    }

    /** The last error of an action (unsubscribe, rename), or {@code null}. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Reloads the feeds and their counts (after a refresh, an import, marking articles read…). */
    public void reload() {
        executor.execute(BackgroundTask.of(p -> load()).onSuccess(this::show)
                .onFailure(e -> error.set(e.getMessage())));
    }

    private List<SourceItem> load() {
        Map<Long, long[]> counts = feeds.counts();
        List<SourceItem> out = new ArrayList<>();
        for (Feed f : feeds.list()) {
            out.add(SourceItem.of(f, counts.get(f.id())));
        }
        return out;
    }

    private void show(List<SourceItem> loaded) {
        items.setAll(loaded);
        network.set(feeds.networkState());
    }

    /** Refreshes every source, a few at a time; progress counts finished sources. Does nothing while one runs. */
    public void refreshAll() {
        if (refreshing.get()) {
            return;
        }
        refreshing.set(true);
        progress.set(-1);
        done.set(0);
        total.set(items.size());
        running = executor.execute(BackgroundTask.of(p -> {
            List<RefreshReport> reports = feeds.refreshAll((d, t, r) -> p.update(d, t, r.title()), p::isCancelled);
            return new Refreshed(reports, load());
        }).onSuccess(r -> {
            finish();
            show(r.items());
            int fresh = 0;
            int failed = 0;
            for (RefreshReport rep : r.reports()) {
                fresh += rep.newArticles();
                failed += rep.outcome() == RefreshReport.Outcome.FAILED ? 1 : 0;
            }
            lastSummary.set(new Summary(fresh, failed, r.reports().size()));
        }).onFailure(e -> {
            finish();
            error.set(e.getMessage());
        }).onCancelled(this::finish));
        if (running != null) {
            running.progressProperty().addListener((o, a, v) -> progress.set(v.doubleValue()));
            running.progressProperty().addListener((o, a, v) -> {
                if (total.get() > 0 && v.doubleValue() >= 0) {
                    done.set((int) Math.round(v.doubleValue() * total.get()));
                }
            });
        }
    }

    private record Refreshed(List<RefreshReport> reports, List<SourceItem> items) {
    }

    private void finish() {
        refreshing.set(false);
        running = null;
    }

    /** Asks a running refresh to stop: sources not started yet are skipped, started ones finish. */
    public void cancelRefresh() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Refreshes one source now. */
    public void refresh(long feedId) {
        executor.execute(BackgroundTask.of(p -> {
            feeds.refresh(feedId);
            return load();
        }).onSuccess(this::show).onFailure(e -> error.set(e.getMessage())));
    }

    /** Unsubscribes; the articles stay in the library. */
    public void unsubscribe(long feedId) {
        executor.execute(BackgroundTask.of(p -> {
            feeds.unsubscribe(feedId);
            return load();
        }).onSuccess(this::show).onFailure(e -> error.set(e.getMessage())));
    }

    public void rename(long feedId, String name) {
        executor.execute(BackgroundTask.of(p -> {
            feeds.rename(feedId, name);
            return load();
        }).onSuccess(this::show).onFailure(e -> error.set(e.getMessage())));
    }
}
