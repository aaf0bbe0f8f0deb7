package org.sahifa.solr;

/**
 * The fields of an archive collection (the configset's {@code managed-schema.xml}): the desktop index's fields
 * under the same names, so a shard is searched exactly as the desktop index is, plus what the desktop keeps in
 * the library database (the article's url, author, entities).
 */
public final class ArchiveFields {

    /** The article's id in the library it was pushed from (the collection's unique key, a string). */
    public static final String ID = "id";
    /** The same id as a number with doc values: newest-first ties, the push cursor. */
    public static final String ID_NUMBER = "id.num";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String BODY_HTML = "body.html";
    public static final String SOURCE = "source";
    public static final String SOURCE_KEY = "source.key";
    public static final String URL = "url";
    public static final String GUID = "guid";
    public static final String AUTHOR = "author";
    public static final String LANGUAGE = "language";
    /** Epoch millis, stored, when the article has a publication date. */
    public static final String PUBLISHED = "published";
    /** Epoch millis, stored. */
    public static final String FETCHED = "fetched";
    /** Published or else fetched, epoch millis: points for {@code from:}/{@code to:}, doc values for sorting. */
    public static final String DATE = "date";

    public static final String TITLE_EXACT = "title.exact";
    public static final String TITLE_STEM = "title.stem";
    public static final String TITLE_NAME = "title.name";
    public static final String BODY_EXACT = "body.exact";
    public static final String BODY_STEM = "body.stem";
    public static final String BODY_NAME = "body.name";

    /** Ids of the places / persons the library linked the article to. */
    public static final String PLACE_ID = "place.id";
    public static final String PERSON_ID = "person.id";
    /** Every spelling of each place / person the article mentions, as name-key terms ({@code key|spelling}). */
    public static final String PLACE_SPELLING = "place.spelling";
    public static final String PERSON_SPELLING = "person.spelling";
    /**
     * The words the library's recogniser tagged as (part of) a name in the article: for each distinct normalised
     * spelling it tagged, each of its words and each pair of neighbouring words, as {@code NameWords.wordCounts}
     * counts them (one value per count, term frequencies kept): a shard's {@code totalTermFreq} of a word is the
     * library's tagged count of that word over the shard's articles (decision 0123).
     */
    public static final String NAME_TAGGED = "name.tagged";
    /** The places / persons mentioned, as {@code id|name|title|start|end|text} (to show them when reading). */
    public static final String MENTION = "mention";

    private ArchiveFields() {
    }

    /** A source name as {@code source:} compares it: trimmed, inner spaces collapsed, lower case (as the desktop). */
    public static String sourceKey(String source) {
        return org.sahifa.search.QueryCompiler.sourceKey(source);
    }
}
