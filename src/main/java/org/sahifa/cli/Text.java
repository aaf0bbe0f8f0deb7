package org.sahifa.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Human-readable output helpers for the terminal. */
final class Text {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Text() {
    }

    static String day(Instant t) {
        return t == null ? "no date   " : DAY.format(t);
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
