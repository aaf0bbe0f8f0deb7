package org.sahifa.ui.feeds;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sahifa.ingest.feed.FeedException;
import org.sahifa.ingest.feed.FeedService;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;

/**
 * The add-a-source dialog: an address (feed or site), an optional name and folder. Subscribing fetches the address
 * off the JavaFX thread, finds the feed a site advertises, stores the first entries, and reports the result or a
 * plain reason.
 */
public final class AddFeedViewModel {

    private final FeedService feeds;
    private final TaskExecutor executor;
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final ObjectProperty<FeedService.Subscription> added = new SimpleObjectProperty<>();
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private final BooleanBinding canSubscribe;

    public AddFeedViewModel(FeedService feeds, TaskExecutor executor) {
        this.feeds = feeds;
        this.executor = executor;
        canSubscribe = Bindings.createBooleanBinding(() -> !busy.get() && !address.get().isBlank(), busy, address);
        executor.execute(BackgroundTask.of(p -> feeds.folders()).onSuccess(folders::setAll));
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Why the last attempt failed, or {@code null}. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Set when subscribing succeeded: the dialog closes. */
    public ObjectProperty<FeedService.Subscription> addedProperty() {
        return added;
    }

    public ObservableList<String> folders() {
        return folders;
    }

    public BooleanBinding canSubscribeProperty() {
        return canSubscribe;
    }

    /** Subscribes in the background; sets {@link #addedProperty()} or {@link #errorProperty()}. */
    public void subscribe() {
        if (!canSubscribe.get()) {
            return;
        }
        String a = address.get();
        try {
            FeedService.parseAddress(a);
        } catch (FeedException e) {
            error.set(e.getMessage());
            return;
        }
        busy.set(true);
        error.set(null);
        String t = title.get();
        String f = folder.get();
        executor.execute(BackgroundTask.of(p -> feeds.subscribe(a, f, t)).onSuccess(s -> {
            busy.set(false);
            added.set(s);
        }).onFailure(e -> {
            busy.set(false);
            error.set(e.getMessage());
        }));
    }
}
