package org.sahifa.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state every {@link TaskHandle} keeps — progress, message, running, cancelled — shared by the executors,
 * which differ only in where {@link #update} lands and what else counts as cancelled.
 */
abstract class PropertyTaskHandle implements TaskHandle, BackgroundTask.Progress {

    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    final ReadOnlyLongWrapper workDone = new ReadOnlyLongWrapper(-1);
    final ReadOnlyLongWrapper totalWork = new ReadOnlyLongWrapper(-1);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    volatile boolean cancelled;

    /** Sets the progress and message properties; call it on the thread that owns them. */
    final void show(long done, long total, String text) {
        workDone.set(done);
        totalWork.set(total);
        progress.set(total <= 0 ? -1 : (double) done / total);
        if (text != null) {
            message.set(text);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty workDoneProperty() {
        return workDone.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty totalWorkProperty() {
        return totalWork.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
