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
 * <p>A file that marks where articles end — two or more blank lines in a row, or a separator line of three or more
 * {@code - * = _} — is read by its marks instead: each marked block is one article, its first line the headline and
 * every other line a paragraph, so short unpunctuated subheadings stay inside their article.
 */
final class PlainTextReader {

    static final int MAX_HEADLINE_CHARS = 200;
    static final int MAX_HEADLINE_WORDS = 30;
    private static final String SENTENCE_END = ".!?؟…:;؛,،";
    private static final String CLOSERS = "\"'»”’)]}›";

    void read(String text, ImportSink sink) throws ImportException {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean marked = marksArticleEnds(lines);
        String title = null;
        int titleLine = 0;
        boolean afterMark = false;
        int blanks = 0;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || isSeparator(line)) {
                blanks = line.isEmpty() ? blanks + 1 : 2;
                continue;
            }
            afterMark = marked && blanks >= 2;
            blanks = 0;
            if (title == null) {
                title = line;
                titleLine = i + 1;
            } else if (marked ? afterMark
                    : !paragraphs.isEmpty() && isHeadline(line) && paragraphFollows(lines, i + 1)) {
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
        ArticleDraft d = StoredText.clean(new ArticleDraft(title, null, body, null, null, null, null,
                Languages.guess(title + " " + body), null));
        sink.item(ImportedItem.of(d, position));
    }

    /** Whether the file marks its article ends: a separator line, or two blank lines in a row between texts. */
    static boolean marksArticleEnds(String[] lines) {
        int blanks = 0;
        boolean seenText = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (isSeparator(line)) {
                return true;
            }
            if (line.isEmpty()) {
                blanks++;
            } else {
                if (seenText && blanks >= 2) {
                    return true;
                }
                seenText = true;
                blanks = 0;
            }
        }
        return false;
    }

    /** A line of three or more of one of {@code - * = _} (spaces allowed between them). */
    static boolean isSeparator(String line) {
        String compact = line.replace(" ", "");
        return compact.length() >= 3 && "-*=_".indexOf(compact.charAt(0)) >= 0
                && compact.chars().allMatch(ch -> ch == compact.charAt(0));
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
