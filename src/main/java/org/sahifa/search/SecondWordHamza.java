package org.sahifa.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The second word of a two-word name with its final hamza written another way (decision 0140): a hamza on a final ي
 * seat (الهادئ, normalised الهادء) is also written ي (الهادي) or ي then ء (الهاديء), and a final hamza after alef is
 * left out or written ({@link FinalHamza#otherSpelling}: صنعاء / صنعا). Alone such spellings are often two words
 * (هادي, a given name; هادئ, «calm»); after the name's first word they are one name: «المحيط الهادي» is «المحيط
 * الهادئ». A spelling is kept when the two words with it are one name together ({@link NameWords#isTwoWordName}:
 * listed or tagged together), or when the two words are one name with one of the spellings (the typed one or
 * another) and the other spelling is written in at least {@value SpellingContext#MIN_ARTICLES} articles. Thread-safe; no instances.
 */
final class SecondWordHamza {

    private static final char ALEF = '\u0627';
    private static final char YEH = '\u064A';
    private static final char HAMZA = '\u0621';

    private SecondWordHamza() {
    }

    /**
     * The other spellings of a normalised word by its final hamza, letters only: Xء ↔ Xي ↔ Xيء after a consonant
     * (a word of at least three letters before the ending), and Xاء ↔ Xا ({@link FinalHamza#otherSpelling}).
     */
    static List<String> otherSpellings(String word) {
        List<String> out = new ArrayList<>(2);
        int n = word.length();
        if (word.indexOf(' ') >= 0 || NameForms.isLatin(word) || n < 3) {
            return out;
        }
        String stem = null;
        if (n >= 5 && word.charAt(n - 1) == HAMZA && word.charAt(n - 2) == YEH) {
            stem = word.substring(0, n - 2);
        } else if (n >= 4 && word.charAt(n - 1) == HAMZA && word.charAt(n - 2) != ALEF && word.charAt(n - 2) != YEH) {
            stem = word.substring(0, n - 1);
        } else if (n >= 4 && word.charAt(n - 1) == YEH && word.charAt(n - 2) != ALEF && word.charAt(n - 2) != YEH) {
            stem = word.substring(0, n - 1);
        }
        if (stem != null) {
            for (String s : new String[] {stem + HAMZA, stem + YEH, stem + YEH + HAMZA}) {
                if (!s.equals(word)) {
                    out.add(s);
                }
            }
        }
        String alef = FinalHamza.otherSpelling(word);
        if (alef != null) {
            out.add(alef);
        }
        return out;
    }

    /**
     * The other spellings of {@code second} (normalised) to search after {@code first}: those with which the two
     * words are one name, and, when the two words are one name with one of the spellings (the typed one or another),
     * every other one written in enough articles.
     */
    static List<String> of(String first, String second, NameWords names) {
        List<String> others = otherSpellings(second);
        if (others.isEmpty() || NameForms.isLatin(first)) {
            return List.of();
        }
        boolean name = names.isTwoWordName(first + ' ' + second);
        for (int i = 0; i < others.size() && !name; i++) {
            name = names.isTwoWordName(first + ' ' + others.get(i));
        }
        if (!name) {
            return List.of();
        }
        List<String> out = new ArrayList<>(others.size());
        for (String o : others) {
            if (names.isTwoWordName(first + ' ' + o) || names.articleCount(o) >= SpellingContext.MIN_ARTICLES) {
                out.add(o);
            }
        }
        return out;
    }

    /** True when the two normalised words are one name, as typed or with the second's final hamza written otherwise. */
    static boolean isTwoWordName(String first, String second, NameWords names) {
        return names.isTwoWordName(first + ' ' + second) || !of(first, second, names).isEmpty();
    }
}
