package org.sahifa.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.sahifa.text.LightStemmer;
import org.sahifa.text.NameLexicon;

/**
 * The analyzers of the search index, one per way a text field is indexed, used for indexing and queries:
 * <ul>
 * <li>{@link #exact()}: normalised words ({@link SahifaTokenizer}), nothing else — «as written»;</li>
 * <li>{@link #stemmed()}: normalised words reduced by the {@link LightStemmer}, names protected;</li>
 * <li>{@link #names()}: name-key terms ({@link NameKeyFilter}, {@link NameKeyTerms}) for finding spelling
 *     variants with {@link NameVariants}.</li>
 * </ul>
 * Every token's offsets point into the original text. {@link #VERSION} changes whenever any analyzer would
 * produce other terms; an index records it and is rebuilt when it differs. Thread-safe; analyzers are
 * created once per instance.
 */
public final class ArabicSearchAnalyzers {

    /** Version of the terms these analyzers produce. */
    public static final String VERSION = "sahifa-text-4";

    private final LightStemmer stemmer;
    private final Analyzer exact;
    private final Analyzer stemmed;
    private final Analyzer names;

    /** Analyzers whose stemmer and name index protect the names {@code names} knows. */
    public ArabicSearchAnalyzers(NameLexicon names) {
        this.stemmer = new LightStemmer(names);
        this.exact = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new SahifaTokenizer());
            }
        };
        this.stemmed = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SahifaTokenizer();
                TokenStream stream = new LightStemFilter(source, stemmer);
                return new TokenStreamComponents(source, stream);
            }
        };
        this.names = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new SahifaTokenizer();
                TokenStream stream = new NameKeyFilter(source, stemmer);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Normalised words. */
    public Analyzer exact() {
        return exact;
    }

    /** Light-stemmed words, names protected. */
    public Analyzer stemmed() {
        return stemmed;
    }

    /** Name-key terms. */
    public Analyzer names() {
        return names;
    }

    /** The stemmer the analyzers use (for query-side checks such as «is this word a protected name»). */
    public LightStemmer stemmer() {
        return stemmer;
    }

    /** {@link #VERSION}. */
    public String version() {
        return VERSION;
    }
}
