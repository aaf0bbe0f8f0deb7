package org.sahifa.search;

import org.sahifa.text.LatinReadings;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether an Arabic spelling is another Latin name's (decision 0169). The bilingual lists (the Wikidata name words,
 * the world-cities names and the curated lists, {@link NameLexiconWords#latinNamesOf}) say which Latin names a
 * spelling writes: كوبا is Cuba (and Kouba, Copa), فيفا Viva, نايف Naif and Nayef, سوبر Super. A typed Latin name
 * whose letters differ from every one of them otherwise than romanisations of one name differ
 * ({@link RomanisationKey}: vowels, doubled letters, y and i, -ah and -a, the article) is another name, so the
 * spelling is not its reading, however well the learned model or the Latin sound reads it: Quba is not «كوبا»,
 * Fayfa not «فيفا», Nineveh not «نايف», Al-Sawaber not «السوبر». A spelling the lists give the typed name itself
 * stays (decision 0153's amendment: Putin, «بوتين»), and a spelling the lists pair with no Latin name is left to the
 * other tests. A spelling with ث, which Arabic usage romanises th and Turkish, Persian and Urdu usage s, is the
 * typed th's also where the lists write s (Al-Thaqafi: «الثقفي», listed as Saqafi; decision 0189). Reads the shipped lists only, so every archive shard decides alike. Thread-safe; no instances.
 */
final class LatinNameOwners {

    private static final String ARTICLE = "ال";
    private static final char THEH = '\u062B';
    private static final char YEH = '\u064A';
    private static final char JEEM = '\u062C';
    /** A diphthong between consonants in a Latin word. */
    private static final java.util.regex.Pattern DIPHTHONG =
            java.util.regex.Pattern.compile("(?<=[b-df-hj-np-tv-z])[ae][iy](?=[b-df-hj-np-tv-xz])");

    private LatinNameOwners() {
    }

    /**
     * True when the lists pair the normalised Arabic {@code spelling} (or the spelling without its article) with Latin
     * names, the normalised Latin word {@code latin} is none of them by romanisation, and the lists do not give the
     * spelling for {@code latin} itself.
     */
    static boolean isAnotherName(NameLexiconWords lexicon, String latin, String spelling) {
        String bare = spelling.startsWith(ARTICLE) && spelling.length() > ARTICLE.length() + 2
                ? spelling.substring(ARTICLE.length()) : spelling;
        Set<String> owners = new HashSet<>(lexicon.latinNamesOf(spelling));
        owners.addAll(lexicon.latinNamesOf(bare));
        if (owners.isEmpty()) {
            return false;
        }
        String typed = latin.replace("'", "").replace("\u2019", "");
        if (owners.contains(latin) || owners.contains(typed)
                || owners.contains(NameLexiconWords.withoutArticle(latin))) {
            return false;   // the lists' own spelling of the typed name
        }
        // the typed word as written and as its languages' readings read it (Renault as French: reno; decision 0149)
        Set<String> forms = new HashSet<>();
        forms.add(typed);
        for (LatinReadings.Reading r : LearnedSpellings.readings().readings(typed)) {
            forms.add(r.latin());
        }
        // ث is romanised th in Arabic and s in Turkish, Persian and Urdu usage (Uthman, Osman, Usman; Al-Thaqafi,
        // Saqafi): for a spelling with ث, the typed th is also the lists' s (decision 0189)
        if (spelling.indexOf(THEH) >= 0) {
            for (String form : Set.copyOf(forms)) {
                forms.add(form.replace("th", "s"));
            }
        }
        // ج is romanised j in Gulf and Levantine usage and g in Egyptian usage (Farraj, Farrag; Hijazi, Hegazy): for a
        // spelling with ج, the typed j is also the lists' g (decision 0228)
        if (spelling.indexOf(JEEM) >= 0) {
            for (String form : Set.copyOf(forms)) {
                forms.add(form.replace('j', 'g'));
            }
        }
        // a yeh between consonants is the diphthong ay and the long ī alike, and the lists write either: in an Arabic
        // family name typed with its article, the typed ai, ay, ei, ey is also the lists' i there (Al-Humaidi:
        // «الحميدي», listed as Hamidi; decision 0210). Not for a word without the article: Fayfa is not FIFA's «فيفا»
        if (LatinSoundTargets.writesArticle(typed) && !bare.equals(spelling) && hasInnerYeh(bare)) {
            for (String form : Set.copyOf(forms)) {
                forms.add(DIPHTHONG.matcher(form).replaceAll("i"));
            }
        }
        for (String owner : owners) {
            for (String form : forms) {
                if (RomanisationKey.sameName(form, owner)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the normalised Arabic word has ي between two letters that are no vowel letters. */
    static boolean hasInnerYeh(String arabic) {
        for (int i = 1; i + 1 < arabic.length(); i++) {
            if (arabic.charAt(i) == YEH && "\u0627\u0648\u064A\u0649".indexOf(arabic.charAt(i - 1)) < 0
                    && "\u0627\u0648\u064A\u0649".indexOf(arabic.charAt(i + 1)) < 0) {
                return true;
            }
        }
        return false;
    }
}
