/**
 * Importers (JSON, JSON Lines, plain text, RSS/Atom, OPML) and feed fetching. Everything read from outside is treated as hostile.
 */
package org.sahifa.ingest;
