package org.sahifa.solr;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.sahifa.text.analysis.SahifaTokenizer;

/**
 * Factory for {@link SahifaTokenizer}: ICU word boundaries, each word normalised, offsets into the original
 * text. SPI name {@value #NAME}; takes no arguments.
 *
 * <pre>{@code <tokenizer name="sahifa"/>}</pre>
 */
public final class SahifaTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "sahifa";

    /** Creates the factory; {@code args} must be empty. */
    public SahifaTokenizerFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters for the sahifa tokenizer: " + args);
        }
    }

    /** Default constructor for the SPI (not usable). */
    public SahifaTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public SahifaTokenizer create(AttributeFactory factory) {
        return new SahifaTokenizer();
    }
}
