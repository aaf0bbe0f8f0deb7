/**
 * The search query language: a parser that turns what the user typed into a {@link org.sahifa.search.query.QueryNode}
 * tree (words, phrases, exclusions, {@code OR}, groups and {@code field:value} filters). The parser never throws:
 * malformed input degrades to plain words. The grammar is documented in {@code docs/search.md} and on
 * {@link org.sahifa.search.query.QueryParser}.
 */
package org.sahifa.search.query;
