package org.sahifa.ui;

import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The Sahifa window. */
public final class SahifaApp extends Application {

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("صحيفة"));
        root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        stage.setTitle("صحيفة");
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }
}
