package org.sahifa.ui.common;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

/**
 * Article dates as Arabic (or English) readers expect them, through ICU: relative for the last week
 * ("منذ ٣ ساعات"), otherwise a Gregorian date ("٢٠ سبتمبر ٢٠٢٣"), optionally followed by the Hijri date (Umm
 * al-Qura); digits as the locale's numbering system says ({@code ar@numbers=latn} for Latin digits).
 */
/** Not thread-safe (ICU formats); each thread or the JavaFX thread keeps its own. */
public final class DateFormatter {

    private static final Duration RELATIVE_LIMIT = Duration.ofDays(7);

    private final ULocale locale;
    private final TimeZone zone;
    private final boolean hijri;
    private final DateFormat shortDay;
    private final DateFormat longDay;
    private final DateFormat hijriDay;
    private final RelativeDateTimeFormatter relative;
    private final java.util.ResourceBundle texts;

    public DateFormatter(ULocale locale, ZoneId zone, boolean hijri) {
        this.texts = I18n.load(org.sahifa.ui.settings.Language.fromTag(locale.getLanguage()));
        this.locale = locale;
        this.zone = TimeZone.getTimeZone(zone.getId());
        this.hijri = hijri;
        this.shortDay = gregorian("yMMMd");
        this.longDay = gregorian("yMMMMdEEEEjmm");
        IslamicCalendar islamic = new IslamicCalendar(this.zone, locale);
        islamic.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        this.hijriDay = DateFormat.getInstanceForSkeleton(islamic, "GyMMMMd", locale);
        this.hijriDay.setTimeZone(this.zone);
        this.relative = RelativeDateTimeFormatter.getInstance(locale);
    }

    private DateFormat gregorian(String skeleton) {
        Calendar cal = new GregorianCalendar(zone, locale);
        DateFormat f = DateFormat.getInstanceForSkeleton(cal, skeleton, locale);
        f.setTimeZone(zone);
        return f;
    }

    /** A short date for list rows: relative when recent, otherwise the day; empty when unknown. */
    public String shortDate(Instant when, Instant now) {
        if (when == null) {
            return "";
        }
        Duration age = Duration.between(when, now);
        if (!age.isNegative() && age.compareTo(RELATIVE_LIMIT) < 0) {
            return relative(age);
        }
        return day(when, shortDay);
    }

    /** A full date for the reader: the day and time, and the Hijri day when wanted; empty when unknown. */
    public String longDate(Instant when) {
        if (when == null) {
            return "";
        }
        return day(when, longDay);
    }

    private String day(Instant when, DateFormat gregorian) {
        String text = gregorian.format(Date.from(when));
        return hijri ? I18n.joinMeta(texts, text, hijriDay.format(Date.from(when))) : text;
    }

    private String relative(Duration age) {
        RelativeDateTimeFormatter f = relative;
        long minutes = age.toMinutes();
        if (minutes < 1) {
            return f.format(RelativeDateTimeFormatter.Direction.PLAIN, RelativeDateTimeFormatter.AbsoluteUnit.NOW);
        }
        if (minutes < 60) {
            return f.format(minutes, RelativeDateTimeFormatter.Direction.LAST,
                    RelativeDateTimeFormatter.RelativeUnit.MINUTES);
        }
        long hours = age.toHours();
        if (hours < 24) {
            return f.format(hours, RelativeDateTimeFormatter.Direction.LAST,
                    RelativeDateTimeFormatter.RelativeUnit.HOURS);
        }
        return f.format(age.toDays(), RelativeDateTimeFormatter.Direction.LAST,
                RelativeDateTimeFormatter.RelativeUnit.DAYS);
    }
}
