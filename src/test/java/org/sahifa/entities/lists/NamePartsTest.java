package org.sahifa.entities.lists;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamePartsTest {

    private static final NameParts N = NameParts.standard();

    private static boolean shortOf(String s, String l) {
        return NameParts.isShortFormOf(N.of(s), N.of(l));
    }

    @Test
    void shortFormsOfOneName() {
        assertThat(shortOf("سلمان", "سلمان بن عبدالعزيز آل سعود")).isTrue();
        assertThat(shortOf("الملك سلمان", "سلمان بن عبد العزيز")).isTrue();
        assertThat(shortOf("سلمان بن عبد العزيز", "سلمان بن عبدالعزيز آل سعود")).isTrue();
        assertThat(shortOf("عادل الجبير", "عادل بن أحمد الجبير")).isTrue();
        assertThat(shortOf("الجبير", "عادل الجبير")).isTrue();
        assertThat(shortOf("بن سلمان بن عبدالعزيز", "محمد بن سلمان بن عبدالعزيز")).isTrue();
    }

    @Test
    void notShortFormsOfIt() {
        assertThat(shortOf("سلمان", "محمد بن سلمان بن عبدالعزيز")).isFalse();   // a father's name
        assertThat(shortOf("خالد", "فيصل بن خالد")).isFalse();
        assertThat(shortOf("سعود", "فيصل بن مشعل بن سعود بن عبدالعزيز آل سعود")).isFalse(); // the dynasty
        assertThat(shortOf("محمد بن نايف بن عبدالعزيز", "محمد بن عبدالله بن فهد بن عبدالعزيز")).isFalse();
        assertThat(shortOf("عادل الجبير", "عادل الجبير")).isFalse();
        // a father's name after بن stands second: King Khalid is not Khalid al-Faisal
        assertThat(shortOf("خالد بن عبد العزيز", "خالد الفيصل بن عبد العزيز")).isFalse();
        assertThat(shortOf("خالد بن عبد العزيز", "خالد بن عبد العزيز آل سعود")).isTrue();
    }

    @Test
    void titlesOfRank() {
        String t = "استقبل الأمير الدكتور فيصل بن مشعل ضيوفه، وقال الملك خالد";
        assertThat(N.rankTitle(t, t.indexOf("فيصل"), "فيصل بن مشعل")).isEqualTo("الامير");
        assertThat(N.rankTitle(t, t.indexOf("الملك"), "الملك خالد")).isEqualTo("الملك");
        assertThat(N.rankTitle(t, t.indexOf("ضيوفه"), "ضيوفه")).isNull();
        assertThat(NameParts.sameRank("الملك", "الامير")).isFalse();
        assertThat(NameParts.sameRank(null, "الملك")).isTrue();
        assertThat(NameParts.sameRank("الامير", null)).isTrue();
        assertThat(NameParts.sameRank("الملك", null)).isFalse();
        String u = "وقال خادم الحرمين الشريفين سلمان بن عبدالعزيز";
        assertThat(N.rankTitle(u, u.indexOf("سلمان"), "سلمان بن عبدالعزيز")).isEqualTo("الملك");
    }

    @Test
    void ambiguousShortForms() {
        assertThat(N.isAmbiguous(N.of("سلمان"))).isTrue();
        assertThat(N.isAmbiguous(N.of("الملك سلمان"))).isTrue();
        assertThat(N.isAmbiguous(N.of("عبد الله"))).isTrue();
        assertThat(N.isAmbiguous(N.of("عبدالعزيز"))).isTrue();
        assertThat(N.isAmbiguous(N.of("بن عبد العزيز"))).isTrue();
        assertThat(N.isAmbiguous(N.of("على"))).isTrue();
        assertThat(N.isAmbiguous(N.of("أوباما"))).isFalse();
        assertThat(N.isAmbiguous(N.of("نوري المالكي"))).isFalse();
        assertThat(N.isAmbiguous(N.of("بن لادن"))).isFalse();
        assertThat(N.isAmbiguous(N.of("بن الحسين"))).isTrue();
        assertThat(N.isAmbiguous(N.of("بن ربيعة"))).isTrue();
    }
}
