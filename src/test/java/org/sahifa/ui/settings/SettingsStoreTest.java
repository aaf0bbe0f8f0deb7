package org.sahifa.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        Settings s = new SettingsStore(dir).load();
        assertThat(s.language).isEqualTo(Language.AR);
        assertThat(s.theme).isEqualTo(Theme.LIGHT);
        assertThat(s.digits).isEqualTo(Digits.BY_LANGUAGE);
    }

    @Test
    void savedSettingsComeBack() throws Exception {
        SettingsModel model = new SettingsModel();
        model.languageProperty().set(Language.EN);
        model.themeProperty().set(Theme.DARK);
        model.increaseFontSize();
        model.increaseLineSpacing();
        model.navDividerProperty().set(0.22);
        model.listDividerProperty().set(0.61);
        model.savedSearches().add(new Settings.SavedSearch("Karabakh", "كراباخ"));
        SettingsStore store = new SettingsStore(dir.resolve("nested"));
        store.save(model.toSettings());

        SettingsModel back = new SettingsModel(store.load());
        assertThat(back.languageProperty().get()).isEqualTo(Language.EN);
        assertThat(back.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(back.fontSizeProperty().get()).isEqualTo(Settings.DEFAULT_FONT_SIZE + 1);
        assertThat(back.lineSpacingProperty().get()).isEqualTo(Settings.DEFAULT_LINE_SPACING + 0.1);
        assertThat(back.navDividerProperty().get()).isEqualTo(0.22);
        assertThat(back.listDividerProperty().get()).isEqualTo(0.61);
        assertThat(back.savedSearches()).singleElement().satisfies(s -> assertThat(s.query).isEqualTo("كراباخ"));
    }

    @Test
    void damagedFileIsKeptAsideAndDefaultsUsed() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{\"theme\": \"DARK\", ");
        Settings s = new SettingsStore(dir).load();
        assertThat(s.theme).isEqualTo(Theme.LIGHT);
        assertThat(dir.resolve(SettingsStore.FILE_NAME + ".bad")).exists();
    }

    @Test
    void outOfRangeAndUnknownValuesAreRepaired() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME),
                "{\"fontSize\": 900, \"lineSpacing\": -1, \"dividers\": [0.9, 0.1], \"futureField\": 1,"
                        + " \"theme\": \"SEPIA\"}");
        Settings s = new SettingsStore(dir).load();
        assertThat(s.fontSize).isEqualTo(Settings.DEFAULT_FONT_SIZE);
        assertThat(s.lineSpacing).isEqualTo(Settings.DEFAULT_LINE_SPACING);
        assertThat(s.dividers).containsExactly(0.18, 0.5);
        assertThat(s.theme).isEqualTo(Theme.SEPIA);
    }

    @Test
    void fontSizeStaysWithinBounds() {
        SettingsModel model = new SettingsModel();
        for (int i = 0; i < 100; i++) {
            model.increaseFontSize();
        }
        assertThat(model.fontSizeProperty().get()).isEqualTo(Settings.MAX_FONT_SIZE);
        for (int i = 0; i < 100; i++) {
            model.decreaseFontSize();
            model.decreaseLineSpacing();
        }
        assertThat(model.fontSizeProperty().get()).isEqualTo(Settings.MIN_FONT_SIZE);
        assertThat(model.lineSpacingProperty().get()).isEqualTo(Settings.MIN_LINE_SPACING);
    }
}
