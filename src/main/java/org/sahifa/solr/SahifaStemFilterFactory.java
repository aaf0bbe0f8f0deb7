package org.sahifa.solr;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.sahifa.text.analysis.LightStemFilter;

/**
 * Factory for {@link LightStemFilter} with the stemmer of the desktop index: the bundled Arabic given names are
 * protected from stemming ({@link PluginAnalysis#stemmer()}). SPI name {@value #NAME}; takes no arguments.
 *
 * <pre>{@code <filter name="sahifaStem"/>}</pre>
 */
public final class SahifaStemFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "sahifaStem";

    /** Creates the factory; {@code args} must be empty. */
    public SahifaStemFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters for the sahifaStem filter: " + args);
        }
    }

    /** Default constructor for the SPI (not usable). */
    public SahifaStemFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new LightStemFilter(input, PluginAnalysis.stemmer());
    }
}
