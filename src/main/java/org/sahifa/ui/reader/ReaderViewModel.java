package org.sahifa.ui.reader;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sahifa.entities.Entity;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.StoredMention;
import org.sahifa.library.Library;
import org.sahifa.store.Article;
import org.sahifa.store.Bookmark;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.document.ArticleDocument;
import org.sahifa.ui.document.Direction;
import org.sahifa.ui.document.HtmlDocumentBuilder;
import org.sahifa.ui.document.ImageCache;
import org.sahifa.ui.document.TextDocumentBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The article being read: loading (off the JavaFX thread: the article, its bookmark and its document), marking
 * it read when opened, toggling bookmark and read state, saving a bookmark's note and tags, and the spellings to
 * highlight (the matched words of the search that led here).
 */
public final class ReaderViewModel {

    /**
     * An article ready to show.
     *
     * @param places  the places it names, in order of first mention
     * @param persons the persons it names, in order of first mention
     */
    public record Loaded(Article article, ArticleDocument document, Optional<Bookmark> bookmark, List<Entity> places,
                         List<Entity> persons) {
    }

    /** What a background open hands to the JavaFX thread. */
    private record Opened(Loaded loaded, List<String> highlights) {
    }

    private final Library library;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty bookmarked = new SimpleBooleanProperty();
    private final BooleanProperty read = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<List<String>> highlights = new SimpleObjectProperty<>(List.of());
    private final StringProperty error = new SimpleStringProperty();
    private Consumer<Article> onStateChanged = a -> { };
    private long generation;
    /** When set, articles are read from this shared archive instead of the library (docs/archive.md). */
    private volatile org.sahifa.archive.ArchiveSearch archive;

    public ReaderViewModel(Library library, TaskExecutor executor) {
        this.library = library;
        this.executor = executor;
    }

    /** Told after the read or bookmark state of the shown article changed (the list updates its row). */
    public void setOnStateChanged(Consumer<Article> handler) {
        this.onStateChanged = handler;
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public BooleanProperty bookmarkedProperty() {
        return bookmarked;
    }

    public BooleanProperty readProperty() {
        return read;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    /** The spellings to highlight in the body. */
    public ObjectProperty<List<String>> highlightsProperty() {
        return highlights;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /**
     * Reads the articles the window opens from {@code archive} (the search results of a shared archive): no
     * reading state, bookmark or places are kept for them. {@code null} reads from the library again.
     */
    public void setArchive(org.sahifa.archive.ArchiveSearch archive) {
        this.archive = archive;
    }

    /** Opens article {@code id}, marking it read. */
    public void open(long id, List<String> highlightForms) {
        open(id, highlightForms, -1);
    }

    /**
     * Opens article {@code id} from the page of entity {@code entityId}: besides {@code highlightForms} (the
     * entity's spellings), every mention of the entity stored for this article is highlighted as written there —
     * a spelling that normalises like a known one (قرة باغ / قرهباغ) or carries clitics is not missed.
     */
    public void openForEntity(long id, long entityId, List<String> highlightForms) {
        open(id, highlightForms, entityId);
    }

    private void open(long id, List<String> highlightForms, long entityId) {
        long gen = ++generation;
        error.set(null);
        org.sahifa.archive.ArchiveSearch from = archive;
        executor.execute(BackgroundTask.of(p -> {
            if (from != null) {
                Article shared = from.article(id).orElseThrow(() -> new org.sahifa.archive.ArchiveException(
                        "Article " + id + " is no longer in the archive " + from.address()));
                return new Opened(new Loaded(shared, document(shared), Optional.empty(), List.of(), List.of()),
                        List.copyOf(highlightForms));
            }
            Article a = library.articles().require(id);
            if (!a.read()) {
                library.articles().markRead(List.of(id), true);
                a = library.articles().require(id);
            }
            List<Entity> places = new ArrayList<>();
            List<Entity> persons = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            Set<String> forms = new java.util.LinkedHashSet<>(highlightForms);
            for (StoredMention m : library.entities().mentions(id)) {
                if (m.entity().id() == entityId) {
                    forms.add(m.text());
                }
                if (seen.add(m.entity().id())) {
                    if (m.entity().type() == EntityType.PLACE) {
                        places.add(m.entity());
                    } else if (m.entity().type() == EntityType.PERSON) {
                        persons.add(m.entity());
                    }
                }
            }
            return new Opened(new Loaded(a, document(a, library.imageCache()::lookup), library.bookmarks().get(id),
                    places, persons), List.copyOf(forms));
        }).onSuccess(opened -> {
            Loaded l = opened.loaded();
            List<String> toHighlight = opened.highlights();
            if (gen != generation) {
                return;
            }
            bookmarked.set(l.bookmark().isPresent());
            read.set(l.article().read());
            note.set(l.bookmark().map(Bookmark::note).orElse(""));
            tags.setAll(l.bookmark().map(Bookmark::tags).orElse(List.of()));
            highlights.set(toHighlight);
            loaded.set(l);
            onStateChanged.accept(l.article());
        }).onFailure(e -> {
            if (gen == generation) {
                error.set(e.getMessage());
            }
        }));
    }

    /**
     * After the list changed under the open article (a new search, another listing): its highlights become those
     * that {@code formsFor} gives for it — the new search's spellings, or none when the article is not among the
     * new results — so no highlight or match counter of an earlier search stays behind.
     */
    public void rehighlight(java.util.function.LongFunction<List<String>> formsFor) {
        Loaded l = loaded.get();
        if (l == null) {
            return;
        }
        List<String> forms = formsFor.apply(l.article().id());
        highlights.set(forms == null ? List.of() : List.copyOf(forms));
    }

    /** Shows nothing. */
    public void clear() {
        ++generation;
        loaded.set(null);
    }

    /** Bookmarks the article (keeping note and tags) or removes its bookmark. */
    public void toggleBookmark() {
        Loaded l = loaded.get();
        if (l == null) {
            return;
        }
        boolean target = !bookmarked.get();
        if (target) {
            saveBookmark(note.get(), String.join(", ", tags));
        } else {
            long id = l.article().id();
            executor.execute(BackgroundTask.of(p -> library.bookmarks().remove(id))
                    .onSuccess(r -> {
                        bookmarked.set(false);
                        changed();
                    })
                    .onFailure(e -> error.set(e.getMessage())));
        }
    }

    /** Bookmarks the article with a note and comma-separated tags. */
    public void saveBookmark(String newNote, String tagText) {
        Loaded l = loaded.get();
        if (l == null) {
            return;
        }
        long id = l.article().id();
        List<String> newTags = parseTags(tagText);
        String n = newNote == null || newNote.isBlank() ? null : newNote.strip();
        executor.execute(BackgroundTask.of(p -> library.bookmarks().put(id, n, newTags))
                .onSuccess(b -> {
                    bookmarked.set(true);
                    note.set(b.note() == null ? "" : b.note());
                    tags.setAll(b.tags());
                    changed();
                })
                .onFailure(e -> error.set(e.getMessage())));
    }

    /** Marks the article read or unread. */
    public void toggleRead() {
        Loaded l = loaded.get();
        if (l == null) {
            return;
        }
        boolean target = !read.get();
        long id = l.article().id();
        executor.execute(BackgroundTask.of(p -> library.articles().markRead(List.of(id), target))
                .onSuccess(n -> {
                    read.set(target);
                    changed();
                })
                .onFailure(e -> error.set(e.getMessage())));
    }

    private void changed() {
        Loaded l = loaded.get();
        if (l != null) {
            Article a = l.article();
            onStateChanged.accept(new Article(a.id(), a.title(), a.bodyHtml(), a.bodyText(), a.url(), a.guid(),
                    a.source(), a.author(), a.language(), a.published(), a.fetched(), read.get(), bookmarked.get()));
        }
    }

    /** Tags from what the user typed: split at commas (Latin or Arabic), trimmed, empty ones dropped. */
    static List<String> parseTags(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,،]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The document of an article's body, HTML when it has it, otherwise its plain text (no images). */
    public static ArticleDocument document(Article a) {
        return document(a, ImageCache.NONE);
    }

    /**
     * The document of an article's body with the images {@code images} holds (the library's offline image cache:
     * nothing is fetched while reading).
     */
    public static ArticleDocument document(Article a, ImageCache images) {
        Direction fallback = fallbackDirection(a);
        ArticleDocument body = a.bodyHtml() != null && !a.bodyHtml().isBlank()
                ? HtmlDocumentBuilder.build(a.bodyHtml(), images, fallback)
                : TextDocumentBuilder.build(a.bodyText(), fallback);
        return body.withTitle(a.title(), fallback);
    }

    private static Direction fallbackDirection(Article a) {
        String lang = a.language() == null ? "" : a.language().toLowerCase(Locale.ROOT);
        if (lang.startsWith("en") || lang.startsWith("fr") || lang.startsWith("de")) {
            return Direction.LTR;
        }
        return Direction.RTL;
    }
}
