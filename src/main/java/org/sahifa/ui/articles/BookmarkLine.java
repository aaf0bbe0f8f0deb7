package org.sahifa.ui.articles;

import org.sahifa.ui.common.I18n;

import java.util.List;

/** A bookmark's note and tags as the one line under its row in the Bookmarks list. */
public final class BookmarkLine {

    private BookmarkLine() {
    }

    /** «ملاحظة: … — وسوم: أ، ب»; empty when the bookmark has neither note nor tags. */
    public static String of(I18n i18n, String note, List<String> tags) {
        String n = note == null || note.isBlank() ? "" : i18n.get("row.note", note.strip().replace('\n', ' '));
        String t = tags.isEmpty() ? "" : i18n.get("row.tags", String.join(i18n.get("list.separator"), tags));
        return n.isEmpty() || t.isEmpty() ? n + t : n + " — " + t;
    }
}
