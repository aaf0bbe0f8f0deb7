/**
 * A shared archive on SolrCloud (docs/archive.md): {@link org.sahifa.archive.ArchiveClient} talks to the nodes
 * over HTTP with failover, {@link org.sahifa.archive.ArchiveSetup} uploads the configset and creates a collection,
 * {@link org.sahifa.archive.ArchivePush} publishes a library's articles with their places and persons (resumable),
 * and {@link org.sahifa.archive.ArchiveSearch} searches a collection and reads its articles with the same results,
 * snippets and marks as the library's own search. The analysis runs inside Solr ({@code org.sahifa.solr}).
 */
package org.sahifa.archive;
