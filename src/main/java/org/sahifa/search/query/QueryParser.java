package org.sahifa.search.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the search query language. It never throws: anything it cannot read as an operator or a filter is
 * read as words. The grammar, over the tokens of {@link QueryLexer}:
 * <pre>
 * query    := clause*                       -- clauses are joined by AND
 * clause   := unary ( OR unary )*           -- OR binds tighter than the implicit AND
 * unary    := "-"* primary                  -- each "-" negates; two cancel
 * primary  := "(" query ")" | PHRASE | FIELD | WORD
 * </pre>
 * Degradation: a dangling {@code OR} or {@code )} is ignored, an unclosed {@code (} closes at the end, an
 * empty group is dropped, groups deeper than {@link #MAX_DEPTH} are flattened, a filter with a value it
 * cannot read ({@code from:yesterday}, {@code is:happy}) becomes a word.
 * Filters: {@code place:}/{@code مكان:}, {@code person:}/{@code شخص:}, {@code source:}/{@code مصدر:},
 * {@code from:}/{@code من:} and {@code to:}/{@code إلى:} with {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD} (any digits, {@code -}, {@code /} or {@code .}), {@code is:bookmarked}, {@code is:unread},
 * {@code is:read}.
 */
public final class QueryParser {

    static final int MAX_DEPTH = 16;

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");

    private final List<QueryToken> tokens;
    private int pos;
    private int depth;

    private QueryParser(List<QueryToken> tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code query} ({@code null} reads as empty). */
    public static ParsedQuery parse(String query) {
        String text = query == null ? "" : query;
        QueryParser parser = new QueryParser(QueryLexer.tokens(text));
        List<QueryNode> clauses = parser.sequence(false);
        return new ParsedQuery(text, all(clauses));
    }

    private List<QueryNode> sequence(boolean inGroup) {
        List<QueryNode> clauses = new ArrayList<>();
        while (pos < tokens.size()) {
            QueryToken.Type type = peek();
            if (type == QueryToken.Type.CLOSE) {
                if (inGroup) {
                    return clauses;
                }
                pos++; // a dangling ")"
            } else if (type == QueryToken.Type.OR) {
                pos++; // a dangling OR
            } else {
                QueryNode clause = clause();
                if (clause != null) {
                    clauses.add(clause);
                }
            }
        }
        return clauses;
    }

    private QueryNode clause() {
        QueryNode first = unary();
        List<QueryNode> alternatives = new ArrayList<>();
        if (first != null) {
            alternatives.add(first);
        }
        while (pos < tokens.size() && peek() == QueryToken.Type.OR && !alternatives.isEmpty()) {
            pos++;
            QueryNode next = unary();
            if (next != null) {
                alternatives.add(next);
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Any(alternatives);
    }

    private QueryNode unary() {
        int negations = 0;
        while (pos < tokens.size() && peek() == QueryToken.Type.NOT) {
            negations++;
            pos++;
        }
        QueryNode primary = primary();
        if (primary == null) {
            return null;
        }
        if (negations % 2 == 0) {
            return primary;
        }
        return primary instanceof QueryNode.Not not ? not.child() : new QueryNode.Not(primary);
    }

    private QueryNode primary() {
        if (pos >= tokens.size()) {
            return null;
        }
        QueryToken token = tokens.get(pos);
        switch (token.type()) {
            case OPEN -> {
                pos++;
                if (depth >= MAX_DEPTH) {
                    return null; // too deep: the parenthesis is ignored, its content read as the outer level
                }
                depth++;
                List<QueryNode> inner = sequence(true);
                depth--;
                if (pos < tokens.size() && peek() == QueryToken.Type.CLOSE) {
                    pos++;
                }
                return inner.isEmpty() ? null : all(inner);
            }
            case PHRASE -> {
                pos++;
                return new QueryNode.Phrase(token.text());
            }
            case WORD -> {
                pos++;
                return new QueryNode.Word(token.text());
            }
            case FIELD -> {
                pos++;
                return filter(token);
            }
            default -> {
                return null; // OR, ")" or "-": the caller decides
            }
        }
    }

    private static QueryNode filter(QueryToken token) {
        String value = token.text();
        return switch (token.field()) {
            case "place" -> new QueryNode.Entity(QueryNode.EntityKind.PLACE, value);
            case "person" -> new QueryNode.Entity(QueryNode.EntityKind.PERSON, value);
            case "source" -> new QueryNode.Source(value);
            case "from" -> {
                LocalDate from = firstDay(value);
                yield from == null ? new QueryNode.Word(token.raw()) : new QueryNode.Published(from, null);
            }
            case "to" -> {
                LocalDate to = lastDay(value);
                yield to == null ? new QueryNode.Word(token.raw()) : new QueryNode.Published(null, to);
            }
            case "is" -> {
                QueryNode.ArticleState state = state(value);
                yield state == null ? new QueryNode.Word(token.raw()) : new QueryNode.State(state);
            }
            default -> new QueryNode.Word(token.raw());
        };
    }

    private static QueryNode.ArticleState state(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "bookmarked", "bookmark", "saved", "محفوظ", "محفوظة" -> QueryNode.ArticleState.BOOKMARKED;
            case "unread", "new", "غير_مقروء", "جديد" -> QueryNode.ArticleState.UNREAD;
            case "read", "مقروء" -> QueryNode.ArticleState.READ;
            default -> null;
        };
    }

    /** The first day a date like 2015, 2015-03 or 2015-03-07 covers, or null when it is not such a date. */
    static LocalDate firstDay(String value) {
        Matcher m = DATE.matcher(asciiDigits(value));
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return LocalDate.of(year, 1, 1);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? LocalDate.of(year, month, 1)
                    : LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The last day a date like 2015, 2015-03 or 2015-03-07 covers, or null when it is not such a date. */
    static LocalDate lastDay(String value) {
        Matcher m = DATE.matcher(asciiDigits(value));
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return LocalDate.of(year, 12, 31);
            }
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? YearMonth.of(year, month).atEndOfMonth()
                    : LocalDate.of(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits to ASCII. */
    private static String asciiDigits(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static QueryNode all(List<QueryNode> clauses) {
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.All(clauses);
    }

    private QueryToken.Type peek() {
        return tokens.get(pos).type();
    }
}
