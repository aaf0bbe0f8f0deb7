package org.sahifa.ingest;

import org.sahifa.store.ArticleDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain-text article files such as the reference seed: headline lines start new articles, the lines after
 * a headline are its paragraphs.
 * <p>The headline rule (docs/formats.md):
 * <ol>
 * <li>The first non-blank line of the file is a headline.</li>
 * <li>Later, a line is a headline when the current article already has a paragraph, the line is short (at most
 * {@value #MAX_HEADLINE_CHARS} characters and {@value #MAX_HEADLINE_WORDS} words), does not end in sentence
 * punctuation ({@code . ! ? ؟ … : ; ؛ , ،}, looked at through closing quotes and brackets), and at least one
 * paragraph line follows it.</li>
 * <li>Every other non-blank line is a paragraph of the current article; blank lines only separate.</li>
 * </ol>
 */
final class PlainTextReader {

    static final int MAX_HEADLINE_CHARS = 200;
    static final int MAX_HEADLINE_WORDS = 30;
    private static final String SENTENCE_END = ".!?؟…:;؛,،";
    private static final String CLOSERS = "\"'»”’)]}›";

    void read(String text, ImportSink sink) throws ImportException {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String title = null;
        int titleLine = 0;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = line;
                titleLine = i + 1;
            } else if (!paragraphs.isEmpty() && isHeadline(line) && paragraphFollows(lines, i + 1)) {
                emit(title, titleLine, paragraphs, sink);
                title = line;
                titleLine = i + 1;
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(line);
            }
        }
        if (title == null) {
            throw new ImportException("", "the file is empty");
        }
        emit(title, titleLine, paragraphs, sink);
    }

    private static void emit(String title, int line, List<String> paragraphs, ImportSink sink) {
        String position = "line " + line;
        if (paragraphs.isEmpty()) {
            sink.problem(position, "headline without paragraphs: " + abbreviate(title));
            return;
        }
        String body = Paragraphs.join(paragraphs);
        ArticleDraft d = new ArticleDraft(title, null, body, null, null, null, null,
                Languages.guess(title + " " + body), null);
        sink.item(ImportedItem.of(d, position));
    }

    static boolean isHeadline(String line) {
        if (line.length() > MAX_HEADLINE_CHARS || line.split("\\s+").length > MAX_HEADLINE_WORDS) {
            return false;
        }
        int end = line.length() - 1;
        while (end >= 0 && CLOSERS.indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && SENTENCE_END.indexOf(line.charAt(end)) < 0;
    }

    private static boolean paragraphFollows(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String s = lines[i].strip();
            if (!s.isEmpty()) {
                return !isHeadline(s);
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
