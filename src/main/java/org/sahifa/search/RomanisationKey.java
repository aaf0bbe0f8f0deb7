package org.sahifa.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A Latin name's letters as they stay the same across the ways the press romanises one name (decision 0169): the
 * vowel letters are left out (their quality and length vary: Mohamed, Muhammad; Yarmouk, Yarmuk), doubled letters
 * count once (Makkah, Maka), a final h after a vowel is left out (-ah, -a), y is a vowel letter between consonants
 * (Sydney, Sidney) and a consonant elsewhere, an h after d, t, g or k is left out (dh, d: Al-Dhale, Ad Dali), an i or y after a or e is the diphthong's consonant y (Hussein,
 * Husain, Husayn: hsyn) and a u after a the consonant w (Sawaber: swbr), c is k before a back vowel or a consonant
 * and s before e, i, y, ck is k and ph f. The consonant letters themselves are kept: q is not k (Quba, Cuba), f not v
 * (Fayfa, Viva), for each writes another Arabic letter or another name. A Latin name written with the Arabic article
 * (al-, el-, as one word or apart, or as it sounds before a sun letter: ad-, as-, ash-) has the key of its name without it too. Pure functions; no instances.
 */
final class RomanisationKey {

    private static final String VOWELS = "aeiou";
    /** Letters whose h after them romanises an Arabic letter also written without it. */
    private static final String DIGRAPH = "dtgk";

    private RomanisationKey() {
    }

    /** The keys of a normalised (lower-case) Latin name: as written, and without the article when it has one. */
    static Set<String> of(String latin) {
        String l = latin.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>(2);
        out.add(skeleton(l));
        java.util.regex.Matcher m = ARTICLE.matcher(l);
        if (m.find()) {
            out.add(skeleton(l.substring(m.end())));
        } else if ((l.startsWith("al") || l.startsWith("el")) && l.length() > 4) {
            out.add(skeleton(l.substring(2)));
        }
        return out;
    }

    /** The article written apart, also as it sounds before a sun letter (ad-Dali, as-Sulaymaniyah, ash-Sham). */
    private static final java.util.regex.Pattern ARTICLE =
            java.util.regex.Pattern.compile("^[ae](l|[dtszrn]h?)[- ']");

    /** The romanisation-invariant letters of a Latin name (the article, if any, kept). */
    static String skeleton(String latin) {
        StringBuilder letters = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String s = letters.toString();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : 0;
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char emit;
            if (c == 'i' && (prev == 'a' || prev == 'e')) {
                emit = 'y';
            } else if (c == 'u' && prev == 'a') {
                emit = 'w';
            } else if (VOWELS.indexOf(c) >= 0) {
                continue;
            } else if (c == 'y') {
                boolean consonant = i == 0 || VOWELS.indexOf(next) >= 0 || prev == 'a' || prev == 'e' || prev == 'o';
                if (!consonant) {
                    continue;
                }
                emit = 'y';
            } else if (c == 'h' && (next == 0 && VOWELS.indexOf(prev) >= 0 || DIGRAPH.indexOf(prev) >= 0)) {
                continue;   // -ah as -a; dh, th, gh, kh as d, t, g, k (Al-Dhale, Ad Dali)
            } else if (c == 'c') {
                if (next == 'k') {
                    continue;   // ck: the k follows
                }
                emit = next == 'e' || next == 'i' || next == 'y' ? 's' : next == 'h' ? 'c' : 'k';
            } else if (c == 'p' && next == 'h') {
                emit = 'f';
                i++;
            } else {
                emit = c;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != emit) {
                out.append(emit);
            }
        }
        return out.toString();
    }

    /** True when the two normalised Latin names have a key in common: one name romanised two ways. */
    static boolean sameName(String a, String b) {
        Set<String> ka = of(a);
        for (String k : of(b)) {
            if (ka.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
