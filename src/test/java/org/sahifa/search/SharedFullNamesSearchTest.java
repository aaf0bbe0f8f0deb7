package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spellings a written vowel letter apart in a library (decisions 0125, 0126): two spellings of David whose
 * articles share no context but the people they name (ديفيد لويز, دافيد لويز; ديفيد سيلفا, دافيد سيلفا), two names
 * that share one person only, a country written with ة beside a name one vowel letter away, and a dictionary word
 * typed a letter away from a name.
 */
class SharedFullNamesSearchTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    private void twoDavids() {
        for (int i = 0; i < 3; i++) {
            addTagged("ديفيد " + i, "قال ديفيد كاميرون في لندن " + i, "ديفيد كاميرون", "لندن");
        }
        addTagged("ديفيد لويز", "سجل ديفيد لويز هدفا في الدقيقة الأخيرة", "ديفيد لويز");
        addTagged("ديفيد سيلفا", "انتقل ديفيد سيلفا إلى نيويورك", "ديفيد سيلفا", "نيويورك");
        addTagged("دافيد لويز", "لعب دافيد لويز مع تشيلسي", "دافيد لويز", "تشيلسي");
        addTagged("دافيد سيلفا", "سجل دافيد سيلفا لبرشلونة", "دافيد سيلفا", "برشلونة");
        addTagged("دافيد جينولا", "تحدث دافيد جينولا عن نيوكاسل", "دافيد جينولا", "نيوكاسل");
    }

    @Test
    void twoSpellingsOfAGivenNameInTheFullNamesOfTwoPeopleFindEachOther() {
        twoDavids();
        openWithTags();
        List<String> found = titles("دافيد");
        assertThat(found).hasSize(8);
        assertThat(found.subList(0, 3)).allMatch(t -> t.startsWith("دافيد"));
        assertThat(titles("ديفيد")).hasSize(8);
    }

    @Test
    void withoutTheFullNamesTheBroadContextKeepsThemApart() {
        twoDavids();
        // the same articles, but the recogniser tagged only the given names alone: no full name decides
        taggedIn.replaceAll((id, spellings) -> {
            Set<String> words = new LinkedHashSet<>();
            spellings.forEach(s -> words.add(s.split(" ")[0]));
            return words;
        });
        taggedArticles.clear();
        taggedIn.values().forEach(s -> s.forEach(w -> taggedArticles.merge(w, 1L, Long::sum)));
        openWithTags();
        assertThat(titles("دافيد")).hasSize(3);
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
