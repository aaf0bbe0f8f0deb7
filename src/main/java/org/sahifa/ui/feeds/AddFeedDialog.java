package org.sahifa.ui.feeds;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.sahifa.ingest.feed.FeedService;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;

import java.util.Optional;

/**
 * The add-a-source dialog: address (feed or site), optional name and folder. Subscribe works in the background
 * with a spinner; the dialog stays open with the reason when it fails, and closes with the subscription when it
 * succeeds.
 */
public final class AddFeedDialog {

    private final Dialog<FeedService.Subscription> dialog = new Dialog<>();
    private final AddFeedViewModel vm;

    public AddFeedDialog(AddFeedViewModel vm, I18n i18n, SceneFactory scenes, Window owner) {
        this.vm = vm;
        if (scenes != null) {
            scenes.decorate(dialog);
        }
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.titleProperty().bind(i18n.bind("feeds.add.title"));
        dialog.setHeaderText(null);

        TextField address = new TextField();
        address.setId("add-feed-address");
        address.setPromptText("https://");
        address.setPrefColumnCount(32);
        address.textProperty().bindBidirectional(vm.addressProperty());
        address.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        TextField title = new TextField();
        title.setId("add-feed-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        ComboBox<String> folder = new ComboBox<>(vm.folders());
        folder.setId("add-feed-folder");
        folder.setEditable(true);
        folder.setMaxWidth(Double.MAX_VALUE);
        folder.getEditor().textProperty().bindBidirectional(vm.folderProperty());

        Label error = new Label();
        error.setId("add-feed-error");
        error.setWrapText(true);
        error.setMaxWidth(480);
        error.setStyle("-fx-text-fill: #c0392b;");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        Label busy = new Label();
        busy.textProperty().bind(i18n.bind("feeds.add.busy"));
        busy.visibleProperty().bind(vm.busyProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label(i18n, "feeds.add.address"), address);
        grid.addRow(1, label(i18n, "feeds.add.name"), title);
        grid.addRow(2, label(i18n, "feeds.add.folder"), folder);
        grid.add(new HBox(6, spinner, busy), 1, 3);
        grid.add(error, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);

        ButtonType subscribe = new ButtonType(i18n.get("feeds.add.subscribe"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(subscribe, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(subscribe);
        ok.setId("add-feed-subscribe");
        ok.disableProperty().bind(vm.canSubscribeProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stay open until the background work answers
            vm.subscribe();
        });
        vm.addedProperty().addListener((o, a, s) -> {
            if (s != null) {
                dialog.setResult(s);
                dialog.close();
            }
        });
        dialog.setResultConverter(b -> b == subscribe ? vm.addedProperty().get() : null);
        address.requestFocus();
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    public Dialog<FeedService.Subscription> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits; the subscription when one was made. */
    public Optional<FeedService.Subscription> showAndWait() {
        return dialog.showAndWait();
    }

    AddFeedViewModel viewModel() {
        return vm;
    }
}
