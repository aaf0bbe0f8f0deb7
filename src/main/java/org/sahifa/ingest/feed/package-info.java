/**
 * Feed subscriptions and their refresh: subscribing by feed or site address (autodiscovery), folders, per-feed
 * schedule, status and back-off, and the fetching of new items into the library through its one storing path.
 * Sub-packages hold the HTTP client ({@code http}), article extraction ({@code extract}), the image cache
 * ({@code images}) and OPML ({@code opml}).
 */
package org.sahifa.ingest.feed;
