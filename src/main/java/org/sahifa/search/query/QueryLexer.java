package org.sahifa.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a query into {@link QueryToken}s. Rules:
 * <ul>
 *   <li>whitespace (any Unicode space) separates tokens;</li>
 *   <li>{@code "..."}, {@code “...”} and {@code «...»} enclose a phrase; an unclosed quote is dropped and the
 *       rest is read as words;</li>
 *   <li>{@code (} and {@code )} group; {@code |}, {@code OR} and {@code أو} mean or; {@code AND} is dropped
 *       (words are joined by and anyway);</li>
 *   <li>{@code -} at the start of a token excludes what follows; {@code +} at the start is dropped;</li>
 *   <li>{@code name:value} with a known field name (see {@link #FIELDS}) is a filter; the value may be quoted
 *       ({@code source:"Al Riyadh"}); anything else with a colon is a word.</li>
 * </ul>
 * At most {@link #MAX_TOKENS} tokens are read; the rest of an absurdly long query is ignored.
 */
final class QueryLexer {

    static final int MAX_TOKENS = 64;

    /** Field names as typed (lower case) to their canonical names; Arabic aliases for Arabic keyboards. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("place", "place"), Map.entry("مكان", "place"),
            Map.entry("person", "person"), Map.entry("شخص", "person"),
            Map.entry("source", "source"), Map.entry("مصدر", "source"),
            Map.entry("from", "from"), Map.entry("من", "from"),
            Map.entry("to", "to"), Map.entry("إلى", "to"), Map.entry("الى", "to"),
            Map.entry("is", "is"));

    private static final char QUOTE = '"';
    private static final char LEFT_DOUBLE_QUOTE = '\u201C';
    private static final char RIGHT_DOUBLE_QUOTE = '\u201D';
    private static final char LEFT_GUILLEMET = '\u00AB';
    private static final char RIGHT_GUILLEMET = '\u00BB';
    private static final char LOW_DOUBLE_QUOTE = '\u201E';

    private final String s;
    private int i;
    private final List<QueryToken> tokens = new ArrayList<>();

    private QueryLexer(String s) {
        this.s = s;
    }

    static List<QueryToken> tokens(String query) {
        QueryLexer lexer = new QueryLexer(query == null ? "" : query);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (i < s.length() && tokens.size() < MAX_TOKENS) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isOpeningQuote(c)) {
                quoted(c);
            } else if (c == '(') {
                add(QueryToken.of(QueryToken.Type.OPEN, "("));
                i++;
            } else if (c == ')') {
                add(QueryToken.of(QueryToken.Type.CLOSE, ")"));
                i++;
            } else if (c == '|') {
                add(QueryToken.of(QueryToken.Type.OR, "|"));
                i++;
            } else if ((c == '-' || c == '+') && i + 1 < s.length() && !isSpace(s.charAt(i + 1))) {
                if (c == '-') {
                    add(QueryToken.of(QueryToken.Type.NOT, "-"));
                }
                i++;
            } else {
                word();
            }
        }
    }

    private void quoted(char open) {
        int close = closingQuote(open, i + 1);
        if (close < 0) {
            i++; // an unclosed quote is dropped; what follows is read as words
            return;
        }
        String content = s.substring(i + 1, close);
        int start = i;
        i = close + 1;
        if (!content.isBlank()) {
            add(new QueryToken(QueryToken.Type.PHRASE, content.strip(), null, s.substring(start, i)));
        }
    }

    private void word() {
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSpace(c) || c == '(' || c == ')' || c == '|' || isOpeningQuote(c) || isClosingQuote(c)) {
                break;
            }
            if (c == ':') {
                String name = s.substring(start, i).toLowerCase(Locale.ROOT);
                String field = FIELDS.get(name);
                if (field != null && i + 1 < s.length() && isOpeningQuote(s.charAt(i + 1))) {
                    int close = closingQuote(s.charAt(i + 1), i + 2);
                    if (close > 0) {
                        String value = s.substring(i + 2, close).strip();
                        String raw = s.substring(start, close + 1);
                        i = close + 1;
                        if (!value.isEmpty()) {
                            add(new QueryToken(QueryToken.Type.FIELD, value, field, raw));
                        }
                        return;
                    }
                }
            }
            i++;
        }
        if (i < s.length() && isClosingQuote(s.charAt(i)) && i == start) {
            i++; // a stray closing quote
            return;
        }
        String raw = s.substring(start, i);
        if (raw.isEmpty()) {
            i++;
            return;
        }
        if (raw.equals("OR") || raw.equals("أو")) {
            add(QueryToken.of(QueryToken.Type.OR, raw));
            return;
        }
        if (raw.equals("AND")) {
            return;
        }
        int colon = raw.indexOf(':');
        if (colon > 0 && colon < raw.length() - 1) {
            String field = FIELDS.get(raw.substring(0, colon).toLowerCase(Locale.ROOT));
            if (field != null) {
                add(new QueryToken(QueryToken.Type.FIELD, raw.substring(colon + 1), field, raw));
                return;
            }
        }
        add(QueryToken.of(QueryToken.Type.WORD, raw));
    }

    private int closingQuote(char open, int from) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            boolean closes = open == LEFT_GUILLEMET
                    ? c == RIGHT_GUILLEMET
                    : c == QUOTE || c == RIGHT_DOUBLE_QUOTE || (open == LOW_DOUBLE_QUOTE && c == LEFT_DOUBLE_QUOTE);
            if (closes) {
                return j;
            }
        }
        return -1;
    }

    private void add(QueryToken token) {
        tokens.add(token);
    }

    private static boolean isOpeningQuote(char c) {
        return c == QUOTE || c == LEFT_DOUBLE_QUOTE || c == LEFT_GUILLEMET || c == LOW_DOUBLE_QUOTE;
    }

    private static boolean isClosingQuote(char c) {
        return c == RIGHT_DOUBLE_QUOTE || c == RIGHT_GUILLEMET;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
