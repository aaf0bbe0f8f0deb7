package org.sahifa.ingest.feed.http;

import java.util.Locale;

/**
 * A parsed {@code Content-Type} header: the type/subtype in lower case and the {@code charset} parameter.
 *
 * @param type    e.g. {@code application/rss+xml}, or {@code null} when the header is absent or empty
 * @param charset the charset parameter without quotes, or {@code null}
 */
public record MediaType(String type, String charset) {

    public static MediaType parse(String header) {
        if (header == null || header.isBlank()) {
            return new MediaType(null, null);
        }
        String[] parts = header.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                charset = p.substring(eq + 1).trim();
                if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
                    charset = charset.substring(1, charset.length() - 1);
                }
                if (charset.isBlank()) {
                    charset = null;
                }
            }
        }
        return new MediaType(type.isEmpty() ? null : type, charset);
    }

    public boolean isImage() {
        return type != null && type.startsWith("image/");
    }
}
