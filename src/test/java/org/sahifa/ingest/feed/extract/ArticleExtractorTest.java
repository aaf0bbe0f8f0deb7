package org.sahifa.ingest.feed.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8080/news/karabakh.html");

    static String page() throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/org/sahifa/ingest/feed/article-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleParagraphsAndDropsTheRest() throws IOException {
        ExtractedArticle a = ArticleExtractor.extract(page(), BASE).orElseThrow();
        assertThat(a.text())
                .contains("استعادت السيطرة الكاملة على إقليم ناغورني قره باغ")
                .contains("ويعد إقليم كاراباخ")
                .contains("We are monitoring")
                .contains("خريطة إقليم ناغورني قره باغ")
                .doesNotContain("الرئيسية")
                .doesNotContain("الأكثر قراءة")
                .doesNotContain("تعليق")
                .doesNotContain("جميع الحقوق")
                .doesNotContain("لا يجوز أن يظهر")
                .doesNotContain("خبر ذو صلة")
                .doesNotContain("شارك");
        assertThat(a.paragraphs()).isEqualTo(5);
        assertThat(a.language()).isEqualTo("ar");
    }

    @Test
    void keepsDirectionAndLanguageOfTheArticleAndOfEachParagraph() throws IOException {
        ExtractedArticle a = ArticleExtractor.extract(page(), BASE).orElseThrow();
        Document d = Jsoup.parseBodyFragment(a.html());
        assertThat(d.body().child(0).attr("dir")).isEqualTo("rtl");
        assertThat(d.body().child(0).attr("lang")).isEqualTo("ar");
        assertThat(d.select("p[dir=ltr][lang=en]").text()).startsWith("\"We are monitoring");
    }

    @Test
    void listsImagesAsAbsoluteAddressesAndDropsSrcset() throws IOException {
        ExtractedArticle a = ArticleExtractor.extract(page(), BASE).orElseThrow();
        assertThat(a.images()).containsExactly(URI.create("http://127.0.0.1:8080/img/karabakh.png"),
                URI.create("https://cdn.example.org/photos/refugees.jpg"));
        assertThat(a.html()).doesNotContain("srcset").contains("src=\"http://127.0.0.1:8080/img/karabakh.png\"");
    }

    @Test
    void aPageWithoutParagraphsGivesNothing() {
        assertThat(ArticleExtractor.extract("<html><body><nav><a href=/>x</a></nav><p>قصير</p></body></html>", BASE))
                .isEmpty();
    }

    @Test
    void replacesASummaryOnlyWhenClearlyBetter() throws IOException {
        ExtractedArticle a = ArticleExtractor.extract(page(), BASE).orElseThrow();
        assertThat(a.clearlyBetterThan("أعلنت وزارة الدفاع الأذربيجانية استعادة السيطرة.")).isTrue();
        assertThat(a.clearlyBetterThan(null)).isTrue();
        assertThat(a.clearlyBetterThan(a.text())).isFalse();
        ExtractedArticle thin = new ExtractedArticle("<div></div>", "x".repeat(5000), 2, "ar", java.util.List.of());
        assertThat(thin.clearlyBetterThan("قصير")).isFalse();
    }

    @Test
    void aHostilePageOfCountlessBlocksIsNotScored() {
        String p = "<p>فقرة طويلة بما يكفي لتُحسب فقرة، وفيها فواصل، كثيرة.</p>";
        String page = "<html><body>" + "<div>".repeat(400) + (p + "<div>" + p + "</div>").repeat(20_000)
                + "</body></html>";
        assertThat(ArticleExtractor.extract(page, BASE)).isEmpty();
    }
}
