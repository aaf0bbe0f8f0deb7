package org.sahifa.ingest.feed.http;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes.
 *
 * @param text    the text, without a byte order mark
 * @param charset the charset actually used
 * @param note    why a charset other than the declared one was used, or {@code null} when the declaration held
 */
public record DecodedText(String text, Charset charset, String note) {
}
