package org.sahifa.ui.entities;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.EntityType;
import org.sahifa.library.Library;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;

/**
 * The places or the persons of the library, most mentioned first, loaded off the JavaFX thread; a filter keeps
 * those whose name or a spelling contains the typed text (normalised, so «قرة» finds «ناغورني قره باغ»).
 */
public final class EntityBrowserViewModel {

    public static final int LIMIT = 2000;

    private final Library library;
    private final TaskExecutor executor;
    private final ObjectProperty<EntityType> type = new SimpleObjectProperty<>(EntityType.PLACE);
    private final ObservableList<EntitySummary> items = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private long generation;

    public EntityBrowserViewModel(Library library, TaskExecutor executor) {
        this.library = library;
        this.executor = executor;
        filter.addListener(o -> reload());
    }

    /** The text typed into the list's filter field; the list follows it. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<EntityType> typeProperty() {
        return type;
    }

    public ObservableList<EntitySummary> items() {
        return items;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Shows the entities of {@code t}. */
    public void show(EntityType t) {
        type.set(t);
        reload();
    }

    public void reload() {
        long gen = ++generation;
        EntityType t = type.get();
        String text = filter.get() == null ? "" : filter.get().strip();
        executor.execute(BackgroundTask.of(p -> library.entities().list(t, text, LIMIT))
                .onSuccess(list -> {
                    if (gen == generation) {
                        error.set(null);
                        items.setAll(list);
                    }
                })
                .onFailure(e -> error.set(e.getMessage())));
    }
}
