package org.sahifa.ui.common;

import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.sahifa.ui.settings.Language;
import org.sahifa.ui.settings.SettingsModel;
import org.sahifa.ui.settings.Theme;

import java.util.Locale;
import java.util.Objects;

/**
 * The one place where every scene and dialog of Sahifa is made: it binds the root's node orientation to the
 * language (right to left for Arabic, left to right for English; changes apply at once), adds the stylesheet,
 * keeps the theme's style class on the root, sets the bundled font and the interface size (the article has its
 * own text size: Ctrl + enlarges the article, not the whole interface), and installs the text-size shortcuts
 * (Ctrl +, Ctrl −, Ctrl 0 for the article; Ctrl Shift +, Ctrl Shift − for the interface).
 */
public final class SceneFactory {

    /** The stylesheet with the themes' looked-up colours. */
    public static final String STYLESHEET = "/org/sahifa/ui/css/sahifa.css";
    private final SettingsModel settings;

    public SceneFactory(SettingsModel settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public SettingsModel settings() {
        return settings;
    }

    /** A new scene around {@code root}, bound to the settings. */
    public Scene create(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        decorate(root);
        installShortcuts(scene);
        return scene;
    }

    /** Binds a dialog's pane like a scene root. */
    public void decorate(Dialog<?> dialog) {
        decorate(dialog.getDialogPane());
    }

    /** Binds orientation, stylesheet, theme and font of {@code root}. */
    public void decorate(Parent root) {
        AppFonts.load();
        root.nodeOrientationProperty().bind(Bindings.createObjectBinding(
                () -> orientation(settings.languageProperty().get()), settings.languageProperty()));
        String css = Objects.requireNonNull(SceneFactory.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
        if (!root.getStylesheets().contains(css)) {
            root.getStylesheets().add(css);
        }
        applyTheme(root, settings.themeProperty().get());
        settings.themeProperty().addListener((obs, old, theme) -> applyTheme(root, theme));
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx;",
                        AppFonts.FAMILY, settings.interfaceSizeProperty().get()),
                settings.interfaceSizeProperty()));
    }

    /** The orientation a root gets for {@code language}. */
    public static NodeOrientation orientation(Language language) {
        return language.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    private static void applyTheme(Parent root, Theme theme) {
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(t.styleClass());
        }
        root.getStyleClass().add(theme.styleClass());
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                settings::increaseFontSize);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                settings::increaseFontSize);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                settings::increaseFontSize);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                settings::decreaseFontSize);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                settings::decreaseFontSize);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                settings::resetFontSize);
        for (KeyCode larger : new KeyCode[] {KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD}) {
            scene.getAccelerators().put(new KeyCodeCombination(larger, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN), settings::increaseInterfaceSize);
        }
        for (KeyCode smaller : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            scene.getAccelerators().put(new KeyCodeCombination(smaller, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN), settings::decreaseInterfaceSize);
        }
    }
}
