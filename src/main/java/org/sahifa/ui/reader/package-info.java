/**
 * The reader pane: {@link org.sahifa.ui.reader.ReaderViewModel} loads an article and its bookmark off the JavaFX
 * thread, builds its document, marks it read, toggles bookmark and read state; {@link org.sahifa.ui.reader.ReaderView}
 * shows title, source, date and the body through Sahifa's own line layout, with the match navigation.
 */
package org.sahifa.ui.reader;
