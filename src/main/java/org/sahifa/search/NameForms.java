package org.sahifa.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Other words that write the name a user typed, searched besides its spelling variants (decision 0027):
 * <ul>
 *   <li>a Latin name: its Arabic spellings in the shipped bilingual lists (Damascus → دمشق, Beijing → بكين), which
 *       sound-based matching cannot reach;</li>
 *   <li>an Arabic name: its nisba (adjective and group) forms — البعثي → البعثيين, البعثيون, البعثية;
 *       البرازيل → البرازيلي; أستراليا → الأسترالية; and back from a plural or feminine to the singular.
 *       Only for words that are names ({@link NameWords}), and a derived form that is a common dictionary word is
 *       never searched (روحاني is a name, روحانية a word).</li>
 * </ul>
 * Thread-safe; no instances.
 */
final class NameForms {

    private static final char YEH = '\u064A';
    private static final char ALEF = '\u0627';
    private static final char HEH = '\u0647';

    private NameForms() {
    }

    /** The related forms of the normalised query word {@code typed} (not including it). */
    static List<String> related(String typed, NameWords names) {
        Set<String> out = new LinkedHashSet<>();
        if (isLatin(typed)) {
            List<String> translated = new ArrayList<>(names.lexicon().arabicOf(typed));
            translated.remove(typed);
            return translated; // the bilingual pair is the evidence: دمشق is a dictionary word too
        } else if (typed.length() >= 3 && names.isName(typed)) {
            for (String base : nisbaBases(typed)) {
                out.add(base);
                out.add(base + HEH);
                out.add(base + "ين");
                out.add(base + "ون");
            }
        }
        out.remove(typed);
        List<String> kept = new ArrayList<>(out.size());
        for (String f : out) {
            if (f.indexOf(' ') >= 0 || isLatin(f) || !NameWords.isCommonWord(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The masculine singular nisba forms of a name: البرازيل → البرازيلي, أستراليا → أسترالي, البعثيين → البعثي. */
    static List<String> nisbaBases(String w) {
        List<String> out = new ArrayList<>(2);
        int n = w.length();
        if (n < 3) {
            return out;
        }
        char last = w.charAt(n - 1);
        if (w.endsWith("يين") || w.endsWith("يون")) {
            out.add(w.substring(0, n - 2)); // البعثيين → البعثي
        } else if (last == YEH) {
            out.add(w); // البعثي
        } else if (w.endsWith("يه") && n >= 5) {
            out.add(w.substring(0, n - 1)); // البعثيه → البعثي, سوريه → سوري
        } else if (w.endsWith("يا") && n >= 5) {
            out.add(w.substring(0, n - 1)); // استراليا → استرالي
        } else if ((last == ALEF || last == HEH) && n >= 4) {
            out.add(w.substring(0, n - 1) + YEH); // كندا → كندي, سنغافوره → سنغافوري
        } else if (last >= '\u0621' && last <= '\u064A') {
            out.add(w + YEH); // البرازيل → البرازيلي
        }
        return out;
    }

    static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }
}
