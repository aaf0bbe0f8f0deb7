package org.sahifa.search;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

import org.sahifa.text.ArabicNormalizer;

/**
 * The one-word English and Arabic names CLDR (ICU4J's locale data, shipped for decision 0157) gives the continents
 * and sub-continents (decision 0195): Europe «أوروبا», Asia «آسيا», Africa «أفريقيا», Oceania «أوقيانوسيا». The
 * world-cities list names countries and cities only, so a continent typed in Latin letters was read by the learned
 * model alone, which reads a silent final e as ي: Europe searched the adjective «الأوروبي» (European, of the European
 * Union) and never «أوروبا». As pairs of the bilingual lists the continents are read as the countries are: by their
 * Arabic name (and its letter variants), and no adjective forms (a continent is no country of the list). Unlike
 * {@link CldrCountries}, no name is left out as a dictionary word: the dictionary lists أوروبا and آسيا themselves,
 * and no continent's name is another word. Thread-safe; no instances.
 */
final class CldrContinents {

    private CldrContinents() {
    }

    /** Pairs {English, Arabic} of the continents' and sub-continents' one-word names. */
    static List<String[]> oneWordPairs() {
        LocaleDisplayNames arabic = LocaleDisplayNames.getInstance(new ULocale("ar"));
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        List<String[]> out = new ArrayList<>();
        for (Region.RegionType type : new Region.RegionType[] {Region.RegionType.CONTINENT,
                Region.RegionType.SUBCONTINENT}) {
            for (Region r : Region.getAvailable(type)) {
                String code = r.toString();
                String en = english.regionDisplayName(code);
                String ar = arabic.regionDisplayName(code);
                if (en == null || ar == null || en.equals(code) || ar.equals(code)) {
                    continue;
                }
                String a = ArabicNormalizer.normalize(ar).strip();
                if (en.indexOf(' ') < 0 && en.chars().allMatch(Character::isLetter)
                        && CldrCountries.isOneArabicWord(a)) {
                    out.add(new String[] {en, ar});
                }
            }
        }
        return out;
    }
}
