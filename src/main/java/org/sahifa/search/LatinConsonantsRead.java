package org.sahifa.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.sahifa.text.LatinReadings;
import org.sahifa.text.NameKey;

/**
 * Whether an Arabic spelling of a Latin family name typed with its article reads every consonant the Latin writes
 * (decision 0211). The press romanises an Arabic family name consonant by consonant (al-Bishri: b, sh, r); the
 * learned model treats the letters it cannot place as cheap, so a name of the library that lacks one of them
 * («البيشي», b-sh, the nisba of Bisha) may still score within its margin. A one-word spelling whose consonant key
 * ({@link NameKey}: the classes Arabic writes foreign consonants with; vowel letters, ع, ح and ه aside) is the key of
 * the Latin word, or of one of its readings ({@link LatinReadings#readings}: dh read as z…), with a consonant left
 * out, is another name. Keys only, the article aside on both sides; thread-safe; no instances.
 */
final class LatinConsonantsRead {

    private static final String ARTICLE = "\u0627\u0644";
    /** Fewest classes a Latin key needs (its article aside) before a missing one is judged. */
    static final int MIN_CLASSES = 2;

    private LatinConsonantsRead() {
    }

    /** Leaves out of {@code spellings} those that lack one of the consonants of the normalised Latin word. */
    static void leaveOutUnread(String latin, Collection<String> spellings) {
        Set<String> keys = latinKeys(latin);
        if (keys.isEmpty()) {
            return;
        }
        spellings.removeIf(s -> lacksAConsonant(keys, s));
    }

    /**
     * The consonant keys of a Latin word typed with the article (al-, el-), its article aside, as written and as its
     * readings read it (every one must miss a class: Al-Fayez, f-s, is not judged by its German reading f-ts); empty
     * for a word without the article or with fewer than {@value #MIN_CLASSES} classes as written.
     */
    static Set<String> latinKeys(String latin) {
        String l = LatinReadings.letters(latin).replace("-", "").replace(" ", "");
        if (!LatinSoundTargets.writesArticle(l) || l.length() <= 4) {
            return Set.of();
        }
        if (NameKey.ofNormalized(l.substring(2)).length() < MIN_CLASSES) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        for (LatinReadings.Reading r : LearnedSpellings.readings().readings(l)) {
            String word = r.latin();
            if (word.startsWith("al") || word.startsWith("el")) {
                keys.add(NameKey.ofNormalized(word.substring(2)));
            }
        }
        return keys;
    }

    /**
     * True when the one-word spelling (its article aside) has a key that every Latin key holds with one class or more
     * besides, in order: a consonant the Latin writes is not read.
     */
    static boolean lacksAConsonant(Set<String> latinKeys, String spelling) {
        if (spelling.indexOf(' ') >= 0 || !spelling.startsWith(ARTICLE)) {
            return false;
        }
        String key = NameKey.ofNormalized(spelling.substring(ARTICLE.length()));
        if (key.isEmpty()) {
            return false;
        }
        for (String latinKey : latinKeys) {
            if (key.length() >= latinKey.length() || !isSubsequence(key, latinKey)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSubsequence(String part, String whole) {
        int i = 0;
        for (int j = 0; j < whole.length() && i < part.length(); j++) {
            if (whole.charAt(j) == part.charAt(i)) {
                i++;
            }
        }
        return i == part.length();
    }
}
