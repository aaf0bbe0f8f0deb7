package org.sahifa.ui.main;

import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;
import org.sahifa.ui.common.TaskExecutor;
import org.sahifa.ui.settings.SettingsModel;

/** The main window: the menu bar over the panes, with the window size remembered in the settings. */
public final class MainWindow {

    private final Stage stage;
    private final SceneFactory scenes;
    private final I18n i18n;
    private final SettingsModel settings;
    private final BorderPane root = new BorderPane();

    public MainWindow(Stage stage, SceneFactory scenes, I18n i18n, TaskExecutor executor, HostServices host) {
        this.stage = stage;
        this.scenes = scenes;
        this.i18n = i18n;
        this.settings = scenes.settings();
        MainMenu menu = new MainMenu(i18n, settings, this::showAbout, Platform::exit);
        root.setTop(menu.bar());
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("reader.empty"));
        empty.getStyleClass().add("empty-state");
        root.setCenter(empty);
    }

    public void show() {
        Scene scene = scenes.create(root, settings.windowWidthProperty().get(), settings.windowHeightProperty().get());
        stage.titleProperty().bind(i18n.bind("app.title"));
        stage.setScene(scene);
        stage.setMaximized(settings.maximizedProperty().get());
        stage.show();
        stage.widthProperty().addListener((o, a, w) -> {
            if (!stage.isMaximized()) {
                settings.windowWidthProperty().set(w.doubleValue());
            }
        });
        stage.heightProperty().addListener((o, a, h) -> {
            if (!stage.isMaximized()) {
                settings.windowHeightProperty().set(h.doubleValue());
            }
        });
        stage.maximizedProperty().addListener((o, a, m) -> settings.maximizedProperty().set(m));
    }

    public void close() {
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        scenes.decorate(about);
        about.setHeaderText(null);
        about.setTitle(i18n.get("app.title"));
        about.setContentText(i18n.get("about.text"));
        about.initOwner(stage);
        about.showAndWait();
    }
}
