/**
 * The main window: menus, the three panes (navigation | article list | reader, mirrored for right to left) with
 * their remembered sizes, and the keyboard shortcuts that move between them.
 */
package org.sahifa.ui.main;
