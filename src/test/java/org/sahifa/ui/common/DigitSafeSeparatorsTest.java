package org.sahifa.ui.common;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.sahifa.ui.settings.Digits;
import org.sahifa.ui.settings.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 1: next to Arabic-Indic digits a middle dot reads as the digit zero («مقالتان · ١٣» looks like
 * «مقالتان ٠ ١٣»). No text of the interface may put a dot-like separator between its parts.
 */
class DigitSafeSeparatorsTest {

    /** Characters that look like the Arabic-Indic zero ٠ (a small dot at mid height) or like a digit. */
    private static final String LOOKALIKES = "\u00B7\u2022\u2219\u22C5\u30FB\u2027\u0387\u2E31\u25CF\u25E6|";

    private static void assertDigitSafe(String text) {
        for (char c : LOOKALIKES.toCharArray()) {
            assertThat(text).as("«%s» contains U+%04X", text, (int) c).doesNotContain(String.valueOf(c));
        }
    }

    @Test
    void countsImportSummaryAndMetaLinesUseSeparatorsThatAreNotDigits() {
        I18n i18n = new I18n();
        for (Language language : Language.values()) {
            for (Digits digits : Digits.values()) {
                i18n.languageProperty().set(language);
                i18n.digitsProperty().set(digits);
                String figures = i18n.get("entity.figures", 3, 13);
                assertDigitSafe(figures);
                assertDigitSafe(i18n.get("import.summary", 3, 0, 3));
                String meta = i18n.joinMeta("الجزيرة", "٢٠ سبتمبر ٢٠٢٣", "", null, "بقلم خالد");
                assertDigitSafe(meta);
                assertThat(meta).contains("الجزيرة").contains("٢٠٢٣").contains("بقلم خالد");
            }
        }
        i18n.languageProperty().set(Language.AR);
        i18n.digitsProperty().set(Digits.ARABIC_INDIC);
        assertThat(i18n.get("entity.figures", 2, 13)).isEqualTo("مقالتان، ١٣ إشارة");
        assertThat(i18n.joinMeta("الجزيرة", "منذ ٣ ساعات")).isEqualTo("الجزيرة، منذ ٣ ساعات");
    }

    @Test
    void noTextOfEitherBundleUsesADotLikeSeparator() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = I18n.load(language);
            for (String key : bundle.keySet()) {
                assertDigitSafe(bundle.getString(key));
            }
        }
    }

    @Test
    void theHijriDateIsJoinedWithoutADot() {
        DateFormatter f = new DateFormatter(new ULocale("ar@numbers=arab"), ZoneId.of("Asia/Riyadh"), true);
        String text = f.longDate(Instant.parse("2023-09-20T10:15:00Z"));
        assertDigitSafe(text);
        assertThat(text).contains("٢٠٢٣").contains("١٤٤٥").contains("، ");
    }

    @Test
    void noInterfaceCodeWritesADotLikeSeparator() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sahifa/ui"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                        continue;
                    }
                    for (char c : new char[] {'\u00B7', '\u2219', '\u22C5', '\u30FB'}) {
                        assertThat(line).as("%s: %s", p, line).doesNotContain(String.valueOf(c));
                    }
                }
            }
        }
    }
}
