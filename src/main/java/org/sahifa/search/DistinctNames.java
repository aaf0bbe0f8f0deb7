package org.sahifa.search;

import org.sahifa.text.ListedNames;

/**
 * Whether a letter variant of a typed Arabic name is another name the library writes (decision 0176): «القرني» /
 * «القريني», «ديالي» / «داليا», «ريونيون» / «روني». The letters cannot tell a vowel letter more or less, a ي for an ا, from
 * a writer's other spelling; the library can. Two spellings are two names when the recogniser tags each as a
 * name in most of the articles that write it ({@link NameWords#isStrongName}), the bilingual lists do not give both
 * for one Latin name ({@link ListedNames#listedTogether}), and the library writes them in different contexts: the
 * words tagged around them hardly overlap and no full name holds both ({@link QueryIndex#differentContexts}); for a
 * native-looking name a vowel letter apart (القرني / القريني), which decision 0125 never reads as one name by
 * letters, when the library does not call them one ({@link QueryIndex#sameName}). Thread-safe; no instances.
 */
final class DistinctNames {

    /** {@code -Dsahifa.search.distinctNames=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.distinctNames"));

    /**
     * {@code -Dsahifa.search.distinctContexts=true} also leaves out a variant written in different contexts ({@link
     * QueryIndex#differentContexts}). Off by default: the archive cannot compare contexts yet (its client sends no such
     * verdict, decision 0124), and the library and the archive must find the same articles (ArchiveClusterTest: «تونس»
     * 56 in the library, 60 in the archive with it on).
     */
    static final boolean CONTEXTS = "true".equals(System.getProperty("sahifa.search.distinctContexts"));

    private DistinctNames() {
    }

    /**
     * True when the indexed spelling {@code surface}, a letter variant of the normalised typed Arabic word (one word
     * each), is another name: both tagged as names on their own ({@link NameWords#isStrongName}), both written in at
     * least {@value SpellingContext#MIN_ARTICLES} articles, the lists do not give both for one Latin name, the library
     * does not call them one name, and they are written in different contexts ({@link
     * QueryIndex#differentContexts}) or are native-looking words a written vowel letter apart (القرني / القريني: a
     * vowel letter of a native name is another name, decision 0125).
     */
    static boolean apart(String typed, String surface, QueryIndex index) {
        if (!ENABLED || typed.equals(surface) || typed.indexOf(' ') >= 0 || surface.indexOf(' ') >= 0
                || NameForms.isLatin(typed) || NameForms.isLatin(surface)) {
            return false;
        }
        NameWords names = index.names();
        return names.isStrongName(surface) && names.isStrongName(typed)
                && names.articleCount(typed) >= SpellingContext.MIN_ARTICLES
                && names.articleCount(surface) >= SpellingContext.MIN_ARTICLES
                && !ListedNames.standard().listedTogether(typed, surface)
                && (nativeVowelLetterPair(typed, surface) && !index.sameName(typed, surface)
                || CONTEXTS && index.differentContexts(typed, surface));
    }

    /**
     * Two spellings with the same letters but ا و ي (a written vowel letter more, less or other), one of them
     * native-looking ({@link SpellingContext#isForeignLooking} false: ال, a given name, ع ح ض ظ ذ ث).
     */
    static boolean nativeVowelLetterPair(String a, String b) {
        return (!SpellingContext.isForeignLooking(a) || !SpellingContext.isForeignLooking(b))
                && SpellingContext.skeleton(a).equals(SpellingContext.skeleton(b));
    }
}
