package org.sahifa.search;

/**
 * A name's final hamza after alef, which writers often leave out (ضباء / ضبا, رفحاء / رفحا, تيماء / تيما): the
 * other spelling of a normalised typed word that ends in ا or اء, searched as written (behind proclitics) when the
 * typed word or its other spelling is a name ({@link NameWords#readsAsName}, or a word of the lists) and the two are
 * not both dictionary words — دعا («called») and دعاء («prayer»), ما and ماء are two words. Thread-safe; no instances.
 */
final class FinalHamza {

    private static final String ALEF = "\u0627";
    private static final String HAMZA = "\u0621";

    private FinalHamza() {
    }

    /** The typed word's other spelling by its final hamza (letters only, no library), or null. */
    static String otherSpelling(String typed) {
        int n = typed.length();
        if (typed.indexOf(' ') >= 0 || NameForms.isLatin(typed)) {
            return null;
        }
        if (n >= 4 && typed.endsWith(ALEF + HAMZA) && !typed.startsWith(ALEF, n - 3)) {
            return typed.substring(0, n - 1);
        }
        if (n >= 3 && typed.endsWith(ALEF) && !typed.startsWith(ALEF, n - 2)) {
            return typed + HAMZA;
        }
        return null;
    }

    /**
     * The other spelling of the normalised typed name to search, or null ({@link FinalHamza}); a dictionary word
     * (فيفاء, «desert», for فيفا, FIFA) only where the library uses it about the same name (the context of decision
     * 0125).
     */
    static String of(String typed, QueryIndex index) {
        NameWords names = index.names();
        String other = otherSpelling(typed);
        if (other == null || NameWords.isCommonWord(typed) && NameWords.isCommonWord(other)
                || names.articleCount(other) == 0) {
            return null;
        }
        boolean name = names.readsAsName(typed) || names.readsAsName(other) || names.lexicon().contains(typed)
                || names.lexicon().contains(other);
        return name && (!NameWords.isCommonWord(other) || index.sameName(typed, other)) ? other : null;
    }
}
