package org.sahifa.entities.recognize;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Words of person names in Arabic script as Wikidata writes them (given and family names of every origin:
 * لاريجاني، سولانا، نيستلروي، عزام), with how often each occurs in Wikidata's person labels. A word on this list is
 * a name word somewhere in the world; whether it is one here is for the model to weigh with the other features.
 * Arabic function words ({@link #FUNCTION_WORDS}) are left out.
 * Rules of {@link #code}, on a folded word: the word, or else its first reading without proclitics
 * ({@link Clitics#readings}), is looked up; 0 not listed, 1 seen once, 2 seen 2–4 times, 3 seen 5 times or more;
 * a function word is 0 whatever its readings (بين is not ب + ين).
 */
public final class NameWordList {

    /** The bundled list: {@code arabic TAB latin TAB count} a line, gzip-compressed (CC0, see its LICENSE file). */
    public static final String RESOURCE = "/org/sahifa/entities/gazetteer/wikidata-name-words.tsv.gz";

    /**
     * Arabic function words (prepositions, particles, pronouns and their clitic forms, from the same dictionary as
     * {@link CommonWords}, MPL 1.1), never counted as name words: the Wikidata list holds في، من، على as parts of
     * multi-word labels or misalignments.
     */
    public static final String FUNCTION_WORDS = "/org/sahifa/entities/gazetteer/arabic-function-words.txt.gz";

    private final Map<String, Integer> counts;
    private final Set<String> functionWords;
    /** The same for look-ups ({@link WordTable}: an absent word costs one read). */
    private final WordTable countTable;
    private final WordTable functionTable;

    /** A list of folded name words with their counts; {@code functionWords} (folded) are never name words. */
    public NameWordList(Map<String, Integer> counts, Set<String> functionWords) {
        Map<String, Integer> kept = new HashMap<>(counts);
        kept.keySet().removeAll(functionWords);
        this.counts = Map.copyOf(kept);
        this.functionWords = Set.copyOf(functionWords);
        this.countTable = new WordTable(this.counts);
        this.functionTable = WordTable.of(this.functionWords);
    }

    /** The bundled list, loaded once. */
    public static NameWordList standard() {
        return Holder.STANDARD;
    }

    /** Loads the bundled list on first use (the JVM's class initialisation makes it happen once). */
    private static final class Holder {
        static final NameWordList STANDARD = load();
    }

    private static NameWordList load() {
        Set<String> functionWords = new java.util.HashSet<>();
        BundledWords.read(FUNCTION_WORDS, functionWords::add);
        Map<String, Integer> counts = new HashMap<>();
        int[] number = {0};
        BundledWords.read(RESOURCE, line -> {
            number[0]++;
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(RESOURCE + " entry " + number[0] + ": expected 3 tab-separated fields");
            }
            String word = NameFold.fold(f[0].strip());
            if (word.length() >= 2 && isArabicWord(word)) {
                counts.merge(word, Integer.parseInt(f[2].strip()), Integer::sum);
            }
        });
        return new NameWordList(counts, functionWords);
    }

    private static boolean isArabicWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return true;
    }

    /** The folded words of the list. */
    public Set<String> words() {
        return Collections.unmodifiableSet(counts.keySet());
    }

    /** True when the folded word is one of the dictionary's function words ({@link #FUNCTION_WORDS}). */
    public boolean isFunctionWord(String fold) {
        return functionTable.contains(fold);
    }

    /** What {@link WordTable#get} gives for a word the list does not hold (a count is never this low). */
    private static final int ABSENT = Integer.MIN_VALUE;

    /** 0 not listed; 1, 2 or 3 by how often Wikidata writes the word in person names (1; 2–4; 5 or more). */
    public int code(String fold) {
        if (functionTable.contains(fold)) {
            return 0;
        }
        int n = countTable.get(fold, ABSENT);
        if (n == ABSENT) {
            for (String r : Clitics.readings(fold)) {
                if (r != fold) {
                    n = countTable.get(r, ABSENT);
                    if (n != ABSENT) {
                        break;
                    }
                }
            }
        }
        return n == ABSENT ? 0 : n >= 5 ? 3 : n >= 2 ? 2 : 1;
    }
}
