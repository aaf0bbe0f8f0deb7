package org.sahifa.ui.document;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDocumentBuilderTest {

    private static ArticleDocument build(String html) {
        return HtmlDocumentBuilder.build(html, ImageCache.NONE, Direction.RTL);
    }

    @Test
    void headingsParagraphsQuotesAndListsBecomeBlocks() {
        ArticleDocument d = build("<h2>عنوان فرعي</h2><p>فقرة   أولى\n مع سطر.</p>"
                + "<blockquote><p>اقتباس</p></blockquote><ol><li>واحد</li><li>اثنان</li></ol><ul><li>نقطة</li></ul>");
        assertThat(d.textBlocks()).extracting(Block.Text::kind).containsExactly(Block.Kind.HEADING,
                Block.Kind.PARAGRAPH, Block.Kind.QUOTE, Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM,
                Block.Kind.LIST_ITEM);
        assertThat(d.textBlocks()).extracting(Block.Text::text).containsExactly("عنوان فرعي", "فقرة أولى مع سطر.",
                "اقتباس", "واحد", "اثنان", "نقطة");
        assertThat(d.textBlocks()).extracting(Block.Text::marker).containsExactly(null, null, null, "1.", "2.", "•");
    }

    @Test
    void eachParagraphHasItsOwnDirection() {
        ArticleDocument d = build("<p>قال المتحدث إن AFP نقلت الخبر</p><p>Reuters reported that باكو agreed</p>"
                + "<p>2023 (24)</p><p dir=\"ltr\">«اقتباس»</p>");
        assertThat(d.textBlocks()).extracting(Block.Text::direction)
                .containsExactly(Direction.RTL, Direction.LTR, Direction.RTL, Direction.LTR);
    }

    @Test
    void scriptsStylesAndFormsAreDroppedWithTheirContent() {
        ArticleDocument d = build("<p>نص<script>alert('x')</script> آمن</p><style>p{}</style>"
                + "<iframe src=\"http://evil\">إطار</iframe><form><input value=\"x\">نموذج</form>");
        assertThat(d.plainText()).isEqualTo("نص آمن");
    }

    @Test
    void onlyWebLinksAreKeptAsSpans() {
        ArticleDocument d = build("<p>اقرأ <a href=\"https://example.org/a\">التقرير الكامل</a> أو "
                + "<a href=\"javascript:alert(1)\">هذا</a>.</p>");
        Block.Text p = d.textBlocks().get(0);
        assertThat(p.text()).isEqualTo("اقرأ التقرير الكامل أو هذا.");
        assertThat(p.links()).singleElement().satisfies(l -> {
            assertThat(p.text().substring(l.start(), l.end())).isEqualTo("التقرير الكامل");
            assertThat(l.url()).isEqualTo("https://example.org/a");
        });
    }

    @Test
    void imagesOnlyFromTheLocalCache() {
        Path cached = Path.of("/cache/a.png");
        ImageCache cache = src -> src.equals("https://x/a.png") ? Optional.of(cached) : Optional.empty();
        ArticleDocument d = HtmlDocumentBuilder.build("<p>قبل</p><img src=\"https://x/a.png\" alt=\"صورة\">"
                + "<img src=\"https://x/remote.png\"><p>بعد</p>", cache, Direction.RTL);
        assertThat(d.blocks()).hasSize(3);
        assertThat(d.blocks().get(1)).isEqualTo(new Block.Image(cached, "صورة"));
    }

    @Test
    void brokenAndDeeplyNestedHtmlIsHandled() {
        String deep = "<div>".repeat(20_000) + "عميق" + "</div>".repeat(20_000);
        assertThat(build(deep).plainText()).isEqualTo("عميق");
        assertThat(build("<p>غير <b>مغلق <i>أبدًا").plainText()).isEqualTo("غير مغلق أبدًا");
        assertThat(build(null).blocks()).isEmpty();
    }

    @Test
    void brSplitsParagraphs() {
        assertThat(build("<p>سطر أول<br>سطر ثان</p>").textBlocks()).extracting(Block.Text::text)
                .containsExactly("سطر أول", "سطر ثان");
    }
}
