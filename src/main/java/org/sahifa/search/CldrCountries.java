package org.sahifa.search;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.sahifa.text.ArabicNormalizer;

/**
 * The one-word Arabic names CLDR (ICU4J's locale data, already shipped for decision 0157) gives the ISO 3166 countries
 * and territories (decision 0180): التشيك, ليتوانيا, هنغاريا, which the world-cities list, holding only the countries
 * it has cities of, leaves out. They are countries as the list's are, so they take the country's adjective forms
 * ({@link NameForms}: التشيكي, التشيكية, التشيكيين). A name that is a common dictionary word (بنين, Benin, is also
 * «sons») is left out, as for the one-word spellings of decision 0161. Thread-safe; no instances.
 */
final class CldrCountries {

    /** Fewest letters of a name kept. */
    static final int MIN_LETTERS = 4;

    private CldrCountries() {
    }

    /** The normalised one-word Arabic names of the ISO countries, less those {@code commonWord} accepts. */
    static Set<String> oneWord(Predicate<String> commonWord) {
        LocaleDisplayNames arabic = LocaleDisplayNames.getInstance(new ULocale("ar"));
        Set<String> out = new LinkedHashSet<>();
        for (String code : ULocale.getISOCountries()) {
            String name = arabic.regionDisplayName(code);
            if (name == null || name.equals(code)) {
                continue;
            }
            String n = ArabicNormalizer.normalize(name).strip();
            if (n.length() >= MIN_LETTERS && isOneArabicWord(n) && !commonWord.test(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** True when the normalised name is one word of Arabic letters only (no space, digit, mark or Latin letter). */
    static boolean isOneArabicWord(String normalized) {
        return normalized.indexOf(' ') < 0 && normalized.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A);
    }
}
