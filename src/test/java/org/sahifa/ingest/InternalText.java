package org.sahifa.ingest;

import java.util.regex.Pattern;

/** Recognises messages that are a program's internals rather than words about the input (for tests and figures). */
public final class InternalText {

    private static final Pattern INTERNAL = Pattern.compile(
            "Exception|\\bnull\\b|out of bounds|Index \\d|\\bjava\\.|\\bcom\\.|\\borg\\.|\\(code \\d|`|Source:"
                    + "|StreamReadConstraints|getMax|SAX|JDOM|Rome|\\bat \\[|lineNumber|columnNumber|\\$|\\bcannot be cast"
                    + "|Invalid feed type|Unexpected character|Unrecognized token|\\bclass\\b");

    private InternalText() {
    }

    public static boolean isInternal(String message) {
        return message == null || message.isBlank() || INTERNAL.matcher(message).find();
    }
}
