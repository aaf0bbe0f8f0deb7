package org.sahifa.ingest.feed;

/** What the feed service believes about the network, from its last fetches. */
public enum NetworkState {
    /** Nothing fetched yet. */
    UNKNOWN,
    /** The last refresh reached at least one server. */
    ONLINE,
    /** The last refresh reached no server and every failure looked like a missing network. */
    OFFLINE
}
