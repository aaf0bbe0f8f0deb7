package org.sahifa.ui.importer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sahifa.library.ImportReport;
import org.sahifa.library.Library;
import org.sahifa.ui.common.BackgroundTask;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.common.TaskHandle;

import java.nio.file.Path;
import java.util.List;

/**
 * One import run: progress (0–1, or -1 while counting), a line saying where it is, cancel, and at the end the
 * report. The import itself is the library's (same path as the command line), run off the JavaFX thread.
 */
public final class ImportViewModel {

    /** What an import works on: the library's file import, or anything else with the same report. */
    @FunctionalInterface
    public interface Work {
        ImportReport run(BackgroundTask.Progress progress) throws Exception;
    }

    private final TaskExecutor executor;
    private final I18n i18n;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final StringProperty failure = new SimpleStringProperty();
    private TaskHandle handle;
    private Runnable onFinished = () -> { };

    public ImportViewModel(TaskExecutor executor, I18n i18n) {
        this.executor = executor;
        this.i18n = i18n;
    }

    /** The import of {@code paths} (files and folders) into {@code library}. */
    public static Work files(Library library, List<Path> paths) {
        return p -> library.imports().importPaths(paths, null, at -> p.update(at.filesDone(), at.filesTotal(),
                at.file() == null ? null : at.file().getFileName().toString()), p::isCancelled);
    }

    /** Called on the JavaFX thread when the run ended (done, cancelled or failed). */
    public void setOnFinished(Runnable handler) {
        this.onFinished = handler;
    }

    public void start(Work work) {
        report.set(null);
        failure.set(null);
        running.set(true);
        message.set(i18n.get("import.running"));
        handle = executor.execute(BackgroundTask.of(work::run)
                .onSuccess(r -> {
                    running.set(false);
                    progress.unbind();
                    progress.set(1);
                    report.set(r);
                    message.set(summary(r));
                    onFinished.run();
                })
                .onCancelled(() -> {
                    running.set(false);
                    message.set(i18n.get("import.cancelled"));
                    onFinished.run();
                })
                .onFailure(e -> {
                    running.set(false);
                    failure.set(e.getMessage() == null ? e.toString() : e.getMessage());
                    message.set(i18n.get("import.failed", failure.get()));
                    onFinished.run();
                }));
        progress.bind(handle.progressProperty());
        handle.messageProperty().addListener((o, a, m) -> {
            if (running.get() && m != null && !m.isEmpty()) {
                message.set(i18n.get("import.running") + " " + m);
            }
        });
    }

    /** Asks the running import to stop; what was stored stays. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /** "Added 3, skipped 1 duplicate, rejected 1." (or the cancelled note). */
    public String summary(ImportReport r) {
        String s = i18n.get("import.summary", r.stored(), r.duplicates(), r.problems().size());
        return r.cancelled() ? s + " " + i18n.get("import.cancelled") : s;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    public StringProperty failureProperty() {
        return failure;
    }
}
