package org.sahifa.ingest;

import org.jsoup.nodes.Entities;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the harmless flaws of real feeds that browsers and mainstream feed readers recover, before the strict
 * parser sees the document — never by allowing what the hardening refuses (decision 0106):
 * <ul>
 * <li>whitespace (or a stray byte-order mark) before {@code <?xml} is removed;</li>
 * <li>a document type declaration <em>without</em> an internal subset ({@code <!DOCTYPE rss PUBLIC "…" "…">},
 * RSS 0.91's Netscape DTD) is removed unread: nothing is fetched, nothing declared. One with an internal subset
 * ({@code [ … ]}, where entities are declared) is still refused, as is any {@code <!ENTITY};</li>
 * <li>HTML's named references that XML does not know ({@code &nbsp;}, {@code &eacute;} …) become numeric
 * references; unknown names and bare {@code &} become text ({@code &amp;});</li>
 * <li>references to characters XML forbids ({@code &#x1F;}, {@code &#0;}) and raw control characters are removed;
 * lone surrogates become «�»;</li>
 * <li>Atom 0.3 content in {@code mode="base64"} is decoded here (an invalid one is kept as written).</li>
 * </ul>
 */
final class XmlRepair {

    private static final Pattern BASE64_CONTENT = Pattern.compile(
            "(<(?:[A-Za-z0-9_]+:)?(?:content|summary|title|tagline|info)\\b[^>]*?)\\bmode\\s*=\\s*[\"']base64[\"']([^>]*>)(.*?)(</)",
            Pattern.DOTALL);

    private XmlRepair() {
    }

    static String repair(String xml) throws ImportException {
        String s = stripLeading(xml);
        s = prolog(s);
        s = references(s);
        if (s.contains("base64")) {
            s = base64(s);
        }
        return s;
    }

    private static String stripLeading(String xml) {
        int i = 0;
        while (i < xml.length() && (Character.isWhitespace(xml.charAt(i)) || xml.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i == 0 ? xml : xml.substring(i);
    }

    /** Removes a harmless DOCTYPE; refuses one that declares anything. */
    private static String prolog(String xml) throws ImportException {
        int i = 0;
        int n = xml.length();
        while (i < n) {
            char c = xml.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (xml.startsWith("<?", i)) {
                int end = xml.indexOf("?>", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (xml.startsWith("<!--", i)) {
                int end = xml.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int end = doctypeEnd(xml, i + 9);
                if (end < 0) {
                    throw new ImportException(FeedDocumentParser.lineColumn(xml, i), "a document type declaration"
                            + " (DOCTYPE) with an internal subset; feeds may not declare entities");
                }
                return xml.substring(0, i) + xml.substring(end);
            } else if (xml.startsWith("<!ENTITY", i)) {
                throw new ImportException(FeedDocumentParser.lineColumn(xml, i), "an entity declaration; feeds may"
                        + " not declare entities");
            } else {
                return xml;
            }
        }
        return xml;
    }

    /** The index after a DOCTYPE's {@code >} when it has no internal subset; -1 when it has one (or never ends). */
    private static int doctypeEnd(String xml, int from) {
        char quote = 0;
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                return -1;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Fixes references and characters XML forbids; returns {@code xml} itself when there is nothing to fix. */
    private static String references(String xml) {
        StringBuilder sb = null;
        int copied = 0;
        int n = xml.length();
        for (int i = 0; i < n; i++) {
            char c = xml.charAt(i);
            String replacement;
            int next = i + 1;
            if (c == '&') {
                int semi = StoredText.referenceEnd(xml, i, true);
                if (semi < 0) {
                    replacement = "&amp;";
                } else {
                    replacement = reference(xml.substring(i + 1, semi));
                    next = semi + 1;
                    if (replacement == null) {
                        continue; // a valid reference: keep it
                    }
                }
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                replacement = "";
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(xml.charAt(i + 1))) {
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                replacement = "\uFFFD";
            } else {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n + 16);
            }
            sb.append(xml, copied, i).append(replacement);
            copied = next;
            i = next - 1;
        }
        return sb == null ? xml : sb.append(xml, copied, n).toString();
    }

    /** What to write for {@code &ref;}, or {@code null} to keep it. */
    private static String reference(String ref) {
        if (ref.charAt(0) == '#') {
            boolean hex = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X');
            String digits = ref.substring(hex ? 2 : 1);
            int cp;
            try {
                cp = digits.isEmpty() || digits.length() > 8 ? -1 : Integer.parseInt(digits, hex ? 16 : 10);
            } catch (NumberFormatException e) {
                return "&amp;" + ref + ";";
            }
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            return allowed ? null : "";
        }
        switch (ref) {
            case "amp", "lt", "gt", "quot", "apos" -> {
                return null;
            }
            default -> {
                if (Entities.isNamedEntity(ref)) {
                    StringBuilder out = new StringBuilder();
                    Entities.getByName(ref).codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                    return out.toString();
                }
                return "&amp;" + ref + ";";
            }
        }
    }

    /** Decodes Atom 0.3 base64 content into escaped text. */
    private static String base64(String xml) {
        Matcher m = BASE64_CONTENT.matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String decoded;
            try {
                decoded = new String(Base64.getMimeDecoder().decode(m.group(3).strip()),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = m.group(3); // not base64 after all: keep it as text
            }
            String escaped = decoded.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "mode=\"escaped\"" + m.group(2)
                    + references(escaped) + m.group(4)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
