package org.sahifa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 4: one-article newspaper files as a real corpus has them — windows-1256, headline, byline or date
 * line, paragraphs, lines of only no-break spaces, a trailing NUL — come back as one article with its headline.
 */
class NewspaperTextTest {

    static final Charset CP1256 = Charset.forName("windows-1256");

    @TempDir
    Path dir;

    private Collect read(String text) throws Exception {
        Path f = dir.resolve("article.txt");
        Files.write(f, text.getBytes(CP1256));
        Collect c = new Collect();
        new FileImporter().importFile(f, null, c);
        return c;
    }

    @Test
    void aNewspaperFileIsOneArticleWithItsHeadline() throws Exception {
        String nbsp = "\u00A0\u00A0\u00A0";
        Collect c = read(nbsp + "\r\n"
                + "وزير المالية يعلن موازنة العام المقبل\r\n" + nbsp + "\r\n"
                + "الرياض - واس\r\n" + nbsp + "\r\n"
                + "الثلاثاء 21 يوليو 2015\r\n"
                + "أعلن وزير المالية اليوم موازنة العام المقبل، مؤكدا أن الإنفاق على التعليم سيرتفع.\r\n" + nbsp + "\r\n"
                + "ارتفاع الإنفاق\r\n"
                + "وقال الوزير إن العجز سيبقى في حدود آمنة.\r\n" + nbsp + "\r\n"
                + "وأضاف أن الحكومة ستعرض الموازنة على مجلس الشورى الأسبوع المقبل قبل إقرارها\r\n"
                + "وتشمل الموازنة مشاريع جديدة في قطاعات الصحة والنقل والإسكان\r\n"
                + "من جهة أخرى أكد مسؤولون أن الإيرادات غير النفطية ارتفعت\r\n"
                + "\u0000");
        assertThat(c.problems).isEmpty();
        assertThat(c.titles()).containsExactly("وزير المالية يعلن موازنة العام المقبل");
        String body = c.items.get(0).draft().bodyText();
        assertThat(body).startsWith("الرياض - واس\n\nالثلاثاء 21 يوليو 2015\n\nأعلن وزير المالية")
                .contains("ارتفاع الإنفاق").doesNotContain("\u0000").doesNotContain("\u00A0\u00A0");
    }

    @Test
    void bylinesAndDateLinesAreNeverHeadlines() {
        for (String meta : new String[]{"الرياض - واس", "ساو باولو ــ رويترز:", "بقلم: محمد علي",
                "الجزيرة - عبدالله الفهيد:", "الأحد 12 مارس 2015", "2015/07/21", "آخر تحديث: 10:30", "By Jane Doe",
                "واس - الباحة", "«الاقتصادية» من الرياض"}) {
            assertThat(BylineRule.isByline(meta)).as(meta).isTrue();
        }
        for (String headline : new String[]{"وزير المالية يعلن موازنة العام المقبل",
                "الكرملين: رئيس أذربيجان اعتذر من بوتين عن مقتل جنود روس في كاراباخ",
                "أذربيجان تُعلن تعاونها روسيا لنزع سلاح قوات قره باغ", "70857 طناً من التمور تحرّك سوق مهرجان بريدة",
                "يونيو يسجل أعلى درجات حرارة عالميا منذ 1980", "من التاريخ: الماجنا كارتا"}) {
            assertThat(BylineRule.isByline(headline)).as(headline).isFalse();
        }
    }

    @Test
    void aFileThatStartsWithAParagraphGetsATitleOfSaneLength() throws Exception {
        String para = "هذه فقرة طويلة جدا ".repeat(30) + "تنتهي بنقطة.";
        Collect c = read(para + "\nفقرة ثانية.\n");
        assertThat(c.titles()).singleElement().satisfies(t -> {
            assertThat(t.length()).isLessThanOrEqualTo(StoredText.TITLE_FROM_TEXT + 1);
            assertThat(t).startsWith("هذه فقرة طويلة");
        });
        assertThat(c.items.get(0).draft().bodyText()).startsWith(para);
    }

    @Test
    void titlesAreNeverOnlyWhitespace() throws Exception {
        Collect c = read("\u00A0\n\u200C\u00A0\u200F\nالعنوان الحقيقي للخبر\nنص الخبر الأول.\nنص الخبر الثاني.\n");
        assertThat(c.titles()).containsExactly("العنوان الحقيقي للخبر");
    }
}
