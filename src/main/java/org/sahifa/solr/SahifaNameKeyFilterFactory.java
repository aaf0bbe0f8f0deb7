package org.sahifa.solr;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.sahifa.text.analysis.NameKeyFilter;

/**
 * Factory for {@link NameKeyFilter}: the {@code key|surface} terms of the name fields, one and two words, as the
 * desktop index writes them ({@link org.sahifa.text.analysis.NameKeyTerms}). SPI name {@value #NAME}; takes no
 * arguments.
 *
 * <pre>{@code <filter name="sahifaNameKey"/>}</pre>
 */
public final class SahifaNameKeyFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "sahifaNameKey";

    /** Creates the factory; {@code args} must be empty. */
    public SahifaNameKeyFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters for the sahifaNameKey filter: " + args);
        }
    }

    /** Default constructor for the SPI (not usable). */
    public SahifaNameKeyFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new NameKeyFilter(input, PluginAnalysis.stemmer());
    }
}
