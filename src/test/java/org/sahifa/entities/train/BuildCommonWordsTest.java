package org.sahifa.entities.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuildCommonWordsTest {

    @Test
    void takesEachWordBeforeItsFlagsFoldedSortedAndOnce() {
        List<String> dic = List.of("5", "::::::::::::::", "verb.huns.dic", "::::::::::::::",
                "تحير/309\t11728", "أتحير/250", "مدينة/73", "مدينه", "كتاب");
        assertThat(BuildCommonWords.words(dic)).containsExactly("اتحير", "تحير", "كتاب", "مدينه");
    }

    @Test
    void leavesOutTheSectionsOfProperNames() {
        List<String> dic = List.of("6", "::::::::::::::", "names.dic", "::::::::::::::",
                "##اسم-جامد##", "جدول/76", "##اسماء،أشخاص##", "سليمان/63", "#البلدان", "روسيا",
                "##المصادر###", "جذب/76");
        assertThat(BuildCommonWords.words(dic)).containsExactly("جدول", "جذب");
    }

    @Test
    void functionWordsComeFromTheStopwordFileLessTheNameParticles() {
        List<String> dic = List.of("6", "::::::::::::::", "stopwords.dic", "::::::::::::::", "في", "على/2", "أبو",
                "::::::::::::::", "names.dic", "::::::::::::::", "جدول/76");
        assertThat(BuildCommonWords.functionWords(dic)).containsExactly("علي", "في");
    }
}
