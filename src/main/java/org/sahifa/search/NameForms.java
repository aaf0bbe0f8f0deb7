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
public final class NameForms {

    private static final char YEH = '\u064A';
    private static final char ALEF = '\u0627';
    private static final char HEH = '\u0647';

    private NameForms() {
    }

    /** The related forms of the normalised query word {@code typed} (not including it). */
    public static List<String> related(String typed, NameWords names) {
        if (isLatin(typed)) {
            Set<String> out = new LinkedHashSet<>();
            for (String arabic : names.lexicon().arabicOf(typed)) {
                out.add(arabic); // the bilingual pair is the evidence: دمشق is a dictionary word too
                out.addAll(derived(arabic, names));
            }
            out.remove(typed);
            return new ArrayList<>(out);
        }
        return typed.length() >= 3 && (names.readsAsName(typed) || isArticleNisba(typed))
                ? derived(typed, names) : List.of();
    }

    /** Arabic spellings of a Latin name found another way ({@link LearnedSpellings}) and their nisba forms. */
    static List<String> withDerived(List<String> arabic, NameWords names) {
        Set<String> out = new LinkedHashSet<>(arabic);
        for (String a : arabic) {
            out.addAll(derived(a, names));
        }
        return new ArrayList<>(out);
    }

    /**
     * The nisba forms of an Arabic name: of a country its adjective (البرازيل → البرازيلي, البرازيلية,
     * البرازيليين, البرازيليون, برازيلي; إثيوبيا → إثيوبي, الإثيوبية), with and without the article, also where the
     * dictionary knows them; of a nisba (a group:
     * البعثي, البعثيين) its other number and gender, leaving out forms that are dictionary words.
     */
    private static List<String> derived(String name, NameWords names) {
        boolean country = names.lexicon().isCountry(name);
        if (!country && !isNisba(name)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        // a country ending in the diphthong -āy takes -ānī (اوروغواي → اوروغوياني, decision 0173)
        String ani = country ? DiphthongNisba.of(name) : null;
        for (String base : ani != null ? List.of(ani) : nisbaBases(name)) {
            out.add(base);
            out.add(base + HEH);
            out.add(base + "ين");
            out.add(base + "ون");
        }
        // a country's adjective is its own word even where the dictionary knows it (اثيوبي, اثيوبية), with and without
        // the article (الاثيوبية); not for a country whose name already ends like a nisba (مالي → مالية is «financial»)
        boolean own = country && (ani != null || name.charAt(name.length() - 1) != YEH);
        if (own) {
            // and the other way: a country typed with the article finds its adjective without it (السنغال → سنغالي)
            boolean article = name.startsWith("ال");
            for (String f : List.copyOf(out)) {
                if (!article) {
                    out.add("ال" + f);
                } else if (f.startsWith("ال") && f.length() >= 5) {
                    out.add(f.substring(2));
                }
            }
        }
        out.remove(name);
        List<String> kept = new ArrayList<>(out.size());
        for (String f : out) {
            if (own || !NameWords.isCommonWord(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * A nisba behind the article: ال, at least three letters and ي, يه, يين or يون (البعثي, الحوثيين). After the
     * article a final ي cannot be the pronoun «my», so the word is an adjective or group name whose stem (بعث) is
     * another word (بعثة): it is searched in its own forms, not by stem (decision 0028).
     */
    static boolean isArticleNisba(String w) {
        return w.length() >= 6 && w.startsWith("ال") && isNisba(w);
    }

    /** A word in a nisba form: ending ي, يه, يين or يون after at least three letters. */
    static boolean isNisba(String w) {
        int n = w.length();
        return n >= 4 && (w.charAt(n - 1) == YEH || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون"));
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

    public static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }
}
