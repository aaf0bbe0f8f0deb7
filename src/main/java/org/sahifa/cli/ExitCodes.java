package org.sahifa.cli;

/**
 * The exit codes of every command (docs/formats.md, <i>Exit codes</i>).
 */
final class ExitCodes {

    /** Everything was done: every article stored or already present, every feed refreshed. */
    static final int OK = 0;
    /**
     * The command could not do (all of) its work: some items or files could not be imported (the good ones were
     * kept), a feed failed, an id does not exist, a file could not be written.
     */
    static final int FAILED = 1;
    /** The command line itself is wrong: an unknown option, a missing or malformed value. Nothing was done. */
    static final int USAGE = 2;
    /** The library is in use by another Sahifa process (the window, or another command). Nothing was done. */
    static final int LIBRARY_IN_USE = 3;

    private ExitCodes() {
    }
}
