package org.sahifa.entities.gazetteer;

import org.sahifa.text.NameLexicon;

/**
 * The {@link NameLexicon} the text engine's stemmer asks so that proper names are not stemmed: every word of a
 * curated person name, the Arabic given and family names, and one-word place names (countries, cities).
 */
public final class GazetteerNameLexicon {

    private GazetteerNameLexicon() {
    }

    /** The lexicon built from the standard gazetteer (built once; thread-safe). */
    public static NameLexicon standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final NameLexicon INSTANCE = NameLexicon.of(Gazetteer.standard().nameWords());
    }
}
