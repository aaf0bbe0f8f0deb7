package org.sahifa.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for article addresses that Sahifa stores or opens: only absolute {@code http} and {@code https}
 * addresses with a host. {@code javascript:}, {@code data:}, {@code file:}, {@code mailto:} and anything else are
 * not article addresses: importers drop them (the article is kept without an address) and the window never hands
 * them to the browser.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /** Whether {@code address} is an absolute http(s) address with a host. */
    public static boolean isWeb(String address) {
        return webOrNull(address) != null;
    }

    /**
     * {@code address} stripped, when it is an absolute http(s) address with a host (after resolving it against
     * {@code base} when it is relative); otherwise {@code null}.
     */
    public static String webOrNull(String address, String base) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        if (a.isEmpty()) {
            return null;
        }
        if (base != null && !hasScheme(a)) {
            try {
                a = new URI(base.strip()).resolve(new URI(a)).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
        return webOrNull(a);
    }

    /** {@code address} stripped when it is an absolute http(s) address with a host, else {@code null}. */
    public static String webOrNull(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                return null; // controls or spaces inside an address: not something to open
            }
        }
        String lower = a.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        // The scheme and a non-empty authority (up to the first '/', '?' or '#') decide. Parsing with java.net.URI
        // says the same (an authority it parses has a host or is registry-based; an empty one has neither), and
        // real feeds carry addresses with unescaped non-ASCII or '|' characters that it refuses anyway.
        int hostStart = lower.indexOf("//") + 2;
        int hostEnd = hostStart;
        while (hostEnd < a.length() && "/?#".indexOf(a.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        return hostEnd > hostStart ? a : null;
    }

    private static boolean hasScheme(String a) {
        int colon = a.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = a.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return Character.isLetter(a.charAt(0));
    }
}
