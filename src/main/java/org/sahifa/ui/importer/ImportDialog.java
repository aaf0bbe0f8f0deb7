package org.sahifa.ui.importer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sahifa.ingest.ImportProblem;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;

/**
 * The import window: progress bar and Cancel while it runs; then the summary and the rejected items, each with
 * its file, position and reason on one line (full text in a tooltip).
 */
public final class ImportDialog {

    private final Stage stage = new Stage();

    public ImportDialog(ImportViewModel vm, I18n i18n, SceneFactory scenes, Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(i18n.bind("import.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("import-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(false);
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        message.setMaxWidth(Double.MAX_VALUE);
        Label rejectedTitle = new Label();
        rejectedTitle.textProperty().bind(i18n.bind("import.rejected"));
        ListView<ImportProblem> rejected = new ListView<>();
        rejected.setId("import-rejected");
        rejected.setCellFactory(v -> new ListCell<>() {
            {
                // As wide as the list, never wider: long reasons end in "…" (full text in the tooltip).
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ImportProblem p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String where = p.position() == null || p.position().isEmpty()
                        ? p.file().getFileName().toString() : p.file().getFileName() + " — " + p.position();
                String line = where + ": " + p.message().replace('\n', ' ');
                setText(line);
                setNodeOrientation(org.sahifa.ui.document.Direction.of(line, org.sahifa.ui.document.Direction.RTL)
                        == org.sahifa.ui.document.Direction.RTL ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT
                        : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
                setWrapText(false);
                setTextOverrun(OverrunStyle.ELLIPSIS);
                setTooltip(new Tooltip(p.toString()));
            }
        });
        vm.reportProperty().addListener((o, a, r) -> {
            if (r != null) {
                rejected.getItems().setAll(r.problems());
            }
        });
        var showRejected = Bindings.createBooleanBinding(() -> vm.reportProperty().get() != null
                && !vm.reportProperty().get().problems().isEmpty(), vm.reportProperty());
        rejected.visibleProperty().bind(showRejected);
        rejected.managedProperty().bind(showRejected);
        rejectedTitle.visibleProperty().bind(showRejected);
        rejectedTitle.managedProperty().bind(showRejected);
        VBox.setVgrow(rejected, Priority.ALWAYS);

        Button cancel = new Button();
        cancel.setId("import-cancel");
        cancel.textProperty().bind(i18n.bind("import.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        Button close = new Button();
        close.setId("import-close");
        close.textProperty().bind(i18n.bind("import.close"));
        close.setOnAction(e -> stage.close());
        close.visibleProperty().bind(vm.runningProperty().not());
        close.managedProperty().bind(vm.runningProperty().not());
        close.setDefaultButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, message, bar, rejectedTitle, rejected, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(620);
        Scene scene = scenes.create(root, 620, 200);
        stage.setScene(scene);
        vm.reportProperty().addListener((o, a, r) -> {
            if (r != null && !r.problems().isEmpty()) {
                stage.setHeight(Math.max(stage.getHeight(), 380));
            }
        });
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
                e.consume();
            }
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
