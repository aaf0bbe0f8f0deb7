/**
 * Sahifa's analysis and query language as a Solr plugin (docs/archive.md, decision 0120): Lucene factories with
 * SPI names for the tokenizer ({@code sahifa}), the light stemmer with names protected ({@code sahifaStem}) and
 * the name-key filter ({@code sahifaNameKey}), and the {@code sahifa} query parser, which compiles Sahifa's
 * query language against each shard's own terms (name spellings are looked up in the shard's term dictionary).
 * Built into {@code sahifa-VERSION-solr-plugin.jar} with {@code org.sahifa.text} and {@code org.sahifa.search.query}
 * only; imports nothing of the store, entities, library or window (ArchitectureTest).
 */
package org.sahifa.solr;
