package org.sahifa.ui.navigation;

/**
 * One entry of the navigation pane.
 *
 * @param kind  what selecting it shows
 * @param label the text (already translated for headers and fixed entries; the name for sources and searches)
 * @param arg   the source name, the saved query or the bookmark tag, else {@code null}
 * @param count how many articles it holds, or -1 when not counted
 */
public record NavItem(Kind kind, String label, String arg, long count) {

    /** What an entry is. */
    public enum Kind { HEADER, ALL, UNREAD, BOOKMARKS, TAG, UNDATED, PLACES, PERSONS, SAVED_SEARCH, SOURCE, ACTION }

    public boolean selectable() {
        return kind != Kind.HEADER;
    }
}
