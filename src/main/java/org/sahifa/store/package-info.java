/**
 * The SQLite article library: schema and migrations, articles, sources, bookmarks and read state. The source of truth for everything else.
 */
package org.sahifa.store;
