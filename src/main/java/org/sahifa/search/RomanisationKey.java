package org.sahifa.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Latin name's letters as they stay the same across the ways the press romanises one name (decision 0169): the
 * vowel letters are left out (their quality and length vary: Mohamed, Muhammad; Yarmouk, Yarmuk), doubled letters
 * count once (Makkah, Maka), a final h after a vowel is left out (-ah, -a), an h after d, t, g or k too (dh, d:
 * Al-Dhale, Ad Dali), a y or i between vowels is a glide left out (Zayani, Ziani), an i or y after a (not the first letter) before a
 * consonant or at the end is the diphthong's consonant y (an initial ai is the sound of a Latin i: Ikea, Aikia) (Humaidan: hmydn, not Hamdan) and a u after a the consonant
 * w (Sawaber: swbr), y is a consonant at the start and after o, a vowel letter elsewhere (Sydney, Sidney; Deir, Der);
 * c is k before a back vowel or a consonant and s before e, i, y, ck is k and ph f; and the letters Arabic writes with
 * one letter count as one: p and b (ب), v and f (ف), g and q (ق, which Gulf names write g: Gargash, Qarqash). Other
 * consonant letters are kept: q is not k (Quba, Cuba), for each writes another Arabic letter. A Latin name written
 * with the Arabic article (al-, el-, as one word or apart, or as it sounds before a sun letter: ad-, as-, ash-) has
 * the key of its name without it too. Pure functions; no instances.
 */
final class RomanisationKey {

    private static final String VOWELS = "aeiou";
    /** Letters whose h after them romanises an Arabic letter also written without it. */
    private static final String DIGRAPH = "dtgk";
    /** The article written apart, also as it sounds before a sun letter (ad-Dali, as-Sulaymaniyah, ash-Sham). */
    private static final Pattern ARTICLE = Pattern.compile("^[ae](l|[dtszrn]h?)[- ']");
    /** An ʿayn or hamza mark inside a word (not the article's apostrophe: al'...). */
    private static final Pattern MARKS = Pattern.compile("(?<=[a-z])['`\u2019\u02BF\u02BE](?=[a-z])");

    private RomanisationKey() {
    }

    /**
     * The keys of a normalised (lower-case) Latin name: as written, and without the article when it has one; a name
     * written with an ʿayn or hamza mark has the keys of its letters without the mark too, for the typed word has
     * none (Taif, the lists' ta'if: the mark parts two vowels in qa`idah, but ta'if is typed as a diphthong).
     */
    static Set<String> of(String latin) {
        String l = latin.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>(4);
        addKeys(out, l);
        String unmarked = MARKS.matcher(l).replaceAll("");
        if (!unmarked.equals(l)) {
            addKeys(out, unmarked);
        }
        return out;
    }

    private static void addKeys(Set<String> out, String l) {
        out.add(skeleton(l));
        Matcher m = ARTICLE.matcher(l);
        if (m.find()) {
            out.add(skeleton(l.substring(m.end())));
        } else if ((l.startsWith("al") || l.startsWith("el")) && l.length() > 4) {
            out.add(skeleton(l.substring(2)));
        }
    }

    private static boolean vowel(char c) {
        return c != 0 && VOWELS.indexOf(c) >= 0;
    }

    /** The romanisation-invariant letters of a Latin name (the article, if any, kept). */
    static String skeleton(String latin) {
        StringBuilder letters = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (c == '\'' || c == '`' || c == '\u2019' || c == '\u02BF' || c == '\u02BE') {
                letters.append('\'');   // an ʿayn or hamza mark parts two vowels: qa`idah is no diphthong
            }
        }
        String s = letters.toString();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : 0;
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char emit;
            if (c == '\'') {
                continue;
            } else if ((c == 'i' || c == 'y') && vowel(prev) && vowel(next)) {
                continue;   // a glide between vowels: Zayani, Ziani
            } else if ((c == 'i' || c == 'y') && prev == 'a' && i > 1) {
                emit = 'y';   // the diphthong ai, ay inside the word, before a consonant or at the end
            } else if (c == 'u' && prev == 'a') {
                emit = 'w';
            } else if (vowel(c)) {
                continue;
            } else if (c == 'y') {
                if (i > 0 && prev != 'o' && !vowel(next)) {
                    continue;
                }
                emit = 'y';
            } else if (c == 'h' && (next == 0 && vowel(prev) || DIGRAPH.indexOf(prev) >= 0)) {
                continue;   // -ah as -a; dh, th, gh, kh as d, t, g, k
            } else if (c == 'c') {
                if (next == 'k') {
                    continue;   // ck: the k follows
                }
                emit = next == 'e' || next == 'i' || next == 'y' ? 's' : next == 'h' ? 'c' : 'k';
            } else if (c == 'p' && next == 'h') {
                emit = 'f';
                i++;
            } else if (c == 'p') {
                emit = 'b';
            } else if (c == 'v') {
                emit = 'f';
            } else if (c == 'g') {
                emit = 'q';
            } else {
                emit = c;
            }
            // a doubled letter counts once; the same letter across a vowel is two (Nineveh: nnf)
            if (c == prev && out.length() > 0 && out.charAt(out.length() - 1) == emit) {
                continue;
            }
            out.append(emit);
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
