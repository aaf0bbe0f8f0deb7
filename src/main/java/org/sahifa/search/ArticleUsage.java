package org.sahifa.search;

/**
 * Whether a letter variant of a typed Arabic name is written behind the article where the typed name is not
 * (decision 0162). The name field also holds each word without its article (قرشي for «القرشي»), so a variant found
 * there is often a word the press writes only with the article: a native family name or adjective (القرشي, القريشي)
 * that a foreign name typed without it (كراتشي: ك / ق, تش / ش) reaches by its letters. A name written mostly without
 * the article and a variant written mostly with it are two names; when both are written alike (كونغرس / كونجرس, both
 * mostly «الكونغرس») the letters decide as before. Read from the articles holding each word with and without the
 * article ({@link NameWords#articleCount}), the statistics the archive already sends to its shards (decision 0124).
 * Thread-safe; no instances.
 */
final class ArticleUsage {

    private static final String ARTICLE = "\u0627\u0644";

    /** {@code -Dsahifa.search.articleUsage=false} leaves the rule out (before / after with one build). */
    static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.articleUsage"));

    private ArticleUsage() {
    }

    /**
     * True when the normalised typed word and the indexed spelling (one Arabic word each, neither with the article)
     * are written differently behind the article: the typed word mostly without it, the spelling nearly always with
     * it ({@link #onlyWithArticle}).
     */
    static boolean apart(String typed, String surface, NameWords names) {
        if (!ENABLED || typed.indexOf(' ') >= 0 || surface.indexOf(' ') >= 0 || NameForms.isLatin(typed)
                || NameForms.isLatin(surface) || typed.startsWith(ARTICLE) || surface.startsWith(ARTICLE)) {
            return false;
        }
        return onlyWithArticle(surface, names) && mostlyWithout(typed, names);
    }

    /**
     * The word is nearly always written behind the article: without it in less than half the articles holding it,
     * and in fewer than {@value #MIN_BARE} of them or less than one in {@value #BARE_SHARE} (مالكي, a spelling of the
     * Latin Maliki, is «المالكي» in 299 of 345 articles and «مالكي» alone in 46: it is kept).
     */
    static boolean onlyWithArticle(String word, NameWords names) {
        long all = names.articleCount(word);
        long bare = all - names.articleCount(ARTICLE + word);
        return all > 0 && 2 * bare < all && (bare < MIN_BARE || BARE_SHARE * bare < all);
    }

    /** Fewest articles writing a variant without the article for it to be a spelling of a name typed without it. */
    static final int MIN_BARE = SpellingContext.MIN_ARTICLES;
    /** ... or the least share (one in this many) of its articles. */
    static final int BARE_SHARE = 10;

    private static boolean mostlyWithout(String word, NameWords names) {
        long all = names.articleCount(word);
        return all > 0 && 2 * names.articleCount(ARTICLE + word) < all;
    }
}
