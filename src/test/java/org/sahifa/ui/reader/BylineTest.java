package org.sahifa.ui.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Author fields as SaudiNewsNet has them (a development sample; the held-out figures are in decision 0093). */
class BylineTest {

    @ParameterizedTest
    @ValueSource(strings = {"موسكو:", "موسكو: سعيد طانيوس", "لندن: رنيم حنوش", "واس - الرياض", "الرياض - الوئام :",
            "\u00A0عكاظ (جدة)", "«الاقتصادية» من الرياض", "بيروت - أ. ف. ب.", "رويترز", "الكويت - رويترز",
            "طوكيو :واس", "متابعة - عمر المهنا", "وكالات (بريطانيا)", "قسم الشؤون الدولية", "مراسلنا في أنقرة",
            "عبدالعزيز الربيعي، فيصل الحارثي (الطائف)", "د ب أ", "الرياضي", "اليوم - الطائف", "Reuters"})
    void datelinesAgenciesAndDesksAreNotNames(String field) {
        assertThat(Byline.of(field)).as(field).isEqualTo(Byline.Kind.CREDIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"خالد الفيصل", "رجاء العتيبي", "زياد محمد الغامدي", "عبدالله بن صادق دحلان",
            "د.عبدالرحيم محمود جاموس", "Jane Smith"})
    void bareNamesAreNames(String field) {
        assertThat(Byline.of(field)).as(field).isEqualTo(Byline.Kind.PERSON);
    }

    @Test
    void byGoesOnlyBeforeANameAndADatelineLosesItsTrailingColon() {
        assertThat(Byline.display("خالد الفيصل", n -> "بقلم " + n)).isEqualTo("بقلم خالد الفيصل");
        assertThat(Byline.display("موسكو:", n -> "بقلم " + n)).isEqualTo("موسكو");
        assertThat(Byline.display("لندن: رنيم حنوش", n -> "بقلم " + n)).isEqualTo("لندن: رنيم حنوش");
        assertThat(Byline.display(null, n -> "بقلم " + n)).isEmpty();
    }
}
