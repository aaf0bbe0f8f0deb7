package org.sahifa.solr;

import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.LightStemmer;
import org.sahifa.text.analysis.ArabicSearchAnalyzers;

/**
 * The analysis the plugin shares with the desktop index: one {@link ArabicSearchAnalyzers} over the bundled
 * lexicon of Arabic given names (as {@code org.sahifa.search} builds it), created on first use and shared by
 * every factory and query parser of the Solr node.
 */
public final class PluginAnalysis {

    private PluginAnalysis() {
    }

    private static final class Holder {
        static final ArabicSearchAnalyzers ANALYZERS = new ArabicSearchAnalyzers(ArabicGivenNames.lexicon());
    }

    /** The shared analyzers. */
    public static ArabicSearchAnalyzers analyzers() {
        return Holder.ANALYZERS;
    }

    /** The stemmer protecting the bundled given names. */
    public static LightStemmer stemmer() {
        return Holder.ANALYZERS.stemmer();
    }
}
