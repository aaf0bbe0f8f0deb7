package org.sahifa.ui.common;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormatterTest {

    private static final ZoneId BAKU = ZoneId.of("Asia/Baku");
    private static final Instant PUBLISHED = Instant.parse("2023-09-20T10:15:00Z");

    @Test
    void recentDatesAreRelativeInArabic() {
        DateFormatter f = new DateFormatter(new ULocale("ar@numbers=arab"), BAKU, false);
        assertThat(f.shortDate(PUBLISHED, PUBLISHED.plus(Duration.ofHours(3)))).contains("٣").contains("ساعات");
        assertThat(f.shortDate(PUBLISHED, PUBLISHED.plusSeconds(20))).isEqualTo("الآن");
    }

    @Test
    void olderDatesAreGregorianWithTheChosenDigits() {
        DateFormatter arab = new DateFormatter(new ULocale("ar@numbers=arab"), BAKU, false);
        DateFormatter latn = new DateFormatter(new ULocale("ar@numbers=latn"), BAKU, false);
        Instant later = PUBLISHED.plus(Duration.ofDays(40));
        assertThat(arab.shortDate(PUBLISHED, later)).contains("٢٠٢٣").contains("٢٠").doesNotContain("2023");
        assertThat(latn.shortDate(PUBLISHED, later)).contains("2023").contains("20").doesNotContain("٢٠٢٣");
    }

    @Test
    void hijriDateIsAddedWhenWanted() {
        DateFormatter f = new DateFormatter(new ULocale("ar@numbers=latn"), BAKU, true);
        String text = f.longDate(PUBLISHED);
        // 20 September 2023 is 5 Rabi' al-Awwal 1445 in the Umm al-Qura calendar.
        assertThat(text).contains("2023").contains("1445").contains("ربيع");
    }

    @Test
    void englishAndUnknownDates() {
        DateFormatter f = new DateFormatter(new ULocale("en@numbers=latn"), BAKU, false);
        assertThat(f.longDate(PUBLISHED)).contains("September").contains("2023");
        assertThat(f.shortDate(null, PUBLISHED)).isEmpty();
        assertThat(f.longDate(null)).isEmpty();
    }
}
