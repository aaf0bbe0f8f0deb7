package org.sahifa.ingest;

import org.sahifa.store.ArticleDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain-text article files: a newspaper file with one article (headline, byline or date line, paragraphs),
 * or a file of several articles such as the reference seed. The rule (docs/formats.md, decision 0013):
 * <ol>
 * <li>A line holding nothing visible — spaces of any kind (no-break spaces included), zero-width characters,
 * control characters such as NUL — is blank. Control characters never reach the stored text.</li>
 * <li>Byline and date lines ({@link BylineRule}: «بقلم …», «الرياض - واس», «لندن: رنيم حنوش», «الأحد 12 مارس
 * 2015», «By …») are never headlines; they stay in the article as paragraphs.</li>
 * <li>The headline is the first line that is headline-like (at most {@value #MAX_HEADLINE_CHARS} characters and
 * {@value #MAX_HEADLINE_WORDS} words, not ending in sentence punctuation) and not a byline or date line, among the
 * file's first lines before any paragraph; a file that starts with a paragraph gets a title from its first words.</li>
 * <li>A file is one article unless it clearly holds several. Without marks, a later line starts a new article only
 * when it is headline-like, not a byline or date line, at least {@value #MIN_SPLIT_HEADLINE_WORDS} words long, the
 * article before it has at least {@value #MIN_PARAGRAPHS_AROUND} paragraphs, and at least
 * {@value #MIN_PARAGRAPHS_AROUND} paragraphs follow it (after at most one byline or date line) before the next
 * such line — so short subheadings, captions and sign-offs stay in their article.</li>
 * <li>A file that marks where its articles end — two or more blank lines in a row, or a separator line of three or
 * more {@code - * = _} — is split at its marks only: each block's headline is found as in rule 3.</li>
 * </ol>
 */
final class PlainTextReader {

    static final int MAX_HEADLINE_CHARS = 200;
    static final int MAX_HEADLINE_WORDS = 30;
    static final int MIN_SPLIT_HEADLINE_WORDS = 5;
    static final int MIN_PARAGRAPHS_AROUND = 2;
    /** How many byline/date lines may come before the headline of an article. */
    private static final int LEADING_META_LINES = 2;
    private static final String SENTENCE_END = ".!?؟…:;؛,،";
    private static final String CLOSERS = "\"'»”’)]}›";

    /** The gap before a line that follows a separator line. */
    private static final int SEPARATOR = Integer.MAX_VALUE;

    /** One non-blank line and where it was. */
    private record Line(String text, int number) {
    }

    void read(String text, ImportSink sink) throws ImportException {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        // Non-blank lines, each with the number of blank lines before it (a separator line counts as a mark).
        List<Line> lines = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int blanks = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = StoredText.line(raw[i]);
            if (line == null) {
                blanks++;
            } else if (isSeparator(line)) {
                blanks = SEPARATOR;
            } else {
                lines.add(new Line(line, i + 1));
                gaps.add(blanks);
                blanks = 0;
            }
        }
        if (lines.isEmpty()) {
            throw new ImportException("", "the file is empty");
        }
        List<Integer> marks = marks(lines, gaps);
        if (marks.isEmpty()) {
            for (List<Line> article : splitUnmarked(lines)) {
                emit(article, sink);
            }
            return;
        }
        int start = 0;
        for (int m : marks) {
            emit(lines.subList(start, m), sink);
            start = m;
        }
        emit(lines.subList(start, lines.size()), sink);
    }

    /**
     * Where the file marks article ends (rule 5): after a separator line; after two or more blank lines when the
     * text after them starts like an article (a headline-like line, then a paragraph) and such runs of blank lines
     * are not simply the file's spacing (more than a third of its gaps).
     */
    private static List<Integer> marks(List<Line> lines, List<Integer> gaps) {
        List<Integer> out = new ArrayList<>();
        int doubles = 0;
        for (int k = 1; k < lines.size(); k++) {
            if (gaps.get(k) >= 2 && gaps.get(k) != SEPARATOR) {
                doubles++;
            }
        }
        boolean spacing = doubles * 3 > lines.size();
        for (int k = 1; k < lines.size(); k++) {
            int gap = gaps.get(k);
            if (gap == SEPARATOR) {
                out.add(k);
            } else if (gap >= 2 && !spacing && startsLikeAnArticle(lines, k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean startsLikeAnArticle(List<Line> lines, int k) {
        int h = headlineIndex(lines, k);
        if (h < 0 || h + 1 >= lines.size()) {
            return false;
        }
        String headline = lines.get(h).text();
        return isHeadline(headline) && !isListItemOrAside(headline) && !isHeadline(lines.get(h + 1).text());
    }

    /** Splits an unmarked run of lines where it clearly holds several articles (rule 4). */
    private static List<List<Line>> splitUnmarked(List<Line> lines) {
        List<List<Line>> out = new ArrayList<>();
        int start = 0;
        int first = headlineIndex(lines, 0);
        int from = first < 0 ? 0 : first + 1;
        for (int i = from; i < lines.size(); i++) {
            if (startsArticle(lines, i, start, first)) {
                out.add(lines.subList(start, i));
                start = i;
                first = i;
            }
        }
        out.add(lines.subList(start, lines.size()));
        return out;
    }

    private static boolean startsArticle(List<Line> lines, int i, int start, int headline) {
        String s = lines.get(i).text();
        if (!isHeadline(s) || BylineRule.isByline(s) || s.split("\\s+").length < MIN_SPLIT_HEADLINE_WORDS
                || isListItemOrAside(s) || !endsSentence(lines.get(i - 1).text())) {
            return false;
        }
        if (paragraphs(lines, headline < start ? start : headline + 1, i) < MIN_PARAGRAPHS_AROUND) {
            return false;
        }
        int j = i + 1;
        if (j < lines.size() && BylineRule.isByline(lines.get(j).text())) {
            j++;
        }
        int after = 0;
        for (; j < lines.size() && after < MIN_PARAGRAPHS_AROUND; j++) {
            String t = lines.get(j).text();
            if (isHeadline(t) && !BylineRule.isByline(t)) {
                return false; // a heading right after: a list of headings, or a subheading
            }
            after++;
        }
        return after >= MIN_PARAGRAPHS_AROUND;
    }

    private static int paragraphs(List<Line> lines, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (!BylineRule.isByline(lines.get(k).text())) {
                n++;
            }
        }
        return n;
    }

    /**
     * The index of the article's headline: its first line that is not a byline or date line (after at most
     * {@value #LEADING_META_LINES} of those), when it is short enough for a headline; -1 when the article starts with
     * a paragraph.
     */
    private static int headlineIndex(List<Line> lines, int from) {
        for (int k = from; k < lines.size() && k <= from + LEADING_META_LINES; k++) {
            String s = lines.get(k).text();
            if (BylineRule.isByline(s)) {
                continue;
            }
            return isShort(s) ? k : -1;
        }
        return -1;
    }

    private static boolean isShort(String line) {
        return line.length() <= MAX_HEADLINE_CHARS && line.split("\\s+").length <= MAX_HEADLINE_WORDS;
    }

    /** A list item ({@code * …}, {@code - …}, {@code 1) …}) or a line wholly in brackets (a caption, an aside). */
    static boolean isListItemOrAside(String line) {
        char first = line.charAt(0);
        if ("*-•·▪◦–—+>".indexOf(first) >= 0) {
            return true;
        }
        if (line.matches("^[0-9٠-٩]{1,3}\\s*[.)\\-–:].*") || line.matches("^[0-9٠-٩]{1,3}\\s.*")) {
            return true;
        }
        return (first == '(' && line.endsWith(")")) || (first == '[' && line.endsWith("]"));
    }

    /** Whether a paragraph ends a sentence (looked at through closing quotes and brackets). */
    private static boolean endsSentence(String line) {
        int end = line.length() - 1;
        while (end >= 0 && CLOSERS.indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && SENTENCE_END.indexOf(line.charAt(end)) >= 0;
    }

    private static void emit(List<Line> lines, ImportSink sink) {
        int h = headlineIndex(lines, 0);
        List<String> paragraphs = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (k != h) {
                paragraphs.add(lines.get(k).text());
            }
        }
        String position = "line " + lines.get(h < 0 ? 0 : h).number();
        String title = h < 0 ? null : lines.get(h).text();
        if (paragraphs.isEmpty()) {
            sink.problem(position, "headline without paragraphs: " + abbreviate(title == null ? "" : title));
            return;
        }
        String body = Paragraphs.join(paragraphs);
        ArticleDraft d = StoredText.clean(new ArticleDraft(title, null, body, null, null, null, null,
                Languages.guess((title == null ? "" : title) + " " + body), null));
        sink.item(ImportedItem.of(d, position));
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

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
