package org.sahifa.ui.common;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.sahifa.ui.settings.Language;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class I18nBundlesTest {

    @Test
    void everyKeyExistsInBothLanguages() {
        Set<String> ar = new TreeSet<>(I18n.load(Language.AR).keySet());
        Set<String> en = new TreeSet<>(I18n.load(Language.EN).keySet());
        assertThat(ar).isNotEmpty();
        Set<String> onlyAr = new TreeSet<>(ar);
        onlyAr.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ar);
        assertThat(onlyAr).as("keys missing from messages_en").isEmpty();
        assertThat(onlyEn).as("keys missing from messages_ar").isEmpty();
    }

    @Test
    void everyTextIsNonBlankAndAValidPatternWithTheSamePlaceholders() {
        ResourceBundle ar = I18n.load(Language.AR);
        ResourceBundle en = I18n.load(Language.EN);
        for (String key : ar.keySet()) {
            assertThat(ar.getString(key)).as(key).isNotBlank();
            assertThat(en.getString(key)).as(key).isNotBlank();
            MessageFormat a = new MessageFormat(ar.getString(key), new ULocale("ar"));
            MessageFormat e = new MessageFormat(en.getString(key), new ULocale("en"));
            assertThat(a.getArgumentNames()).as(key).isEqualTo(e.getArgumentNames());
        }
    }

    @Test
    void arabicTextsAreArabicAndTheBundleDoesNotFallBackToTheMachineLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(I18n.load(Language.AR).getString("nav.bookmarks")).isEqualTo("المحفوظات");
            Locale.setDefault(new Locale("ar"));
            assertThat(I18n.load(Language.EN).getString("nav.bookmarks")).isEqualTo("Bookmarks");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void byDefaultEnglishWritesLatinDigitsAndArabicArabicIndicOnes() {
        I18n i18n = new I18n();
        assertThat(i18n.get("list.count", 1234)).startsWith("١٬٢٣٤");
        i18n.languageProperty().set(org.sahifa.ui.settings.Language.EN);
        assertThat(i18n.get("list.count", 1234)).isEqualTo("1,234 articles");
        assertThat(new org.sahifa.ui.settings.Settings().digits).isEqualTo(org.sahifa.ui.settings.Digits.BY_LANGUAGE);
        i18n.digitsProperty().set(org.sahifa.ui.settings.Digits.ARABIC_INDIC); // a choice still wins
        assertThat(i18n.get("list.count", 1234)).startsWith("١٬٢٣٤");
    }

    @Test
    void theSepiaThemeHasAReadingThemeNameInArabic() {
        assertThat(I18n.load(Language.AR).getString("menu.view.theme.sepia")).contains("سيبيا")
                .doesNotContain("داكن");
    }

    @Test
    void numbersFollowTheDigitsSetting() {
        I18n i18n = new I18n();
        assertThat(i18n.get("list.count", 1234)).startsWith("١٬٢٣٤");
        i18n.digitsProperty().set(org.sahifa.ui.settings.Digits.LATIN);
        assertThat(i18n.get("list.count", 1234)).startsWith("1,234");
        i18n.languageProperty().set(Language.EN);
        assertThat(i18n.get("list.count", 3)).isEqualTo("3 articles");
    }

    @Test
    void boundTextsFollowTheLanguage() {
        I18n i18n = new I18n();
        var text = i18n.bind("nav.unread");
        assertThat(text.get()).isEqualTo("غير المقروءة");
        i18n.languageProperty().set(Language.EN);
        assertThat(text.get()).isEqualTo("Unread");
    }
}
