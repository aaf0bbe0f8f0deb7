package org.sahifa.ui.navigation;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sahifa.library.Library;
import org.sahifa.library.LibraryStats;
import org.sahifa.store.ArticleFilter;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.settings.Settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of the navigation pane, rebuilt (off the JavaFX thread, for the counts) after anything that changes
 * them: an import, a bookmark, a saved search, a language switch.
 */
public final class NavigationViewModel {

    /** An action an extension puts under Sources (e.g. "Add a source…"). */
    public record Action(String labelKey, Runnable run) {
    }

    private final Library library;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<Settings.SavedSearch> savedSearches;
    private final ObservableList<NavItem> items = FXCollections.observableArrayList();
    private final javafx.beans.property.LongProperty libraryTotal = new javafx.beans.property.SimpleLongProperty();
    private final List<Action> sourceActions = new ArrayList<>();
    private boolean entitiesAvailable;
    private LibraryStats stats;
    private long undated = -1;
    private Map<String, Long> tags = Map.of();

    /** What one refresh counts. */
    private record Counts(LibraryStats stats, long undated, Map<String, Long> tags) {
    }

    public NavigationViewModel(Library library, TaskExecutor executor, I18n i18n,
                               ObservableList<Settings.SavedSearch> savedSearches) {
        this.library = library;
        this.executor = executor;
        this.i18n = i18n;
        this.savedSearches = savedSearches;
        savedSearches.addListener((javafx.collections.ListChangeListener<Settings.SavedSearch>) c -> rebuild());
        i18n.bundleProperty().addListener(o -> rebuild());
    }

    /** How many articles the whole library holds (after the last refresh). */
    public javafx.beans.property.LongProperty libraryTotalProperty() {
        return libraryTotal;
    }

    public ObservableList<NavItem> items() {
        return items;
    }

    /** Shows Places and Persons (once an entities service exists). */
    public void setEntitiesAvailable(boolean available) {
        entitiesAvailable = available;
        rebuild();
    }

    /** Adds an action under Sources. */
    public void addSourceAction(String labelKey, Runnable run) {
        sourceActions.add(new Action(labelKey, run));
        rebuild();
    }

    /** Runs the action entry {@code item}, if it is one. */
    public boolean runAction(NavItem item) {
        if (item.kind() != NavItem.Kind.ACTION) {
            return false;
        }
        for (Action a : sourceActions) {
            if (a.labelKey().equals(item.arg())) {
                a.run().run();
                return true;
            }
        }
        return false;
    }

    /** Recounts (off the JavaFX thread) and rebuilds the entries. */
    public void refresh() {
        executor.execute(BackgroundTask.of(p -> new Counts(library.stats(),
                library.articles().count(ArticleFilter.ALL.withUndatedOnly(true)), library.bookmarks().tags()))
                .onSuccess(c -> {
                    stats = c.stats();
                    undated = c.undated();
                    tags = c.tags();
                    libraryTotal.set(c.stats().articles());
                    rebuild();
                }));
    }

    private void rebuild() {
        List<NavItem> out = new ArrayList<>();
        long total = stats == null ? -1 : stats.articles();
        out.add(new NavItem(NavItem.Kind.HEADER, i18n.get("nav.library"), null, -1));
        out.add(new NavItem(NavItem.Kind.ALL, i18n.get("nav.all"), null, total));
        out.add(new NavItem(NavItem.Kind.UNREAD, i18n.get("nav.unread"), null, stats == null ? -1 : stats.unread()));
        out.add(new NavItem(NavItem.Kind.BOOKMARKS, i18n.get("nav.bookmarks"), null,
                stats == null ? -1 : stats.bookmarks()));
        // Filter bookmarks by tag: one entry per tag, right under Bookmarks.
        tags.forEach((tag, n) -> out.add(new NavItem(NavItem.Kind.TAG, i18n.get("nav.tag", tag), tag, n)));
        if (undated > 0) {
            out.add(new NavItem(NavItem.Kind.UNDATED, i18n.get("nav.undated"), null, undated));
        }
        if (entitiesAvailable) {
            out.add(new NavItem(NavItem.Kind.PLACES, i18n.get("nav.places"), null, -1));
            out.add(new NavItem(NavItem.Kind.PERSONS, i18n.get("nav.persons"), null, -1));
        }
        if (!savedSearches.isEmpty()) {
            out.add(new NavItem(NavItem.Kind.HEADER, i18n.get("nav.savedSearches"), null, -1));
            for (Settings.SavedSearch s : savedSearches) {
                out.add(new NavItem(NavItem.Kind.SAVED_SEARCH, s.name == null || s.name.isBlank() ? s.query : s.name,
                        s.query, -1));
            }
        }
        Map<String, Long> sources = stats == null ? Map.of() : new LinkedHashMap<>(stats.sources());
        if (!sources.isEmpty()) {
            out.add(new NavItem(NavItem.Kind.HEADER, i18n.get("nav.bySource"), null, -1));
            sources.forEach((name, n) -> out.add(new NavItem(NavItem.Kind.SOURCE, name, name, n)));
        }
        if (!sourceActions.isEmpty()) {
            out.add(new NavItem(NavItem.Kind.HEADER, i18n.get("nav.sources"), null, -1));
            for (Action a : sourceActions) {
                out.add(new NavItem(NavItem.Kind.ACTION, i18n.get(a.labelKey()), a.labelKey(), -1));
            }
        }
        items.setAll(out);
    }
}
