package org.sahifa.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A running {@link BackgroundTask} as the views see it: progress to bind to, and a way to cancel. */
public interface TaskHandle {

    /** Progress from 0 to 1, or -1 while unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** The units done as last reported (articles indexed, say), or -1 before the first report. */
    ReadOnlyLongProperty workDoneProperty();

    /** The units to do in all as last reported, or -1 (unknown, or before the first report). */
    ReadOnlyLongProperty totalWorkProperty();

    /** The last message the work reported. */
    ReadOnlyStringProperty messageProperty();

    /** True while the work runs. */
    ReadOnlyBooleanProperty runningProperty();

    /** Asks the work to stop; it finishes soon and reports itself cancelled. */
    void cancel();

    boolean isCancelled();
}
