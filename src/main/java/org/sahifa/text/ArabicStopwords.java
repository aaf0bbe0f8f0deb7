package org.sahifa.text;

import java.util.Set;

/**
 * Arabic function words (normalised): prepositions, conjunctions, pronouns, demonstratives, relatives and the
 * commonest auxiliaries. They are never names, so the name index skips them; the exact and stem indexes keep
 * them (phrases need them).
 */
public final class ArabicStopwords {

    private static final Set<String> WORDS = Set.of(
            "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ام", "ثم", "لا", "لم", "لن", "ما", "ماذا", "متي",
            "اين", "كيف", "هل", "قد", "لقد", "كان", "كانت", "يكون", "تكون", "هذا", "هذه", "ذلك", "تلك", "هولاء",
            "هو", "هي", "هم", "هن", "انا", "نحن", "انت", "انتم", "الذي", "التي", "الذين", "اللذين", "اللتين",
            "حتي", "لكن", "بل", "اذا", "اذ", "لان", "كل", "بعض", "غير", "بين", "حول", "خلال", "بعد", "قبل", "عند",
            "منذ", "نحو", "لدي", "لدى", "اي", "ايضا", "فقط", "كما", "مثل", "حيث", "وفي", "ومن", "وعلي", "والي",
            "وان", "فان", "بان", "لها", "له", "لهم", "منها", "منه", "عليه", "عليها", "فيه", "فيها", "به",
            "بها", "انه", "انها", "وقد", "ولم", "ولا", "وهو", "وهي", "تم", "قال", "قالت", "وقال", "وقالت");

    private static final WordSet SET = new WordSet(WORDS);

    private ArabicStopwords() {
    }

    /** True for a normalised function word. */
    public static boolean contains(String normalizedWord) {
        return SET.contains(normalizedWord);
    }

    /** True when {@code buffer[offset, offset + length)} is a normalised function word. */
    public static boolean contains(char[] buffer, int offset, int length) {
        return SET.contains(buffer, offset, length);
    }
}
