package org.sahifa.library;

import org.sahifa.ingest.StoredText;
import org.sahifa.store.Article;
import org.sahifa.store.ContentKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives articles stored by older versions the texts imports now store (migration {@code 002-text-repairs}, issue 12
 * item 10): HTML character references decoded, controls removed, a blank title made from the text, an overlong
 * title cut — by {@link StoredText}, the importers' own rule. Runs once when the library opens with its features,
 * for the rows the migration listed; each changed article is re-indexed for search and its names are recognised
 * again (its old mention offsets no longer fit the text).
 */
final class TextRepair {

    private static final Logger LOG = LoggerFactory.getLogger(TextRepair.class);

    private TextRepair() {
    }

    /** Repairs what the migration listed; returns how many articles changed. */
    static int run(Library library) {
        List<Long> pending = library.database().read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT article_id FROM text_repairs ORDER BY article_id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
        if (pending.isEmpty()) {
            return 0;
        }
        List<Long> changed = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += 500) {
            List<Article> batch = library.articles().getAll(pending.subList(from, Math.min(pending.size(), from + 500)));
            changed.addAll(library.database().transaction(c -> repair(c, batch)));
        }
        library.database().transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM text_repairs")) {
                s.executeUpdate();
            }
            return null;
        });
        if (!changed.isEmpty()) {
            List<Article> updated = library.articles().getAll(changed);
            library.search().hook().committed(updated);
            library.flushHooks();
            library.entities().scanMissing(done -> { }, () -> false);
        }
        LOG.info("Text repair: {} of {} listed articles changed", changed.size(), pending.size());
        return changed.size();
    }

    private static List<Long> repair(java.sql.Connection c, List<Article> batch) throws SQLException {
        List<Long> changed = new ArrayList<>();
        try (PreparedStatement text = c.prepareStatement("UPDATE articles SET title = ?, body_text = ? WHERE id = ?");
             PreparedStatement hash = c.prepareStatement("UPDATE OR IGNORE articles SET content_hash = ? WHERE id = ?");
             PreparedStatement mentions = c.prepareStatement("DELETE FROM entity_mentions WHERE article_id = ?");
             PreparedStatement scanned = c.prepareStatement("DELETE FROM entity_scanned WHERE article_id = ?")) {
            for (Article a : batch) {
                String body = StoredText.body(a.bodyText());
                String title = StoredText.title(a.title());
                if (title == null) {
                    title = StoredText.titleFromText(body);
                }
                if (title == null) {
                    title = a.title(); // nothing to make a title from; left as it was
                }
                if (title.equals(a.title()) && body.equals(a.bodyText())) {
                    continue;
                }
                text.setString(1, title);
                text.setString(2, body);
                text.setLong(3, a.id());
                text.executeUpdate();
                hash.setString(1, ContentKey.of(title, body));
                hash.setLong(2, a.id());
                hash.executeUpdate(); // another article with the same text: the old key stays
                mentions.setLong(1, a.id());
                mentions.executeUpdate();
                scanned.setLong(1, a.id());
                scanned.executeUpdate();
                changed.add(a.id());
            }
        }
        return changed;
    }
}
