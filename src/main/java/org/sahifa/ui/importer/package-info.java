/**
 * Import from the window: {@link org.sahifa.ui.importer.ImportViewModel} runs the library's import off the
 * JavaFX thread with progress and cancel, and keeps the report (added, duplicates, rejected with reasons);
 * {@link org.sahifa.ui.importer.ImportDialog} shows it. Used by the File menu, drag-and-drop and the first run.
 */
package org.sahifa.ui.importer;
