package org.sahifa.ui.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDocumentBuilderTest {

    @Test
    void blankLinesAndLineBreaksSeparateParagraphs() {
        ArticleDocument d = TextDocumentBuilder.build("الفقرة الأولى\n\n\nالفقرة  الثانية\r\nEnglish line\n   \n",
                Direction.RTL);
        assertThat(d.textBlocks()).extracting(Block.Text::text)
                .containsExactly("الفقرة الأولى", "الفقرة الثانية", "English line");
        assertThat(d.textBlocks()).extracting(Block.Text::direction)
                .containsExactly(Direction.RTL, Direction.RTL, Direction.LTR);
    }

    @Test
    void titleComesFirst() {
        ArticleDocument d = TextDocumentBuilder.build("نص", Direction.RTL)
                .withTitle("الكرملين: رئيس أذربيجان اعتذر من بوتين (AFP) 24 ساعة", Direction.RTL);
        assertThat(d.textBlocks().get(0).kind()).isEqualTo(Block.Kind.TITLE);
        assertThat(d.textBlocks().get(0).direction()).isEqualTo(Direction.RTL);
        assertThat(d.plainText()).isEqualTo("الكرملين: رئيس أذربيجان اعتذر من بوتين (AFP) 24 ساعة\n\nنص");
    }
}
