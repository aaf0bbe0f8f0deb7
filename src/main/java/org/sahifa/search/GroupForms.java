package org.sahifa.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The other forms of a group's or a place's name beyond the regular nisba endings of {@link NameForms}, proposed by
 * Arabic morphology and kept only where the library confirms them (decision 0054):
 * <ul>
 *   <li>a broken plural and its singular and nisba: الأكراد (أفعال) ↔ كرد, الكردي, الكردية; الدروز (فعول) ↔ درزي;</li>
 *   <li>a name in -ستان and the people it names: أفغانستان ↔ الأفغان, الأفغاني, الأفغانية; باكستان → باكستاني;</li>
 *   <li>the nisba of any other group or place name: الشيشان ↔ الشيشاني, الشيشانية;</li>
 *   <li>and back, from a nisba to the plural or the name (الكردية → الأكراد, الأفغاني → أفغانستان).</li>
 * </ul>
 * A proposed form is searched only when the library writes it in at least {@value SpellingContext#MIN_ARTICLES}
 * articles and the names the recogniser tagged around it are those tagged around the typed word
 * ({@link QueryIndex#sameName}, the context of decision 0125): كردي is the Kurds' adjective in this library's
 * context, ترك («left», a verb) is not the Turks' root. So a form that is also a dictionary word (أكراد, أفغاني) is
 * searched where its uses are the name's, and never pulls a word's other uses. Only for a typed word that reads as a
 * name or is a nisba behind the article; forms are not derived from a Latin word. Thread-safe; no instances.
 */
final class GroupForms {

    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final String ARTICLE = "ال";
    private static final String STAN = "ستان";

    private GroupForms() {
    }

    /**
     * The forms of the normalised typed word the library confirms ({@link #candidates}, each written in enough
     * articles and the same name by its context), in the order proposed.
     */
    static List<String> confirmed(String typed, QueryIndex index) {
        NameWords names = index.names();
        if (typed.indexOf(' ') >= 0 || NameForms.isLatin(typed)
                || !(names.readsAsName(typed) || NameForms.isArticleNisba(typed))) {
            return List.of();
        }
        List<String> proposed = candidates(typed);
        List<String> out = new ArrayList<>();
        for (String form : proposed) {
            // not a nisba's base (السعدي → سعد, 0224) nor the given name a family name writes behind the article
            // (السالم → سالم, 0225): other names the contexts of people do not tell apart
            if (NisbaBases.isBaseOf(typed, form) || DefiniteFamilyNames.isBareName(typed, form, names)) {
                continue;
            }
            if (names.articleCount(form) >= SpellingContext.MIN_ARTICLES && index.sameName(typed, form)) {
                out.add(form);
            }
        }
        // the indefinite form of a confirmed nisba is the same adjective (الكردي → كردي), however broad its own
        // context; only with its definite form, which the name field reaches behind the indefinite one's term
        for (String form : proposed) {
            if (!form.startsWith(ARTICLE) && NameForms.isNisba(form) && out.contains(ARTICLE + form)
                    && !out.contains(form) && names.articleCount(form) > 0) {
                out.add(form);
            }
        }
        return out;
    }

    /**
     * The forms morphology proposes for a normalised word (not including it), with and without the article: the
     * stems the word names (its broken plural's root, its -ستان name's people, its nisba's base, or the word itself)
     * and each stem's nisba forms; plurals أفعال and فعول of a three-letter root.
     */
    static List<String> candidates(String typed) {
        boolean article = typed.startsWith(ARTICLE) && typed.length() >= 5;
        String bare = article ? typed.substring(2) : typed;
        Set<String> stems = new LinkedHashSet<>();
        Set<String> forms = new LinkedHashSet<>();
        int n = bare.length();
        if (n == 5 && bare.charAt(0) == ALEF && bare.charAt(3) == ALEF) {
            stems.add("" + bare.charAt(1) + bare.charAt(2) + bare.charAt(4)); // اكراد → كرد
        } else if (n == 4 && bare.charAt(2) == WAW) {
            stems.add("" + bare.charAt(0) + bare.charAt(1) + bare.charAt(3)); // دروز → درز
        } else if (bare.endsWith(STAN) && n >= STAN.length() + 3) {
            stems.add(bare);                          // باكستان → باكستاني
            String people = bare.substring(0, n - STAN.length());
            if (people.length() >= 4) {
                stems.add(people);                    // افغانستان → افغان, افغاني
            }
        } else if (NameForms.isNisba(bare)) {
            for (String base : NameForms.nisbaBases(bare)) {
                String stem = base.substring(0, base.length() - 1); // كردي → كرد, افغاني → افغان
                if (stem.length() >= 3) {
                    stems.add(stem);
                }
                if (stem.length() >= 4) {
                    forms.add(stem + STAN);           // افغاني → افغانستان
                    forms.add(stem + ALEF);           // امريكي → امريكا
                }
            }
        } else if (n >= 4) {
            stems.add(bare);                          // الشيشان → الشيشاني
        }
        for (String stem : stems) {
            forms.add(stem);
            if (stem.length() == 3) {
                forms.add("" + ALEF + stem.charAt(0) + stem.charAt(1) + ALEF + stem.charAt(2)); // كرد → اكراد
                forms.add("" + stem.charAt(0) + stem.charAt(1) + WAW + stem.charAt(2));         // درز → دروز
            }
            for (String base : NameForms.nisbaBases(stem)) {
                forms.add(base);
                forms.add(base + "ه");
                forms.add(base + "ين");
                forms.add(base + "ون");
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String f : forms) {
            if (f.length() >= 3) {
                out.add(f);
                out.add(ARTICLE + f);
            }
        }
        out.remove(typed);
        return new ArrayList<>(out);
    }
}
