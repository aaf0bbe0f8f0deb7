package org.sahifa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 14, item 4, on real newspaper text: SaudiNewsNet articles (read from ../shared, never shipped) written as
 * the one-article newspaper files of the reported corpus — windows-1256, the headline, the byline (the article's
 * own author/dateline field) and/or a date line, paragraphs, lines of only no-break spaces, a trailing NUL — must
 * come back as exactly one article with the right title. Held out: only articles whose position in the dump is
 * 3 modulo 10 are used (the rules were written without looking at them). Skipped when ../shared is absent.
 */
class NewspaperCorpusTest {

    private static final Path CORPUS = Path.of("../shared/data/bench/saudinewsnet.jsonl.gz");
    private static final String[] DAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

    /** The held-out part (3); the rules were developed on part 7 ({@code -Dnewspaper.part=7}). */
    private static final int PART = Integer.getInteger("newspaper.part", 3);

    @TempDir
    Path dir;

    @Test
    void saudiNewsNetArticlesAsNewspaperFilesComeBackAsOneArticleWithTheirTitle() throws Exception {
        assumeTrue(Files.exists(CORPUS), "SaudiNewsNet is not available at " + CORPUS);
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(14);
        CharsetEncoder cp1256 = NewspaperTextTest.CP1256.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE);
        FileImporter importer = new FileImporter();
        int files = 0;
        int exactlyOne = 0;
        int rightTitle = 0;
        int articles = 0;
        List<String> misses = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8))) {
            String line;
            int index = -1;
            while ((line = in.readLine()) != null && files < 3000) {
                index++;
                if (index % 10 != PART) {
                    continue;
                }
                JsonNode a = mapper.readTree(line);
                String title = a.path("title").asText().strip();
                String content = a.path("content").asText();
                if (title.isEmpty() || content.isBlank()) {
                    continue;
                }
                String text = newspaperFile(title, a.path("author").asText(""), a.path("date_extracted").asText(""),
                        content, random);
                ByteBuffer bytes = cp1256.encode(CharBuffer.wrap(text));
                byte[] raw = new byte[bytes.remaining()];
                bytes.get(raw);
                Path f = dir.resolve("a" + index + ".txt");
                Files.write(f, raw);
                Collect c = new Collect();
                try {
                    importer.importFile(f, null, c);
                } catch (ImportException e) {
                    c.problems.add(e.position() + ": " + e.getMessage());
                }
                Files.delete(f);
                files++;
                articles += c.items.size();
                String expected = StoredText.title(new String(cp1256.encode(CharBuffer.wrap(title)).array(), 0,
                        cp1256.encode(CharBuffer.wrap(title)).limit(), NewspaperTextTest.CP1256));
                if (c.items.size() == 1) {
                    exactlyOne++;
                    if (c.titles().get(0).equals(expected)) {
                        rightTitle++;
                    } else if (misses.size() < 10) {
                        misses.add(expected + "  →  " + c.titles().get(0));
                    }
                } else if (misses.size() < 10) {
                    misses.add(expected + "  →  " + c.items.size() + " articles " + c.titles() + " " + c.problems);
                }
                assertThat(c.items).allSatisfy(i -> assertThat(i.draft().bodyText() + i.draft().title())
                        .doesNotContain("\u0000").doesNotMatch("(?s).*\\n\\s*\\u00A0+\\s*\\n.*"));
            }
        }
        System.out.printf("Newspaper files from SaudiNewsNet (held out): %d files, %d articles, %d exactly one"
                + " (%.1f%%), %d with the right title (%.1f%%)%n", files, articles, exactlyOne,
                100.0 * exactlyOne / files, rightTitle, 100.0 * rightTitle / files);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(files).isGreaterThan(2000);
        assertThat(exactlyOne).isGreaterThanOrEqualTo((int) (files * 0.97));
        assertThat(rightTitle).isGreaterThanOrEqualTo((int) (files * 0.97));
    }

    /** One article written as a newspaper text file, with the corpus's habits chosen at random. */
    static String newspaperFile(String title, String author, String date, String content, Random random) {
        String nbsp = "\u00A0".repeat(1 + random.nextInt(3));
        String eol = random.nextBoolean() ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sb.append(nbsp).append(eol);
        }
        sb.append(title).append(eol);
        boolean blankLines = random.nextBoolean();
        if (blankLines) {
            sb.append(nbsp).append(eol);
        }
        if (!author.isBlank() && random.nextInt(4) != 0) {
            sb.append(author.strip()).append(eol);
        }
        if (!date.isBlank() && random.nextBoolean()) {
            LocalDateTime t = LocalDateTime.parse(date, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            sb.append(DAYS[t.getDayOfWeek().getValue() - 1]).append(' ').append(t.getDayOfMonth()).append(' ')
                    .append(MONTHS[t.getMonthValue() - 1]).append(' ').append(t.getYear()).append(eol);
        }
        for (String p : content.split("\n")) {
            if (p.isBlank()) {
                continue;
            }
            sb.append(p.strip()).append(eol);
            if (blankLines) {
                sb.append(random.nextBoolean() ? nbsp : "").append(eol);
            }
        }
        sb.append('\u0000');
        return sb.toString();
    }
}
