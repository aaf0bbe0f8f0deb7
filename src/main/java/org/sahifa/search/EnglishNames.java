package org.sahifa.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English names that Arabic news translates rather than transliterates (decision 0134: Mediterranean → «البحر
 * المتوسط», Arab League → «جامعة الدول العربية», AFP → «فرانس برس», Shia → «الشيعة»), and the titles written before a
 * person's name with the Arabic ordinals of a regnal number (decision 0135: King Abdullah II → «عبدالله الثاني»).
 * Both lists are shipped ({@code english-names.txt}, {@code latin-titles.txt}), written by category and checked on a
 * corpus; their headers say how. Keys are the Latin words lower-cased, apostrophes left out, other marks a space
 * ({@link #key}). Immutable and thread-safe; loaded once.
 */
final class EnglishNames {

    static final String NAMES = "/org/sahifa/search/english-names.txt";
    static final String TITLES = "/org/sahifa/search/latin-titles.txt";

    /** A title before a name: its Arabic spellings, and whether its bearer's regnal number is feminine. */
    record Title(List<String> arabic, boolean feminine) {
    }

    private static final String[] UNITS_M = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
            "الثامن", "التاسع", "العاشر"};
    private static final String[] UNITS_F = {"الاولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
            "السابعة", "الثامنة", "التاسعة", "العاشرة"};

    private final Map<String, List<String>> names;
    private final Map<String, Title> titles;
    private final int longestName;
    private final int longestTitle;

    EnglishNames(Map<String, List<String>> names, Map<String, Title> titles) {
        this.names = names;
        this.titles = titles;
        this.longestName = names.keySet().stream().mapToInt(EnglishNames::words).max().orElse(0);
        this.longestTitle = titles.keySet().stream().mapToInt(EnglishNames::words).max().orElse(0);
    }

    private static final class Holder {
        static final EnglishNames STANDARD = load();
    }

    /** The shipped lists. */
    static EnglishNames standard() {
        return Holder.STANDARD;
    }

    /** The key of Latin words: lower case, apostrophes left out, every other run of non-letters one space. */
    static String key(String latin) {
        String s = APOSTROPHES.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
        return NON_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** The patterns of {@link #key}, compiled once (the key is asked for every word of a query). */
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['\u2019\u2018`]");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static int words(String key) {
        return key.isEmpty() ? 0 : key.split(" ").length;
    }

    /** The Arabic spellings of the English name with {@code key}; empty when the list does not give it. */
    List<String> arabicOf(String key) {
        return names.getOrDefault(key, List.of());
    }

    /** The keys of the English names the list gives ({@link #arabicOf}). */
    java.util.Set<String> keys() {
        return names.keySet();
    }

    /** The most words an English name of the list has. */
    int longestName() {
        return longestName;
    }

    /** The title with {@code key}, or null. */
    Title title(String key) {
        return titles.get(key);
    }

    /** The most words a title of the list has. */
    int longestTitle() {
        return longestTitle;
    }

    /**
     * The value of a Roman numeral from 1 to 19 written as a regnal number (ii, iv, xvi), or 0; a lone {@code i},
     * also a pronoun, counts only with {@code afterTitle}.
     */
    static int regnalNumber(String key, boolean afterTitle) {
        if (key.isEmpty() || !key.matches("x?(ix|iv|v?i{0,3})") || key.equals("i") && !afterTitle) {
            return 0;
        }
        int value = 0;
        int last = 0;
        for (int i = key.length() - 1; i >= 0; i--) {
            int v = switch (key.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                default -> 10;
            };
            value += v < last ? -v : v;
            last = Math.max(last, v);
        }
        return value >= 1 && value <= 19 ? value : 0;
    }

    /**
     * The Arabic ordinals (normalised: no hamza, ى as ي, ة as ه are left to the analysis) of a regnal number from 1
     * to 19, masculine and feminine unless {@code feminine} says which: 2 → الثاني, الثانية; 16 → السادس عشر.
     */
    static List<String> ordinals(int n, Boolean feminine) {
        List<String> out = new ArrayList<>(2);
        if (n < 1 || n > 19) {
            return out;
        }
        if (!Boolean.TRUE.equals(feminine)) {
            out.add(n <= 10 ? UNITS_M[n - 1] : (n == 11 ? "الحادي" : UNITS_M[n - 11]) + " عشر");
        }
        if (!Boolean.FALSE.equals(feminine)) {
            out.add(n <= 10 ? UNITS_F[n - 1] : (n == 11 ? "الحادية" : UNITS_F[n - 11]) + " عشرة");
        }
        return out;
    }

    /** Reads lists in the shipped format: {@code English | English ... = Arabic | Arabic ...[ = feminine]}. */
    static EnglishNames of(List<String> nameLines, List<String> titleLines) {
        Map<String, List<String>> names = new HashMap<>();
        for (String line : nameLines) {
            String[] parts = line.split("=");
            if (parts.length < 2) {
                continue;
            }
            List<String> arabic = spellings(parts[1]);
            for (String english : parts[0].split("\\|")) {
                String k = key(english);
                if (!k.isEmpty() && !arabic.isEmpty()) {
                    LinkedHashSet<String> all = new LinkedHashSet<>(names.getOrDefault(k, List.of()));
                    all.addAll(arabic);
                    names.put(k, List.copyOf(all));
                }
            }
        }
        Map<String, Title> titles = new HashMap<>();
        for (String line : titleLines) {
            String[] parts = line.split("=");
            if (parts.length < 2) {
                continue;
            }
            Title t = new Title(spellings(parts[1]), parts.length > 2 && parts[2].strip().equals("feminine"));
            for (String english : parts[0].split("\\|")) {
                String k = key(english);
                if (!k.isEmpty()) {
                    titles.put(k, t);
                }
            }
        }
        return new EnglishNames(Collections.unmodifiableMap(names), Collections.unmodifiableMap(titles));
    }

    private static List<String> spellings(String field) {
        List<String> out = new ArrayList<>();
        for (String a : field.split("\\|")) {
            String s = a.strip().replaceAll("\\s+", " ");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static EnglishNames load() {
        return of(lines(NAMES), lines(TITLES));
    }

    /** The lines of a bundled list, blank lines and {@code #} comments left out. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = EnglishNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled list " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(
                    resource.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled list " + resource, e);
        }
        return out;
    }
}
