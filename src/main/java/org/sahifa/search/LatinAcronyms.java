package org.sahifa.search;

/**
 * A Latin acronym as typed (decision 0152): two to six capital Latin letters, with or without a dot after each
 * (CNN, IAEA, U.N.). The press writes an acronym by its expansion or by its letters' names, and as a word only where
 * it reads as one (ناتو, أوبك); its letters are not transliterated as a word (CNN is not «كن», IAEA not «الآية»).
 */
final class LatinAcronyms {

    static final int MIN_LETTERS = 2;
    static final int MAX_LETTERS = 6;

    private LatinAcronyms() {
    }

    /** True when the typed word is an acronym: only capital Latin letters (dots after them aside), 2 to 6 of them. */
    static boolean isAcronym(String typed) {
        int letters = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters++;
            } else if (c != '.' || i == 0 || typed.charAt(i - 1) == '.') {
                return false;
            }
        }
        return letters >= MIN_LETTERS && letters <= MAX_LETTERS;
    }
}
