package org.sahifa.ui;

import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.settings.Settings;
import org.sahifa.ui.settings.SettingsModel;
import org.sahifa.ui.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Saves the settings off the JavaFX thread after each change. A burst of changes (dragging a divider) writes
 * the file once per burst: only the newest snapshot waits to be written.
 */
final class SettingsSaver {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsSaver.class);

    private final SettingsStore store;
    private final SettingsModel model;
    private final TaskExecutor executor;
    private final AtomicReference<Settings> pending = new AtomicReference<>();

    SettingsSaver(SettingsStore store, SettingsModel model, TaskExecutor executor) {
        this.store = store;
        this.model = model;
        this.executor = executor;
    }

    /** Writes what is still waiting, on the calling thread; for when the window closes. */
    void flush() {
        Settings latest = pending.getAndSet(null);
        if (latest != null) {
            try {
                store.save(latest);
            } catch (java.io.IOException e) {
                LOG.warn("could not save the settings to {}: {}", store.file(), e.toString());
            }
        }
    }

    void schedule() {
        if (pending.getAndSet(model.toSettings()) != null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> {
            Thread.sleep(300);
            Settings latest = pending.getAndSet(null);
            if (latest != null) {
                store.save(latest);
            }
            return null;
        }).onFailure(e -> LOG.warn("could not save the settings to {}: {}", store.file(), e.toString())));
    }
}
