/**
 * The navigation pane: All, Unread, Bookmarks (with counts), Places and Persons (when the entities service is
 * there), Saved searches and Sources; {@link org.sahifa.ui.navigation.NavigationViewModel} builds the entries off
 * the JavaFX thread, extensions (feeds) add actions under Sources.
 */
package org.sahifa.ui.navigation;
