/**
 * The Lucene index derived from the store: indexing, the query language, ranking, highlighting and suggestions. Rebuilt from the store when missing or stale.
 */
package org.sahifa.search;
