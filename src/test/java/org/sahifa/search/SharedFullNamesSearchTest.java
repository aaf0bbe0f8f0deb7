package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spellings a written vowel letter apart in a library (decisions 0125, 0126): two spellings of Walter whose
 * articles share no context but the people they name (والتر لويز, وولتر لويز; والتر سيلفا, وولتر سيلفا), two names
 * that share one person only, a country written with ة beside a name one vowel letter away, and a dictionary word
 * typed a letter away from a name.
 */
class SharedFullNamesSearchTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    private void twoWalters() {
        for (int i = 0; i < 3; i++) {
            addTagged("والتر " + i, "قال والتر كاميرون في لندن " + i, "والتر كاميرون", "لندن");
        }
        addTagged("والتر لويز", "سجل والتر لويز هدفا في الدقيقة الأخيرة", "والتر لويز");
        addTagged("والتر سيلفا", "انتقل والتر سيلفا إلى نيويورك", "والتر سيلفا", "نيويورك");
        addTagged("وولتر لويز", "لعب وولتر لويز مع تشيلسي", "وولتر لويز", "تشيلسي");
        addTagged("وولتر سيلفا", "سجل وولتر سيلفا لبرشلونة", "وولتر سيلفا", "برشلونة");
        addTagged("وولتر جينولا", "تحدث وولتر جينولا عن نيوكاسل", "وولتر جينولا", "نيوكاسل");
    }

    @Test
    void twoSpellingsOfAGivenNameInTheFullNamesOfTwoPeopleFindEachOther() {
        twoWalters();
        openWithTags();
        List<String> found = titles("وولتر");
        assertThat(found).hasSize(8);
        assertThat(found.subList(0, 3)).allMatch(t -> t.startsWith("وولتر"));
        assertThat(titles("والتر")).hasSize(8);
    }

    @Test
    void withoutTheFullNamesTheBroadContextKeepsThemApart() {
        twoWalters();
        // the same articles, but the recogniser tagged only the given names alone: no full name decides
        taggedIn.replaceAll((id, spellings) -> {
            Set<String> words = new LinkedHashSet<>();
            spellings.forEach(s -> words.add(s.split(" ")[0]));
            return words;
        });
        taggedArticles.clear();
        taggedIn.values().forEach(s -> s.forEach(w -> taggedArticles.merge(w, 1L, Long::sum)));
        openWithTags();
        assertThat(titles("وولتر")).hasSize(3);
    }

    @Test
    void twoNamesThatShareOnePersonStayApart() {
        for (int i = 0; i < 3; i++) {
            addTagged("رايس " + i, "قالت سوزان رايس في واشنطن " + i, "سوزان رايس", "واشنطن");
            addTagged("رويس " + i, "سجل ماركو رويس لدورتموند " + i, "ماركو رويس", "دورتموند");
        }
        addTagged("جون رايس", "كتب جون رايس مقالا", "جون رايس");
        addTagged("جون رويس", "كتب جون رويس مقالا", "جون رويس");
        openWithTags();
        assertThat(titles("رايس")).hasSize(4).allMatch(t -> t.contains("رايس"));
        assertThat(titles("رويس")).hasSize(4).allMatch(t -> t.contains("رويس"));
    }

    /**
     * A country written with ة (سورية) is a country as the lists' سوريا is: the name a vowel letter away
     * (سراية) is another name however alike their context.
     */
    @Test
    void aCountryWrittenWithTaMarbutaIsStillACountry() {
        for (int i = 0; i < 4; i++) {
            addTagged("سورية " + i, "أخبار سورية ولبنان والأردن اليوم " + i, "سوريه", "لبنان", "الاردن");
            addTagged("سراية " + i, "أخبار سراية ولبنان والأردن اليوم " + i, "سرايه", "لبنان", "الاردن");
        }
        openWithTags();
        assertThat(titles("سراية")).hasSize(4).allMatch(t -> t.startsWith("سراية"));
        assertThat(titles("سورية")).hasSize(4).allMatch(t -> t.startsWith("سورية"));
    }

    /** أهالي (residents) is a dictionary word: the club الأهلي, a long vowel away, is not another spelling of it. */
    @Test
    void aDictionaryWordTypedHasNoOtherSpellings() {
        for (int i = 0; i < 4; i++) {
            addTagged("الأهلي " + i, "فاز الأهلي على الهلال " + i, "الاهلي", "الهلال");
        }
        for (int i = 0; i < 3; i++) {
            addTagged("أهالي " + i, "طالب أهالي القرية بطريق جديد " + i);
        }
        openWithTags();
        assertThat(titles("أهالي")).hasSize(3).allMatch(t -> t.startsWith("أهالي"));
        // the name itself still finds its articles
        assertThat(titles("الأهلي")).hasSize(4);
    }
}
