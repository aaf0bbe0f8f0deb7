/**
 * Sahifa's analysis and query language as a Solr plugin (docs/archive.md, decision 0120): Lucene factories with
 * SPI names for the tokenizer ({@code sahifa}), the light stemmer with names protected ({@code sahifaStem}) and
 * the name-key filter ({@code sahifaNameKey}), and the {@code sahifa} query parser, which compiles Sahifa's
 * query language with the library's own {@code QueryCompiler} against each shard's own terms (name spellings are
 * looked up in the shard's term dictionary), deciding which words are names by the collection's statistics that
 * the client sends ({@link org.sahifa.solr.CollectionNameStatistics}, decision 0124). Built into
 * {@code sahifa-VERSION-solr-plugin.jar} with {@code org.sahifa.text}, {@code org.sahifa.search.query} and the
 * compiler's classes of {@code org.sahifa.search}; imports nothing of the store, library or window
 * (ArchitectureTest).
 */
package org.sahifa.solr;
