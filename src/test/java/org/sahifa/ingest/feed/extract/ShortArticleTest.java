package org.sahifa.ingest.feed.extract;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 9: a short article keeps its full text; the body does not repeat the headline. */
class ShortArticleTest {

    private static final URI BASE = URI.create("https://news.example/2024/short.html");
    private static final String HEADLINE = "الحكومة تقر موازنة العام المقبل";
    private static final String SUMMARY = "أقرت الحكومة موازنة العام المقبل في جلستها الأسبوعية.";

    private static String page(String headlineMarkup) {
        return "<html lang=\"ar\" dir=\"rtl\"><head><title>" + HEADLINE + " | أخبار</title>"
                + "<meta property=\"og:title\" content=\"" + HEADLINE + "\"></head><body>"
                + "<nav><a href=\"/\">الرئيسية</a></nav><div class=\"article-body\">" + headlineMarkup
                + "<p>أقرت الحكومة موازنة العام المقبل في جلستها الأسبوعية، بعد نقاش استمر ساعات، وفق ما أعلن"
                + " المتحدث باسمها، مؤكدا أن الإنفاق على التعليم والصحة سيرتفع.</p>"
                + "<p>وقال وزير المالية إن العجز سيبقى في حدود آمنة، وإن الحكومة ستعرض الموازنة على البرلمان"
                + " الأسبوع المقبل، لإقرارها قبل نهاية العام.</p></div><footer>جميع الحقوق محفوظة</footer></body></html>";
    }

    @Test
    void aTwoParagraphArticleReplacesAOneLineSummary() {
        ExtractedArticle a = ArticleExtractor.extract(page(""), BASE, HEADLINE).orElseThrow();
        assertThat(a.paragraphs()).isEqualTo(2);
        assertThat(a.clearlyBetterThan(SUMMARY)).isTrue();
        // an unrelated two-paragraph block (a wrong page) does not replace the summary
        assertThat(a.clearlyBetterThan("انطلاق بطولة كأس العالم لكرة القدم في ملعب المدينة.")).isFalse();
        // a feed that already carries several paragraphs keeps them
        assertThat(a.clearlyBetterThan(SUMMARY + "\n\nفقرة ثانية من الخبر.")).isFalse();
    }

    @Test
    void theHeadlineIsNotRepeatedAsTheFirstParagraph() {
        for (String markup : new String[]{"<h1>" + HEADLINE + "</h1>", "<h2>" + HEADLINE + "</h2>",
                "<p>" + HEADLINE + "</p>"}) {
            ExtractedArticle a = ArticleExtractor.extract(page(markup), BASE, HEADLINE).orElseThrow();
            assertThat(a.text()).as(markup).startsWith("أقرت الحكومة").doesNotContain(HEADLINE);
            assertThat(a.html()).as(markup).doesNotContain(HEADLINE);
        }
    }
}
