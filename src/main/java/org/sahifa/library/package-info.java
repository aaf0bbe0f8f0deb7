/**
 * The one service the UI and the command line talk to: it opens a library folder and composes store, search, entities and ingest.
 */
package org.sahifa.library;
