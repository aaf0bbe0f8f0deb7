package org.sahifa.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says in words what is wrong with JSON input, from the parser's exception, without the parser's own wording. */
final class JsonMessages {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code (\\d+)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,40})");
    private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)");

    private JsonMessages() {
    }

    static String describe(JsonProcessingException e, int maxString, int maxDepth) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "nested deeper than " + maxDepth + " levels";
            }
            if (m.contains("String value length")) {
                return "a text value is longer than the limit of " + maxString + " characters";
            }
            if (m.contains("Number value length")) {
                return "a number is too long";
            }
            return "the item exceeds a size limit";
        }
        if (e instanceof JsonEOFException) {
            return "the text ends in the middle of a JSON value";
        }
        Matcher u = UNEXPECTED.matcher(m);
        if (u.find()) {
            int code = Integer.parseInt(u.group(2));
            String what = code < 0x20 || code == 0x7F ? String.format("control character U+%04X", code)
                    : "character '" + u.group(1) + "'";
            if (m.contains("double-quote to start field name")) {
                return "unexpected " + what + " where a field name in double quotes should be";
            }
            if (m.contains("comma to separate")) {
                return "unexpected " + what + " where a comma should be";
            }
            return "unexpected " + what;
        }
        Matcher t = TOKEN.matcher(m);
        if (t.find()) {
            return "unexpected text '" + t.group(1) + "' (not a JSON value; text must be in double quotes)";
        }
        Matcher c = CONTROL.matcher(m);
        if (c.find()) {
            return String.format("a control character (U+%04X) inside a text value; write it as \\u%04X",
                    Integer.parseInt(c.group(1)), Integer.parseInt(c.group(1)));
        }
        if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-8")) {
            return "invalid UTF-8 bytes";
        }
        if (m.contains("Unrecognized character escape")) {
            return "an invalid escape (\\) in a text value";
        }
        if (m.contains("surrogate")) {
            return "an invalid \\u escape (a broken surrogate pair)";
        }
        if (m.contains("Leading zeroes") || m.contains("Invalid numeric") || m.contains("Non-standard token")) {
            return "an invalid number";
        }
        if (m.contains("Unexpected end-of-input") || m.contains("end-of-input")) {
            return "the text ends in the middle of a JSON value";
        }
        if (m.contains("Unexpected close marker")) {
            return "a closing bracket that does not match its opening bracket";
        }
        return "not valid JSON";
    }
}
