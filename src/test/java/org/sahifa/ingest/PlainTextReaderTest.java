package org.sahifa.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PlainTextReaderTest {

    static final Path SEED = Path.of("../shared/seeds/karabakh-report.txt");
    static final String FIRST = "أذربيجان تُعلن تعاونها روسيا لنزع سلاح قوات قره باغ";
    static final String SECOND = "الكرملين: رئيس أذربيجان اعتذر من بوتين عن مقتل جنود روس في كاراباخ";

    @Test
    void theSeedIsExactlyTwoArticlesWithTheirParagraphs() throws Exception {
        assumeTrue(Files.exists(SEED), "../shared is absent");
        Collect c = new Collect();
        new PlainTextReader().read(Files.readString(SEED, StandardCharsets.UTF_8), c);
        assertThat(c.problems).isEmpty();
        assertThat(c.titles()).containsExactly(FIRST, SECOND);
        assertThat(c.items.get(0).draft().bodyText().split("\n\n")).hasSize(2);
        assertThat(c.items.get(0).draft().bodyText()).startsWith("قالت السلطات في أذربيجان");
        assertThat(c.items.get(1).draft().bodyText().split("\n\n")).hasSize(10);
        assertThat(c.items.get(1).draft().bodyText()).endsWith("حول قره باغ أ كاراباخ.");
        assertThat(c.items.get(0).draft().language()).isEqualTo("ar");
    }

    @Test
    void theBundledSampleCopyMatchesTheSeed() throws Exception {
        assumeTrue(Files.exists(SEED), "../shared is absent");
        assertThat(Files.readString(Path.of("samples/karabakh-report.txt"))).isEqualTo(Files.readString(SEED));
    }

    @Test
    void headlineRule() {
        assertThat(PlainTextReader.isHeadline("عنوان قصير بلا نقطة")).isTrue();
        assertThat(PlainTextReader.isHeadline("جملة تنتهي بنقطة.")).isFalse();
        assertThat(PlainTextReader.isHeadline("قال «شيئاً».")).isFalse();
        assertThat(PlainTextReader.isHeadline("سؤال؟")).isFalse();
        assertThat(PlainTextReader.isHeadline("كلمة ".repeat(40).strip())).isFalse();
    }

    @Test
    void blankLinesAndCrLfDoNotMatterAndAShortUnpunctuatedLastLineStaysAParagraph() throws Exception {
        Collect c = new Collect();
        new PlainTextReader().read("Title one\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n\r\n"
                + "The second story has a longer headline\r\nBody two.\r\nMore of it.\r\nReporting by someone\r\n", c);
        assertThat(c.titles()).containsExactly("Title one", "The second story has a longer headline");
        assertThat(c.items.get(1).draft().bodyText()).isEqualTo("Body two.\n\nMore of it.\n\nReporting by someone");
    }

    @Test
    void twoBlankLinesMarkArticleEndsSoAShortSubheadingStaysInItsArticle() throws Exception {
        Collect c = new Collect();
        new PlainTextReader().read("هدنة في غزة\nبدأ سريان الهدنة صباح اليوم.\n\nردود فعل دولية\n"
                + "رحبت عواصم عدة بالاتفاق.\n\n\nانتخابات في تونس\nفتحت مراكز الاقتراع أبوابها.\n", c);
        assertThat(c.problems).isEmpty();
        assertThat(c.titles()).containsExactly("هدنة في غزة", "انتخابات في تونس");
        assertThat(c.items.get(0).draft().bodyText())
                .isEqualTo("بدأ سريان الهدنة صباح اليوم.\n\nردود فعل دولية\n\nرحبت عواصم عدة بالاتفاق.");
    }

    @Test
    void aSeparatorLineMarksArticleEnds() throws Exception {
        Collect c = new Collect();
        new PlainTextReader().read("Title one\nPara one.\nA subheading\nPara two.\n- - -\nTitle two\nBody two.\n", c);
        assertThat(c.titles()).containsExactly("Title one", "Title two");
        assertThat(c.items.get(0).draft().bodyText()).isEqualTo("Para one.\n\nA subheading\n\nPara two.");
        assertThat(PlainTextReader.isSeparator("***")).isTrue();
        assertThat(PlainTextReader.isSeparator("--")).isFalse();
        assertThat(PlainTextReader.isSeparator("-*-")).isFalse();
    }

    @Test
    void withoutMarksAFileIsOneArticleUnlessItClearlyHoldsSeveral() throws Exception {
        // decision 0013: short subheadings, and headings with fewer than two paragraphs on either side, stay inside
        Collect c = new Collect();
        new PlainTextReader().read("Title one\nPara one.\nA subheading\nPara two.\nPara three.\n"
                + "Another heading of five words\nPara four.\n", c);
        assertThat(c.titles()).containsExactly("Title one");
        assertThat(c.items.get(0).draft().bodyText().split("\n\n")).hasSize(6);
    }

    @Test
    void aHeadlineWithoutParagraphsIsReportedAndEmptyTextIsAnError() throws Exception {
        Collect c = new Collect();
        new PlainTextReader().read("Only a title\n", c);
        assertThat(c.items).isEmpty();
        assertThat(c.problems).singleElement().asString().startsWith("line 1: headline without paragraphs");
        assertThatThrownBy(() -> new PlainTextReader().read(" \n\n", new Collect()))
                .isInstanceOf(ImportException.class).hasMessageContaining("empty");
    }
}
