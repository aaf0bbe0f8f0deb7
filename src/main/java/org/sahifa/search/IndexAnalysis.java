package org.sahifa.search;

import org.apache.lucene.analysis.Analyzer;

import java.util.List;

/**
 * The three analyses every text field is indexed with, used for both indexing and queries: {@link #exact()}
 * (normalised words), {@link #stemmed()} (light stemming, names protected) and {@link #names()} (name keys, so
 * spelling variants of a transliterated name meet, including two-word keys for split compounds).
 * {@link #version()} changes whenever any of them would produce different terms; an index built with another
 * version is rebuilt.
 */
public interface IndexAnalysis {

    /** Sahifa's analysis (the bundled given names protected from stemming), as the library's index has it. */
    static IndexAnalysis standard() {
        return SahifaAnalysis.INSTANCE;
    }

    Analyzer exact();

    Analyzer stemmed();

    Analyzer names();

    String version();

    /** The forms of a normalised word without its proclitics (وكاراباخ → كاراباخ), as the name field indexes them. */
    List<String> withoutProclitics(String normalizedWord);
}
