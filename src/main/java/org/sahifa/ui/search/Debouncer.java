package org.sahifa.ui.search;

/** Runs an action once input has been quiet for a while; tests use {@link #IMMEDIATE}. */
public interface Debouncer {

    /** Runs each action at once. */
    Debouncer IMMEDIATE = Runnable::run;

    /** (Re)starts the quiet period; {@code action} runs when it ends without another call. */
    void submit(Runnable action);
}
