package org.sahifa.ui.entities;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sahifa.entities.CoMention;
import org.sahifa.entities.Entity;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.NameForm;
import org.sahifa.library.Library;
import org.sahifa.store.Article;
import org.sahifa.ui.articles.ArticleRow;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entity's page: its figures and the forms of its name with their article counts, mentions per month (from the dates of its articles), the
 * entities named in the same articles, and its articles newest first; plus the corrections the user can make.
 * Everything loads off the JavaFX thread; a correction reloads the page.
 */
public final class EntityPageViewModel {

    public static final int ARTICLE_LIMIT = 2000;
    public static final int CO_MENTION_LIMIT = 24;

    /**
     * A loaded page.
     *
     * @param forms    the forms of its name its articles use, with article counts, most articles first
     * @param timeline articles per month, oldest month first (dated articles only)
     * @param undated  how many of the articles have no publication date (not on the timeline, listed last)
     */
    public record Page(EntitySummary summary, List<NameForm> forms, List<CoMention> coMentions,
                       Map<YearMonth, Long> timeline, long undated, List<ArticleRow> articles) {
    }

    private final Library library;
    private final TaskExecutor executor;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final StringProperty error = new SimpleStringProperty();
    private Runnable onChanged = () -> { };
    private long generation;

    public EntityPageViewModel(Library library, TaskExecutor executor, ZoneId zone) {
        this.library = library;
        this.executor = executor;
        this.zone = zone;
    }

    /** Told after a correction changed the entities (the browser reloads). */
    public void setOnChanged(Runnable handler) {
        this.onChanged = handler;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Loads the page of entity {@code id}. */
    public void open(long id) {
        long gen = ++generation;
        executor.execute(BackgroundTask.of(p -> load(id)).onSuccess(pg -> {
            if (gen == generation) {
                error.set(null);
                page.set(pg);
            }
        }).onFailure(e -> {
            if (gen == generation) {
                error.set(e.getMessage());
            }
        }));
    }

    private Page load(long id) {
        EntitySummary summary = library.entities().get(id)
                .orElseThrow(() -> new IllegalArgumentException("no entity " + id));
        List<CoMention> co = library.entities().coMentions(id, CO_MENTION_LIMIT);
        List<Long> ids = library.entities().articleIds(id, ARTICLE_LIMIT);
        List<Article> articles = new ArrayList<>(library.articles().getAll(ids));
        Map<YearMonth, Long> timeline = new TreeMap<>();
        List<ArticleRow> rows = new ArrayList<>();
        long undated = 0;
        for (Article a : articles) {
            // An article without a publication date is left off the timeline (and listed last), never put at the
            // month it was imported in.
            Instant when = a.published();
            if (when == null) {
                undated++;
            } else {
                timeline.merge(YearMonth.from(when.atZone(zone)), 1L, Long::sum);
            }
            rows.add(new ArticleRow(a.id(), a.title(), a.source(), when, a.read(), a.bookmarked(), null, List.of()));
        }
        rows.sort(Comparator.comparing(ArticleRow::published, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Page(summary, library.entities().forms(id), co, timeline, undated, rows);
    }

    /** Gives the entity another canonical name. */
    public void rename(String name) {
        correct(e -> library.entities().rename(e.id(), name.strip()));
    }

    /** Adds a spelling under which the entity is also found. */
    public void alias(String spelling) {
        correct(e -> library.entities().alias(e.id(), spelling.strip()));
    }

    /** Merges the entity of the same type named {@code otherName} into this one. */
    public void mergeWith(String otherName) {
        correct(e -> {
            Entity other = library.entities().resolve(e.type(), otherName.strip())
                    .orElseThrow(() -> new IllegalArgumentException(otherName.strip()));
            if (other.id() == e.id()) {
                return e;
            }
            return library.entities().merge(e.id(), other.id());
        });
    }

    private interface Correction {
        Entity apply(Entity e) throws Exception;
    }

    private void correct(Correction c) {
        Page current = page.get();
        if (current == null) {
            return;
        }
        Entity e = current.summary().entity();
        executor.execute(BackgroundTask.of(p -> c.apply(e)).onSuccess(result -> {
            onChanged.run();
            open(result.id());
        }).onFailure(ex -> error.set(ex.getMessage())));
    }
}
