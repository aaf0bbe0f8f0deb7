/**
 * The feed pieces of the window: the Sources section of the navigation pane (each feed with its unread count and an
 * error badge whose tooltip says why the last refresh failed, a refresh button with progress and cancel, a quiet
 * offline notice) and the add-a-source dialog. Each is a View over a ViewModel; the ViewModels hold the logic and
 * run all feed work through the {@link org.sahifa.ui.common.TaskExecutor}, never on the JavaFX thread.
 */
package org.sahifa.ui.feeds;
