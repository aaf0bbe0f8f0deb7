package org.sahifa.search;

import org.apache.lucene.analysis.Analyzer;
import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.NameLexicon;
import org.sahifa.text.analysis.ArabicSearchAnalyzers;

import java.util.List;

/**
 * Sahifa's analysis for the index: the text engine's {@link ArabicSearchAnalyzers}, with the bundled lexicon of
 * Arabic given names protecting names from stemming. Its version combines the text engine's and the lexicon's,
 * so an index built before either changed is rebuilt.
 */
final class SahifaAnalysis implements IndexAnalysis {

    static final SahifaAnalysis INSTANCE = new SahifaAnalysis(ArabicGivenNames.lexicon(),
            "given-names-" + ArabicGivenNames.names().size());

    private final ArabicSearchAnalyzers analyzers;
    private final String version;

    SahifaAnalysis(NameLexicon names, String lexiconVersion) {
        this.analyzers = new ArabicSearchAnalyzers(names);
        this.version = ArabicSearchAnalyzers.VERSION + "+" + lexiconVersion;
    }

    @Override
    public Analyzer exact() {
        return analyzers.exact();
    }

    @Override
    public Analyzer stemmed() {
        return analyzers.stemmed();
    }

    @Override
    public Analyzer names() {
        return analyzers.names();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<String> withoutProclitics(String normalizedWord) {
        return List.of(analyzers.stemmer().withoutProclitics(normalizedWord));
    }
}
