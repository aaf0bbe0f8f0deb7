package org.sahifa.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.sahifa.ui.common.I18n;
import org.sahifa.ui.common.SceneFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The keyboard shortcuts: the Go menu (each single-key shortcut of the window shown in its item) and the Help
 * list of every shortcut, read from the menu bar's accelerators plus the keys that have no menu item of their
 * own (the alternatives: Ctrl+F, F3, Esc).
 */
public final class Shortcuts {

    /** One shortcut as the Help list shows it. */
    public record Row(String action, String keys) {
    }

    /** One item of the Go menu: a text key, its keys, and what it does. */
    public record Entry(String textKey, KeyCombination keys, Runnable action) {
    }

    /** Keys that work without a menu item of their own: the text key of the action and its keys. */
    private static final List<Object[]> ALTERNATIVES = List.of(
            new Object[] {"menu.go.search", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)},
            new Object[] {"menu.go.nextMatch", new KeyCodeCombination(KeyCode.F3)},
            new Object[] {"menu.go.nextMatch", new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN)},
            new Object[] {"menu.go.previousMatch", new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN)},
            new Object[] {"menu.go.previousMatch", new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN)},
            new Object[] {"shortcuts.escape", new KeyCodeCombination(KeyCode.ESCAPE)});

    private Shortcuts() {
    }

    /**
     * The Go menu. The window's key filter handles these keys while the focus is not in a text field; an item's
     * accelerator runs its action only then too ({@code typing} false), so typing "j" in the search field types.
     */
    public static Menu goMenu(I18n i18n, BooleanSupplier typing, List<Entry> entries) {
        Menu go = new Menu();
        go.setId("menu-go");
        go.textProperty().bind(i18n.bind("menu.go"));
        for (Entry e : entries) {
            MenuItem m = new MenuItem();
            m.textProperty().bind(i18n.bind(e.textKey()));
            m.setAccelerator(e.keys());
            m.setOnAction(x -> {
                if (!typing.getAsBoolean()) {
                    e.action().run();
                }
            });
            go.getItems().add(m);
        }
        return go;
    }

    /** Every shortcut: the menu items' accelerators (in menu order), then the alternatives. */
    public static List<Row> rows(MenuBar bar, I18n i18n) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, rows);
        }
        for (Object[] alt : ALTERNATIVES) {
            rows.add(new Row(i18n.get((String) alt[0]), ((KeyCombination) alt[1]).getDisplayText()));
        }
        return rows;
    }

    private static void collect(Menu menu, List<Row> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, rows);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                rows.add(new Row(item.getText(), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** The Help dialog listing {@link #rows}. */
    public static Dialog<ButtonType> dialog(MenuBar bar, I18n i18n, SceneFactory scenes, Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        scenes.decorate(d);
        d.initOwner(owner);
        d.setTitle(i18n.get("shortcuts.title"));
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int row = 0;
        for (Row r : rows(bar, i18n)) {
            Label keys = new Label(r.keys());
            keys.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // "Ctrl+Shift+G" reads left to right
            keys.setStyle("-fx-font-weight: bold;");
            grid.addRow(row++, new Label(r.action()), keys);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("dialog.close"),
                ButtonBar.ButtonData.OK_DONE));
        return d;
    }
}
