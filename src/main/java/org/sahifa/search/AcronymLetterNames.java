package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A Latin acronym as the Arabic press spells it out by its letters' names (decision 0201): «إم بي سي» for mbc,
 * «إتش إس بي سي» for HSBC, «سي إن إن» for CNN. The Arabic press writes a Latin acronym either in Latin letters or as
 * the English names of its letters in Arabic script, one word a letter; the table is the English alphabet's letter
 * names as Arabic writes them (normalised: an alef's hamza and madda are the index's plain alef, إم = ام), with the
 * common alternatives of a letter (H «إتش» / «اتش» / «ايتش»; A «إيه» / «اي»; Z «زد» / «زي»).
 *
 * <p>A typed word is spelled out when it is an acronym: three to six capital letters ({@link LatinAcronyms}; two
 * letters spell «بي بي», a piece of many other acronyms), or three to six lower-case letters with no vowel letter
 * (a, e, i, o, u, y), which no English word is read as (mbc, cnn, hsbc). The letters' names are searched as an exact
 * phrase, the first behind the proclitics (وإم بي سي, لإم بي سي). Thread-safe; no instances.
 */
final class AcronymLetterNames {

    /** {@code -Dsahifa.search.acronymLetters=false} leaves the rule out (to measure before and after). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.acronymLetters"));
    static final int MIN_LETTERS = 3;
    static final int MAX_LETTERS = 6;

    /** The Arabic names of the letters a to z, normalised; the usual one first. */
    private static final String[][] NAMES = {
        {"ايه", "اي"},          // a
        {"بي"},                 // b
        {"سي"},                 // c
        {"دي"},                 // d
        {"اي"},                 // e
        {"اف"},                 // f
        {"جي"},                 // g
        {"اتش", "ايتش", "اش"},  // h
        {"اي"},                 // i
        {"جي", "جاي"},          // j
        {"كي", "كاي"},          // k
        {"ال", "ايل"},          // l
        {"ام"},                 // m
        {"ان"},                 // n
        {"او"},                 // o
        {"بي"},                 // p
        {"كيو"},                // q
        {"ار"},                 // r
        {"اس"},                 // s
        {"تي"},                 // t
        {"يو"},                 // u
        {"في"},                 // v
        {"دبليو"},              // w
        {"اكس"},                // x
        {"واي"},                // y
        {"زد", "زي"},           // z
    };

    private AcronymLetterNames() {
    }

    /**
     * The letters' names of the typed word as phrase columns (each column the spellings of one letter, the first
     * column also behind proclitics); empty when the word is no acronym.
     */
    static List<List<String>> columns(String typed) {
        String letters = ENABLED ? letters(typed) : null;
        if (letters == null) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            List<String> names = List.of(NAMES[letters.charAt(i) - 'a']);
            if (i == 0) {
                List<String> first = new ArrayList<>();
                for (String n : names) {
                    for (String f : ProcliticForms.of(n)) {
                        if (!first.contains(f)) {
                            first.add(f);
                        }
                    }
                }
                names = first;
            }
            out.add(names);
        }
        return out;
    }

    /** The typed acronym's letters in lower case, or null when the word is no acronym to spell out. */
    static String letters(String typed) {
        String t = typed.strip();
        if (LatinAcronyms.isAcronym(t)) {
            String letters = t.replace(".", "").toLowerCase(java.util.Locale.ROOT);
            return letters.length() >= MIN_LETTERS ? letters : null;
        }
        if (t.length() < MIN_LETTERS || t.length() > MAX_LETTERS) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
                return null;
            }
        }
        return t;
    }
}
