package org.sahifa.search;

import org.sahifa.text.ListedNames;

/**
 * Whether a letter variant of a typed Arabic name is another name the library writes (decision 0176): «القرني» /
 * «القريني», «ديالي» / «داليا», «ريونيون» / «روني». The letters cannot tell a vowel letter more or less, a ي for an ا, from
 * a writer's other spelling; the library can. The variant is a name of its own when the recogniser tags it as a name
 * in most of the articles that write it ({@link NameWords#isStrongName}), the typed word is written in enough
 * articles of its own, and nothing the library holds says they are one name: neither the words tagged around them
 * nor the full names they are tagged in ({@link QueryIndex#sameName}, decisions 0125, 0126), and the bilingual lists
 * do not give both spellings for one Latin name ({@link ListedNames#listedTogether}). Two names the library writes
 * apart, each tagged in its own articles, are two names. Thread-safe; no instances.
 */
final class DistinctNames {

    /** {@code -Dsahifa.search.distinctNames=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.distinctNames"));

    private DistinctNames() {
    }

    /**
     * True when the indexed spelling {@code surface}, a letter variant of the normalised typed Arabic word (one word
     * each), is another name: tagged as a name on its own, both written in at least
     * {@value SpellingContext#MIN_ARTICLES} articles, neither the library's context, the shared full names nor the
     * lists call them one name.
     */
    static boolean apart(String typed, String surface, QueryIndex index) {
        if (!ENABLED || typed.equals(surface) || typed.indexOf(' ') >= 0 || surface.indexOf(' ') >= 0
                || NameForms.isLatin(typed) || NameForms.isLatin(surface)) {
            return false;
        }
        NameWords names = index.names();
        return names.isStrongName(surface)
                && names.articleCount(typed) >= SpellingContext.MIN_ARTICLES
                && names.articleCount(surface) >= SpellingContext.MIN_ARTICLES
                && !ListedNames.standard().listedTogether(typed, surface)
                && !index.sameName(typed, surface);
    }
}
