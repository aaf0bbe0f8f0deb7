package org.sahifa.ui.common;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.sahifa.ui.settings.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3: every foreground/background pair of each theme meets WCAG 2.1 AA — 4.5:1 for text, 3:1 for
 * non-text marks (a rule whose block says {@code /* contrast: non-text *}{@code /}). The pairs come from parsing
 * {@code sahifa.css}: each theme's looked-up colours ({@code .root} overridden by {@code .root.theme-…}) are
 * resolved, and every rule that sets a foreground ({@code -fx-text-fill}, {@code -fx-fill},
 * {@code -fx-prompt-text-fill}) is checked against its background: the rule's own, else that of the nearest rule
 * whose selector is an ancestor of it, else the root's; a prompt against the text field's inner background.
 * Rules that say {@code /* contrast: behind SELECTOR *}{@code /} (search matches, selection) are backgrounds under
 * every rule of that selector as well; {@code /* contrast: decorative … *}{@code /} (a faint tint under text that
 * is itself checked) is left out.
 */
class ThemeContrastTest {

    private static final double TEXT = 4.5;
    private static final double NON_TEXT = 3.0;
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern ANNOTATION = Pattern.compile("/\\*\\s*contrast:\\s*([^*]+?)\\s*\\*/");
    private static final List<String> FOREGROUNDS = List.of("-fx-text-fill", "-fx-fill", "-fx-prompt-text-fill");

    /** One selector of a rule with its declarations and contrast note. */
    record Rule(String selector, Map<String, String> declarations, String note) {
    }

    static List<Rule> parse(String css) {
        List<Rule> rules = new ArrayList<>();
        // Comments outside blocks go; those inside a block are kept for their contrast notes.
        String text = css.replaceAll("(?s)/\\*(?!\\s*contrast:).*?\\*/", "");
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            Matcher note = ANNOTATION.matcher(body);
            String n = note.find() ? note.group(1) : "";
            Map<String, String> decls = new LinkedHashMap<>();
            for (String d : body.replaceAll("(?s)/\\*.*?\\*/", "").split(";")) {
                int colon = d.indexOf(':');
                if (colon > 0) {
                    decls.put(d.substring(0, colon).strip(), d.substring(colon + 1).strip());
                }
            }
            for (String sel : m.group(1).split(",")) {
                rules.add(new Rule(sel.strip().replaceAll("\\s+", " "), decls, n));
            }
        }
        return rules;
    }

    static Map<String, String> lookups(List<Rule> rules, Theme theme) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (r.selector().equals(".root") || r.selector().equals(".root." + theme.styleClass())) {
                out.putAll(r.declarations());
            }
        }
        return out;
    }

    /** The colour a value resolves to in a theme, or {@code null} when it is not one plain colour. */
    static Color resolve(String value, Map<String, String> lookups) {
        String v = value.strip();
        for (int depth = 0; depth < 10 && v.startsWith("-") && lookups.containsKey(v); depth++) {
            v = lookups.get(v).strip();
        }
        if (v.equalsIgnoreCase("transparent") || v.contains(" ") || v.startsWith("-")) {
            return null;
        }
        try {
            return Color.web(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static String backgroundOf(Rule r) {
        String bg = r.declarations().get("-fx-background-color");
        if (bg == null) {
            bg = r.declarations().get("-fx-background");
        }
        return bg;
    }

    /** The background under rule {@code r}: its own, the nearest ancestor rule's, or the root's. */
    private static String contextBackground(Rule r, List<Rule> rules, String root) {
        String own = backgroundOf(r);
        if (own != null && !own.equalsIgnoreCase("transparent")) {
            return own;
        }
        String best = null;
        int bestLength = -1;
        for (Rule a : rules) {
            String sel = a.selector();
            String bg = backgroundOf(a);
            if (bg == null || bg.equalsIgnoreCase("transparent") || sel.startsWith(".root") || a == r) {
                continue;
            }
            boolean ancestor = r.selector().startsWith(sel + " ") || r.selector().startsWith(sel + ":")
                    || r.selector().startsWith(sel + ".");
            if (ancestor && sel.length() > bestLength) {
                best = bg;
                bestLength = sel.length();
            }
        }
        return best != null ? best : root;
    }

    static String stylesheet() throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(SceneFactory.STYLESHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every failing pair of {@code css}, as readable lines. */
    static List<String> failures(String css) {
        List<Rule> rules = parse(css);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Theme theme : Theme.values()) {
            Map<String, String> lookups = lookups(rules, theme);
            String rootBg = lookups.getOrDefault("-fx-background-color", "-sahifa-bg");
            String inner = lookups.getOrDefault("-fx-control-inner-background", rootBg);
            for (Rule r : rules) {
                if (r.note().startsWith("behind") || r.note().startsWith("decorative")) {
                    continue;
                }
                for (String property : FOREGROUNDS) {
                    String fgValue = r.selector().startsWith(".root") ? null : r.declarations().get(property);
                    Color fg = fgValue == null ? null : resolve(fgValue, lookups);
                    if (fg == null) {
                        continue;
                    }
                    List<String> backgrounds = new ArrayList<>();
                    backgrounds.add(property.equals("-fx-prompt-text-fill")
                            ? r.declarations().getOrDefault("-fx-control-inner-background", inner)
                            : contextBackground(r, rules, rootBg));
                    for (Rule behind : rules) {
                        String target = behind.note().startsWith("behind") ? behind.note().substring(6).strip() : "";
                        if (!target.isEmpty() && r.selector().startsWith(target)) {
                            backgrounds.add(behind.declarations().get("-fx-fill"));
                        }
                    }
                    double needed = r.note().equals("non-text") ? NON_TEXT : TEXT;
                    for (String bgValue : backgrounds) {
                        Color bg = bgValue == null ? null : resolve(bgValue, lookups);
                        if (bg == null) {
                            continue;
                        }
                        checked++;
                        double ratio = ratio(fg, bg);
                        if (ratio < needed) {
                            failures.add(String.format(Locale.ROOT, "%s: %s { %s: %s } on %s = %.2f < %.1f",
                                    theme, r.selector(), property, fgValue, bgValue, ratio, needed));
                        }
                    }
                }
            }
        }
        assertThat(checked).as("pairs checked").isGreaterThan(60);
        return failures;
    }

    @Test
    void everyForegroundBackgroundPairOfEveryThemeMeetsWcagAa() throws IOException {
        assertThat(failures(stylesheet())).isEmpty();
    }

    @Test
    void theCheckFindsTheColoursThatWereTooFaint() throws IOException {
        // The 0.1 sepia muted colour on the sepia background (4.36:1) and the fixed error red on the dark theme.
        String css = stylesheet().replace("-sahifa-muted: #5e4f3c;", "-sahifa-muted: #7d6d58;")
                .replace(".error-text { -fx-text-fill: -sahifa-error; }", ".error-text { -fx-text-fill: #b3261e; }");
        assertThat(failures(css)).anyMatch(f -> f.startsWith("SEPIA: .muted {"))
                .anyMatch(f -> f.startsWith("DARK: .error-text {"));
    }

    @Test
    void theWcagRatioIsComputedAsTheStandardSays() {
        assertThat(ratio(Color.BLACK, Color.WHITE)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ratio(Color.web("#777777"), Color.WHITE)).isBetween(4.47, 4.49);
    }
}
