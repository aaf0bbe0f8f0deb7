package org.sahifa.search;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * The names of the world's regions, territories and groupings in English and in Arabic, from ICU4J's CLDR data
 * (decision 0157): the standard, short and variant English names (Côte d’Ivoire and Ivory Coast, Czechia and Czech
 * Republic, Western Sahara, Latin America) each with every Arabic name CLDR gives the region («ساحل العاج», «كوت
 * ديفوار»). Only English names of two words or more are kept: a one-word name is a word the transliteration model
 * and the bilingual lists read (decision 0134 searches an English name as its Arabic phrases, and a one-word Arabic
 * name as a phrase would lose the filters of a dictionary word: مالي). Keys are {@link EnglishNames#key}s, Arabic
 * names as CLDR writes them less a parenthesis. Loaded once; immutable.
 */
final class RegionNames {

    private static final String[] TABLES = {"Countries", "Countries%short", "Countries%variant"};

    private RegionNames() {
    }

    private static final class Holder {
        static final Map<String, List<String>> NAMES = load();
    }

    /** The Arabic names of the region whose English name has {@code key}; empty when CLDR names none so. */
    static List<String> arabicOf(String key) {
        return Holder.NAMES.getOrDefault(key, List.of());
    }

    /** The most words an English region name kept here has. */
    static int longest() {
        return Holder.NAMES.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    private static Map<String, List<String>> load() {
        Set<String> codes = new LinkedHashSet<>(List.of(ULocale.getISOCountries()));
        for (Region.RegionType type : new Region.RegionType[] {Region.RegionType.WORLD, Region.RegionType.CONTINENT,
                Region.RegionType.SUBCONTINENT, Region.RegionType.GROUPING}) {
            for (Region r : Region.getAvailable(type)) {
                codes.add(r.toString());
            }
        }
        UResourceBundle en = bundle("en");
        UResourceBundle ar = bundle("ar");
        LocaleDisplayNames arabic = LocaleDisplayNames.getInstance(new ULocale("ar"));
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        LocaleDisplayNames englishShort = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_SHORT);
        Map<String, List<String>> out = new HashMap<>();
        for (String code : codes) {
            LinkedHashSet<String> arabicNames = new LinkedHashSet<>();
            add(arabicNames, arabic.regionDisplayName(code), code);
            for (String table : TABLES) {
                add(arabicNames, name(ar, table, code), code);
            }
            arabicNames.removeIf(a -> a.chars().noneMatch(c -> c >= 0x0621 && c <= 0x064A));
            if (arabicNames.isEmpty()) {
                continue;
            }
            LinkedHashSet<String> englishNames = new LinkedHashSet<>();
            englishNames.add(english.regionDisplayName(code));
            englishNames.add(englishShort.regionDisplayName(code));
            for (String table : TABLES) {
                String n = name(en, table, code);
                if (n != null) {
                    englishNames.add(n);
                }
            }
            for (String e : englishNames) {
                for (String form : List.of(e, e.replace("&", "and"), e.replace("St.", "Saint"))) {
                    String key = EnglishNames.key(clean(form));
                    if (key.indexOf(' ') > 0 && !key.equals(EnglishNames.key(code))) {
                        LinkedHashSet<String> all = new LinkedHashSet<>(out.getOrDefault(key, List.of()));
                        all.addAll(arabicNames);
                        out.put(key, List.copyOf(all));
                    }
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static UResourceBundle bundle(String locale) {
        return UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale);
    }

    /** The name of {@code code} in a table of the region bundle, or null. */
    private static String name(UResourceBundle bundle, String table, String code) {
        try {
            return bundle.get(table).getString(code);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static void add(Set<String> names, String name, String code) {
        if (name == null || name.equals(code)) {
            return;
        }
        String c = clean(name);
        int dash = c.indexOf(" - ");
        names.add(dash > 0 ? c.substring(0, dash).strip() : c);
    }

    /** A name without a parenthesis (Myanmar (Burma), هونغ كونغ الصينية (منطقة إدارية خاصة)), spaces collapsed. */
    private static String clean(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
    }

    /** For a report: every kept name. */
    static List<String> all() {
        List<String> out = new ArrayList<>();
        Holder.NAMES.forEach((k, v) -> out.add(k + " = " + String.join(" | ", v)));
        Collections.sort(out);
        return out;
    }
}
