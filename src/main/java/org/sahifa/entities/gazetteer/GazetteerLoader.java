package org.sahifa.entities.gazetteer;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.gazetteer.GazetteerEntry.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the standard {@link Gazetteer} from ICU4J (Arabic region display names, time-zone exemplar cities), the
 * bundled world-cities-ar list (CC BY 4.0), the bundled Arabic name lists (MIT) and Sahifa's curated lists.
 * Curated lines are {@code canonical | alias | alias}; {@code #} starts a comment; a name starting with
 * {@code ~} is weak (also a common word): it groups spellings but never marks a name by itself.
 */
final class GazetteerLoader {

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern ADMIN_PREFIX = Pattern.compile("^(ولاية|إقليم|اقليم|محافظة|مدينة|منطقة|مقاطعة|بلدية|جزيرة) ");

    private final Gazetteer gazetteer = new Gazetteer();
    private final Map<String, GazetteerEntry> entries = new HashMap<>();

    private GazetteerLoader() {
    }

    static Gazetteer loadStandard() {
        GazetteerLoader l = new GazetteerLoader();
        l.curated("places.txt", EntityType.PLACE);
        l.curated("persons.txt", EntityType.PERSON);
        l.curated("organizations.txt", EntityType.ORGANIZATION);
        l.icuRegions();
        l.icuCities();
        l.worldCities();
        BundledLists.lines("male-first-names-in-arabic.txt", l.gazetteer::addGivenName);
        BundledLists.lines("female-first-names-in-arabic.txt", l.gazetteer::addGivenName);
        BundledLists.lines("last-names-in-arabic.txt", l.gazetteer::addFamilyName);
        BundledLists.lines("more-given-names-in-arabic.txt", line -> {
            for (String variant : line.split("\\|")) {
                l.gazetteer.addGivenName(variant);
            }
        });
        BundledLists.lines("given-name-exclusions.txt", l.gazetteer::removeListedName);
        BundledLists.lines("foreign-family-names.txt", line -> {
            for (String variant : line.split("\\|")) {
                if (!variant.isBlank() && !variant.strip().contains(" ")) {
                    l.gazetteer.addFamilyName(variant);
                }
            }
        });
        BundledLists.lines("foreign-given-names.txt", line -> {
            for (String variant : line.split("\\|")) {
                l.gazetteer.addForeignGivenName(variant);
            }
        });
        BundledLists.lines("person-titles.txt", l.gazetteer::addTitle);
        BundledLists.lines("place-cues.txt", l.gazetteer::addPlaceCue);
        return l.gazetteer;
    }

    /** The entry for a canonical name, created on first use so that aliases from every source join it. */
    private GazetteerEntry entry(EntityType type, String canonical, Source source) {
        String key = type + "|" + Gazetteer.key(canonical);
        return entries.computeIfAbsent(key, k -> new GazetteerEntry(type, canonical, source));
    }

    private void add(EntityType type, String canonical, Source source, String... aliases) {
        String c = canonical.trim();
        boolean weakName = c.startsWith("~");
        c = weakName ? c.substring(1).trim() : c;
        if (c.isEmpty()) {
            return;
        }
        GazetteerEntry e = entry(type, c, source);
        gazetteer.addAlias(c, e, weakName);
        String bare = PARENTHESES.matcher(c).replaceAll("").trim();
        if (!bare.equals(c) && !bare.isEmpty()) {
            gazetteer.addAlias(bare, e);
        }
        for (String a : aliases) {
            String alias = a.trim();
            boolean weak = alias.startsWith("~");
            alias = weak ? alias.substring(1).trim() : alias;
            if (!alias.isEmpty()) {
                gazetteer.addAlias(alias, e, weak);
            }
        }
        if (type == EntityType.PERSON) {
            gazetteer.addPersonWords(c);
            for (String a : aliases) {
                if (!a.trim().startsWith("~")) {
                    gazetteer.addPersonWords(a.trim());
                }
            }
        } else if (type == EntityType.PLACE && !bare.contains(" ") && !weakName) {
            gazetteer.addRawNameWord(bare);
        }
    }

    private void curated(String file, EntityType type) {
        BundledLists.lines(file, line -> {
            String[] parts = line.split("\\|");
            add(type, parts[0], Source.CURATED, java.util.Arrays.copyOfRange(parts, 1, parts.length));
        });
    }

    private void icuRegions() {
        ULocale ar = new ULocale("ar");
        for (String region : ULocale.getISOCountries()) {
            String name = new ULocale("und", region).getDisplayCountry(ar);
            if (name == null || name.isBlank() || name.equals(region)) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            int dash = name.indexOf(" - ");
            if (dash > 0) {
                aliases.add(name.substring(0, dash));
            }
            add(EntityType.PLACE, name, Source.ICU_REGION, aliases.toArray(new String[0]));
        }
    }

    private void icuCities() {
        TimeZoneNames names = TimeZoneNames.getInstance(new ULocale("ar"));
        Set<String> ids = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
        for (String id : ids) {
            String city = names.getExemplarLocationName(id);
            if (city != null && !city.isBlank()) {
                add(EntityType.PLACE, city, Source.ICU_CITY);
            }
        }
    }

    private void worldCities() {
        BundledLists.lines("world-cities.csv", line -> {
            if (line.startsWith("CountryNameAr") || line.startsWith("\uFEFFCountryNameAr")) {
                return;
            }
            String[] f = BundledLists.parseCsv(line);
            if (f.length < 3) {
                return;
            }
            add(EntityType.PLACE, f[0], Source.WORLD_CITIES);
            String city = f[2].trim();
            String bare = ADMIN_PREFIX.matcher(city).replaceFirst("");
            add(EntityType.PLACE, city, Source.WORLD_CITIES, bare);
        });
    }

}
