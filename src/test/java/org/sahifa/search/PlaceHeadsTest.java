package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Head words the world-cities list writes before an Arabic place name (decision 0037). */
class PlaceHeadsTest {

    @Test
    void aWordThatHeadsManyPlacesUntranslatedIsAHead() {
        List<String[]> places = new ArrayList<>();
        for (String[] p : new String[][] {{"Kandahar", "ولاية قندهار"}, {"Herat", "ولاية هرات"},
                {"Kunduz", "ولاية قندوز"}, {"Khost", "ولاية خوست"}, {"Ghazni", "ولاية غزني"},
                {"San Carlos", "سان كارلوس سيتي"}, {"San Jose", "سان خوسيه الجديدة"}, {"San Pedro", "سان بيدرو سولا"},
                {"San Juan", "سان خوان باوتيستا"}, {"San Luis", "سان لويس بوتوسي"}, {"Paris", "باريس"}}) {
            places.add(p);
        }
        Set<String> heads = NameLexiconWords.placeHeads(places);
        assertThat(heads).containsExactly("ولايه");   // not سان: it writes San
        assertThat(NameLexiconWords.withoutHead("Kabul", "ولاية كابل", heads)).isEqualTo("كابل");
        assertThat(NameLexiconWords.withoutHead("Kabul", "كابل", heads)).isNull();
    }

    @Test
    void theListsGiveThePlaceWithoutItsHeadWord() {
        // the world-cities list writes Brussels as «مدينة بروكسل» and Al Qunfudhah as «محافظة القنفذة»
        assertThat(NameLexiconWords.standard().arabicOf("brussels")).contains("بروكسل");
        assertThat(NameLexiconWords.standard().arabicOf("qunfudhah")).contains("القنفذه");
    }
}
