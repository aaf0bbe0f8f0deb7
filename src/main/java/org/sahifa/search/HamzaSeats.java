package org.sahifa.search;

/**
 * Whether a spelling that writes a hamza where the typed Arabic word writes ي is another word (decision 0213).
 * The search index keeps the seatless hamza apart from ي (ئ is ء, decision 0021), but the name key folds ئ to ي, so
 * the name tier read «الفائز» ("the winner") as the very spelling of the family name «الفايز», «العائد» ("the
 * returning") of «العايد», «الضائع» of «الضايع». The press writes the family name with ي and the active participle
 * it comes from with ئ; which of the two is the word the library decides: the spelling with the hamza is another word
 * when the spelling dictionary knows the letters (its words are folded, ئ as ي), the library writes it inflected as
 * a participle is (الفائزين, الفائزة) and in at least as many articles as the typed one — the common word is the
 * hamza spelling, the typed ي spelling the name. A typed name the library writes more often than its hamza spelling keeps both (a name the press
 * writes either way). The typed spelling is always found as typed. Two exact-field counts per pair, cached with the
 * variants. Thread-safe; no instances.
 */
final class HamzaSeats {

    /** {@code -Dsahifa.search.hamzaSeats=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.hamzaSeats"));

    private static final char HAMZA = '\u0621';
    private static final char YEH = '\u064A';
    private static final String ARTICLE = "\u0627\u0644";
    /** Fewest articles writing the hamza spelling inflected for it to be a word. */
    static final int MIN_INFLECTED = 3;
    /** The feminine and sound plural endings, normalised: ة (as ه), ين, ون. */
    private static final String[] INFLECTIONS = {"\u0647", "\u064A\u0646", "\u0648\u0646"};

    private HamzaSeats() {
    }

    /**
     * True when the indexed spelling {@code surface} (normalised) writes ء where the normalised typed word writes ي,
     * and nothing else differs ({@link #hamzaForYeh}), the hamza spelling is a word ({@link #isWord}) and the library
     * writes it in at least as many articles as the typed one ({@link QueryIndex#writtenArticles}).
     */
    static boolean apart(String typed, String surface, QueryIndex index) {
        if (!ENABLED || !hamzaForYeh(typed, surface) || !isWord(surface, index)) {
            return false;
        }
        return index.writtenArticles(surface) >= index.writtenArticles(typed);
    }

    /**
     * True when the normalised hamza spelling is a word: the spelling dictionary knows its letters (folded, ئ as ي;
     * behind the article, the word without it), the recogniser does not tag it as a name in most of its articles
     * ({@link NameWords#isStrongName}: the city «الطائف» is one, though «الطائفة», "sect", is written)
     * and the library writes it inflected, as an adjective or participle is and a name is not: its feminine (ة) or
     * sound plural (ين, ون) in at least {@value #MIN_INFLECTED} articles («الفائزين» 106, «الفائزة» 61, «الضائعة» 19;
     * the city «حائل» none).
     */
    static boolean isWord(String hamza, QueryIndex index) {
        String letters = yehFor(hamza);
        if (index.names().isStrongName(hamza)) {
            return false; // a name tagged in most of its articles: «الطائف», though «الطائفة» ("sect") is a word
        }
        if (!NameWords.isDictionaryForm(letters) && !(letters.startsWith(ARTICLE)
                && NameWords.isDictionaryForm(letters.substring(ARTICLE.length())))) {
            return false;
        }
        long inflected = 0;
        for (String ending : INFLECTIONS) {
            inflected += index.writtenArticles(hamza + ending);
            if (inflected >= MIN_INFLECTED) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Arabic spellings of a typed Latin name without those that are a hamza word ({@link #apart}) whose ي
     * spelling is another spelling of the list («الفائز» for Al-Fayez, which the lists pair with فايز and فائز: the
     * name is the ي spelling, the hamza spelling the participle). A hamza spelling alone is kept: «الطائف» for Taif
     * (tried without this condition: Taif lost all its 827 articles, «الطائفة» being a word).
     */
    static java.util.List<String> withoutWords(java.util.List<String> spellings, QueryIndex index) {
        if (!ENABLED || spellings.isEmpty()) {
            return spellings;
        }
        java.util.List<String> out = new java.util.ArrayList<>(spellings.size());
        for (String s : spellings) {
            String yeh = yehFor(s);
            if (yeh.equals(s) || s.indexOf(' ') >= 0 || !spellings.contains(yeh) || !apart(yeh, s, index)) {
                out.add(s);
            }
        }
        return out.size() == spellings.size() ? spellings : out;
    }

    /** The word with each ء between two letters written ي (a final or first hamza is kept). */
    static String yehFor(String word) {
        char[] c = word.toCharArray();
        for (int i = 1; i < c.length - 1; i++) {
            if (c[i] == HAMZA) {
                c[i] = YEH;
            }
        }
        return new String(c);
    }

    /**
     * True when the two normalised words have the same letters but where {@code typed} writes ي {@code surface}
     * writes ء, at least once, and nowhere the other way round.
     */
    static boolean hamzaForYeh(String typed, String surface) {
        if (typed.length() != surface.length() || typed.equals(surface)) {
            return false;
        }
        boolean seat = false;
        for (int i = 0; i < typed.length(); i++) {
            char a = typed.charAt(i);
            char b = surface.charAt(i);
            if (a == b) {
                continue;
            }
            if (a != YEH || b != HAMZA) {
                return false;
            }
            seat = true;
        }
        return seat;
    }
}
