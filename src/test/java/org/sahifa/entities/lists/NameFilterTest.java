package org.sahifa.entities.lists;

import org.junit.jupiter.api.Test;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameFilterTest {

    private static Mention at(EntityType type, String text, String name) {
        int i = text.indexOf(name);
        return new Mention(type, i, i + name.length(), name, name, name);
    }

    private static List<String> kept(String text, Mention... ms) {
        return NameFilter.standard().apply(text, List.of(ms)).stream()
                .map(m -> m.spelling() + "@" + m.start() + ":" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void aNameIsCutAtStrayPunctuation() {
        String t = "قال الرئيس (محمد) مرسي إن";
        assertThat(kept(t, at(EntityType.PERSON, t, "محمد) مرسي"))).containsExactly("مرسي@18:مرسي");
        String l = "Previous أحمد حجازي Next";
        assertThat(kept(l, at(EntityType.PERSON, l, "Previous أحمد حجازي"))).containsExactly("أحمد حجازي@9:أحمد حجازي");
        String u = "أكد سعود – في كلمته";
        assertThat(kept(u, at(EntityType.PERSON, u, "سعود –"))).containsExactly("سعود@4:سعود");
    }

    @Test
    void functionWordsFormulaeAndNamesOfWhatWasNamedAfterSomeoneAreNotNames() {
        String t = "أكد على أن الفقيد رحمه الله كان من ضيوف الرحمن في جامعة الملك خالد وقال الملك خالد";
        List<String> out = kept(t, at(EntityType.PERSON, t, "على"), at(EntityType.PERSON, t, "رحمه الله"),
                at(EntityType.PERSON, t, "ضيوف الرحمن"), at(EntityType.PERSON, t, "الملك خالد"),
                new Mention(EntityType.PERSON, t.lastIndexOf("الملك خالد"), t.length(), "الملك خالد", "الملك خالد", "الملك خالد"));
        assertThat(out).containsExactly("الملك خالد@" + t.lastIndexOf("الملك خالد") + ":الملك خالد");
        String v = "ودعا بتوفيق الله والنجاح";
        assertThat(kept(v, at(EntityType.PERSON, v, "توفيق الله"))).isEmpty();
        // a place is not a person named after someone
        String w = "في مدينة جدة";
        assertThat(kept(w, at(EntityType.PLACE, w, "جدة"))).containsExactly("جدة@9:جدة");
    }

    @Test
    void aFormulaIsFoundAnywhereInTheNameAndUnderProcliticsOnEachWord() {
        String t = "قال الشيخ محمد رحمه الله وذكر فرحمه والله ثم سعيد بإذن الله وكذلك سالم الله";
        List<String> out = kept(t, at(EntityType.PERSON, t, "محمد رحمه الله"), at(EntityType.PERSON, t, "فرحمه والله"),
                at(EntityType.PERSON, t, "سعيد بإذن الله"), at(EntityType.PERSON, t, "سالم الله"));
        assertThat(out).containsExactly("سالم الله@" + t.indexOf("سالم الله") + ":سالم الله");
    }

    @Test
    void aNameCutAtPunctuationKeepsThePieceWithMostWords() {
        String t = "قال عبد الله\tبن سعود، محمد";
        Mention m = new Mention(EntityType.PERSON, 4, t.length(), t.substring(4), t.substring(4), t.substring(4));
        assertThat(NameFilter.cut(m).text()).isEqualTo("عبد الله\tبن سعود");
        String u = "قال محمد، عبد الله";
        Mention n = new Mention(EntityType.PERSON, 4, u.length(), u.substring(4), u.substring(4), u.substring(4));
        assertThat(NameFilter.cut(n).text()).isEqualTo("عبد الله");
    }

    @Test
    void brandsAndClubsAreNotPersonsOrPlaces() {
        String t = "فاز تشيلسي ونشر على فيسبوك";
        assertThat(kept(t, at(EntityType.PERSON, t, "تشيلسي"), at(EntityType.PERSON, t, "فيسبوك"))).isEmpty();
    }

    @Test
    void aPersonsNameIsMadeWhole() {
        String t = "قال الرئيس علي عبدالله صالح إن";
        assertThat(kept(t, at(EntityType.PERSON, t, "عبدالله صالح"))).containsExactly("علي عبدالله صالح@11:علي عبدالله صالح");
        String u = "أكد على عبدالله صالح";
        assertThat(kept(u, at(EntityType.PERSON, u, "عبدالله صالح"))).containsExactly("عبدالله صالح@8:عبدالله صالح");
        String v = "بعث سلمان بن عبدالعزيز آل سعود برقية تهنئة";
        assertThat(kept(v, at(EntityType.PERSON, v, "سلمان بن عبدالعزيز آل سعود برقية")))
                .containsExactly("سلمان بن عبدالعزيز آل سعود@4:سلمان بن عبدالعزيز آل سعود");
        String z = "بعث محمد بن نايف بن عبدالعزيز برقية تهنئة";
        assertThat(kept(z, at(EntityType.PERSON, z, "محمد بن نايف بن عبدالعزيز برقية")))
                .containsExactly("محمد بن نايف بن عبدالعزيز@4:محمد بن نايف بن عبدالعزيز");
        String w = "قال عبدالعزيز بن عبدالله آل الشيخ";
        assertThat(kept(w, at(EntityType.PERSON, w, "عبدالعزيز بن عبدالله آل")))
                .containsExactly("عبدالعزيز بن عبدالله@4:عبدالعزيز بن عبدالله");
        String x = "سجل ناصر الشمراني وناصر الشمراني";
        assertThat(kept(x, new Mention(EntityType.PERSON, 18, 32, "وناصر الشمراني", "وناصر الشمراني", "وناصر الشمراني")))
                .containsExactly("ناصر الشمراني@18:وناصر الشمراني");
        String y = "وقال وليد الفراج";
        assertThat(kept(y, at(EntityType.PERSON, y, "وليد الفراج"))).containsExactly("وليد الفراج@5:وليد الفراج");
    }

    @Test
    void placesThatAreNotPlaces() {
        String t = "قصف في ريف حلب قرب طريق الملك فهد حسب وكالة الأناضول في جدة";
        int rif = t.indexOf("ريف");
        int aleppo = t.indexOf("حلب");
        List<String> out = kept(t, new Mention(EntityType.PLACE, rif, rif + 3, "ريف", "ريف", "ريف"),
                new Mention(EntityType.PLACE, aleppo, aleppo + 3, "حلب", "حلب", "حلب"),
                at(EntityType.PLACE, t, "فهد"), at(EntityType.PLACE, t, "الأناضول"), at(EntityType.PLACE, t, "جدة"));
        assertThat(out).extracting(s -> s.substring(0, s.indexOf('@'))).containsExactly("حلب", "الأناضول", "جدة");
        assertThat(types(t, at(EntityType.PLACE, t, "الأناضول"), at(EntityType.PLACE, t, "جدة")))
                .containsExactly("ORGANIZATION:الأناضول", "PLACE:جدة");
    }

    private static List<String> types(String text, Mention... ms) {
        return NameFilter.standard().apply(text, List.of(ms)).stream().map(m -> m.type() + ":" + m.entity()).toList();
    }

    @Test
    void agenciesAndClubsNamedLikePlacesAreOrganisationsInTheWholeArticle() {
        String t = "نقلت وكالة أنباء الأناضول عن مصادر في الأناضول الشرقية. وأوضحت الأناضول أن";
        int second = t.indexOf("الأناضول", t.indexOf("الأناضول") + 1);
        int third = t.lastIndexOf("الأناضول");
        assertThat(types(t, at(EntityType.PLACE, t, "الأناضول"),
                new Mention(EntityType.PLACE, second, second + 8, "الأناضول", "الأناضول", "الأناضول"),
                new Mention(EntityType.PLACE, third, third + 8, "الأناضول", "الأناضول", "الأناضول")))
                .containsExactly("ORGANIZATION:الأناضول", "ORGANIZATION:الأناضول", "ORGANIZATION:الأناضول");
        // a masculine adjective of relation agrees with the club, not with the city (برشلونة الإسبانية)
        String u = "فاز برشلونة الإسباني على ضيفه وانتقل اللاعب إلى برشلونة";
        int city = u.lastIndexOf("برشلونة");
        assertThat(types(u, at(EntityType.PLACE, u, "برشلونة"),
                new Mention(EntityType.PLACE, city, city + 7, "برشلونة", "برشلونة", "برشلونة")))
                .containsExactly("ORGANIZATION:برشلونة", "ORGANIZATION:برشلونة");
        String v = "وصل الوفد إلى برشلونة الإسبانية";
        assertThat(types(v, at(EntityType.PLACE, v, "برشلونة"))).containsExactly("PLACE:برشلونة");
        // a country stays a country where its team is named
        String w = "فاز منتخب مصر على لاعب مصر ثم عاد إلى مصر";
        int back = w.lastIndexOf("مصر");
        assertThat(types(w, at(EntityType.PLACE, w, "مصر"), new Mention(EntityType.PLACE, back, back + 3, "مصر", "مصر", "مصر")))
                .contains("PLACE:مصر");
    }

    @Test
    void aGivenNameThatStandsForALongerPlacesNameNeedsAPlaceCue() {
        String t = "انتصر المسلمون في غزوة بدر وزار المحافظ محافظة بدر";
        int cued = t.lastIndexOf("بدر");
        assertThat(kept(t, at(EntityType.PLACE, t, "بدر"), new Mention(EntityType.PLACE, cued, cued + 3, "بدر", "بدر", "محافظة بدر")))
                .containsExactly("بدر@" + cued + ":بدر");
    }

    @Test
    void anAdjectiveOfRelationToACountryLeavesThePlacesName() {
        String t = "وصل المدرب إلى مدينة ميلانو الإيطالية أمس";
        assertThat(kept(t, at(EntityType.PLACE, t, "ميلانو الإيطالية"))).containsExactly("ميلانو@" + t.indexOf("ميلانو") + ":ميلانو");
        String u = "أطلقت كوريا الشمالية صاروخا";
        assertThat(kept(u, at(EntityType.PLACE, u, "كوريا الشمالية"))).containsExactly("كوريا الشمالية@6:كوريا الشمالية");
    }

    @Test
    void phrasesAndAdjectivesAreNoPersons() {
        String t = "علاقات تستند إلى مبادئ حسن الجوار ولحسن الجوار";
        int second = t.indexOf("لحسن الجوار");
        assertThat(kept(t, at(EntityType.PERSON, t, "حسن الجوار"),
                new Mention(EntityType.PERSON, second, second + 11, "لحسن الجوار", "حسن الجوار", "حسن الجوار"))).isEmpty();
        String u = "وبدأ الحفل بآيات من الذكر الحكيم وقال القائد الحكيم";
        int leader = u.lastIndexOf("الحكيم");
        assertThat(kept(u, at(EntityType.PERSON, u, "الحكيم"),
                new Mention(EntityType.PERSON, leader, leader + 6, "الحكيم", "الحكيم", "الحكيم"))).isEmpty();
        // a family name after a title stays
        String v = "وقال الرئيس الأسد";
        assertThat(kept(v, at(EntityType.PERSON, v, "الأسد"))).containsExactly("الأسد@12:الأسد");
        String w = "وقال حسن الترابي";
        assertThat(kept(w, at(EntityType.PERSON, w, "حسن الترابي"))).hasSize(1);
    }

    @Test
    void aLeagueOrCompanyNamedAfterSomeoneIsNoMentionOfHim() {
        String t = "في دوري عبداللطيف جميل وقالت شركة عبداللطيف جميل وجماعة الحوثي";
        int second = t.lastIndexOf("عبداللطيف جميل");
        assertThat(kept(t, at(EntityType.PERSON, t, "عبداللطيف جميل"),
                new Mention(EntityType.PERSON, second, second + 14, "عبداللطيف جميل", "عبداللطيف جميل", "عبداللطيف جميل"),
                at(EntityType.PERSON, t, "الحوثي"))).isEmpty();
    }

    @Test
    void courtesyTitlesLeaveTheNameAndTitlesAfterAParticleStay() {
        String t = "قال دكتور عاطي بن عطية القرشي";
        assertThat(kept(t, at(EntityType.PERSON, t, "دكتور عاطي بن عطية القرشي")))
                .containsExactly("عاطي بن عطية القرشي@10:عاطي بن عطية القرشي");
        String u = "قال إسماعيل ولد الشيخ أحمد";
        assertThat(kept(u, at(EntityType.PERSON, u, "إسماعيل ولد الشيخ")))
                .containsExactly("إسماعيل ولد الشيخ@4:إسماعيل ولد الشيخ");
    }
}
