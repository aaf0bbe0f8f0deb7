package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spelling the bilingual lists give other Latin names only is no reading of a typed Latin name of other letters
 * (decision 0169).
 */
class LatinNameOwnersTest extends SearchServiceTestSupport {

    private static final NameLexiconWords LISTS = new NameLexiconWords(Set.of(), Map.of(
            "cuba", Set.of("كوبا"), "kouba", Set.of("كوبا"), "naif", Set.of("نايف"), "nayef", Set.of("نايف"),
            "super", Set.of("سوبر"), "putin", Set.of("بوتين"), "quba", Set.of("قوبا"), "saqafi", Set.of("ثقفي"),
            "osman", Set.of("عثمان"), "samer", Set.of("سامر")), Set.of());
    private static final NameLexiconWords YEH_LISTS = new NameLexiconWords(Set.of(), Map.of(
            "hamidi", Set.of("حميدي"), "fifa", Set.of("فيفا"), "hamdan", Set.of("حمدان")), Set.of());

    /**
     * A yeh between consonants is the diphthong ay and the long ī alike: in a family name typed with the article, the
     * typed ai is the lists' i there (decision 0210); not without the article (Fayfa is not FIFA's «فيفا») nor where
     * the spelling has no yeh there (Al-Humaidan is not Hamdan's «الحمدان»).
     */
    @Test
    void aTypedDiphthongIsTheListsIWhereTheSpellingHasYeh() {
        assertThat(LatinNameOwners.isAnotherName(YEH_LISTS, "alhumaidi", "الحميدي")).isFalse();
        assertThat(LatinNameOwners.isAnotherName(YEH_LISTS, "al-humaidi", "الحميدي")).isFalse();
        assertThat(LatinNameOwners.isAnotherName(YEH_LISTS, "fayfa", "فيفا")).isTrue();
        assertThat(LatinNameOwners.isAnotherName(YEH_LISTS, "alhumaidan", "الحمدان")).isTrue();
    }

    /**
     * ث is written th in Arabic usage and s in Turkish, Persian and Urdu usage: a spelling with ث the lists write
     * with s is the typed th's (decision 0189); a spelling without ث stays another name's (Thamer is not «سامر»).
     */
    /** ج is romanised g in Egyptian usage: the typed j is the lists' g for a spelling with ج (decision 0228). */
    @Test
    void aJeemTheListsWriteAsGIsTheTypedJ() {
        NameLexiconWords lists = new NameLexiconWords(Set.of(), Map.of("farrag", Set.of("فراج"),
                "gamal", Set.of("جمال"), "kamal", Set.of("كمال")), Set.of());
        assertThat(LatinNameOwners.isAnotherName(lists, "alfarraj", "الفراج")).isFalse();
        assertThat(LatinNameOwners.isAnotherName(lists, "jamal", "جمال")).isFalse();
        // not for a spelling without ج
        assertThat(LatinNameOwners.isAnotherName(lists, "jamal", "كمال")).isTrue();
    }

    @Test
    void aThehTheListsWriteAsSIsTheTypedTh() {
        assertThat(LatinNameOwners.isAnotherName(LISTS, "althaqafi", "الثقفي")).isFalse();
        assertThat(LatinNameOwners.isAnotherName(LISTS, "uthman", "عثمان")).isFalse();
        assertThat(LatinNameOwners.isAnotherName(LISTS, "thamer", "سامر")).isTrue();
    }

    @Test
    void aSpellingOfAnotherLatinNameIsNotTheTypedNames() {
        assertThat(LatinNameOwners.isAnotherName(LISTS, "quba", "كوبا")).isTrue();
        assertThat(LatinNameOwners.isAnotherName(LISTS, "nineveh", "نايف")).isTrue();
        // with the article: the lists' word without it
        assertThat(LatinNameOwners.isAnotherName(LISTS, "alsawaber", "السوبر")).isTrue();
    }

    @Test
    void theTypedNamesOwnOrARomanisationOfItsOwnerOrAnUnlistedSpellingStays() {
        assertThat(LatinNameOwners.isAnotherName(LISTS, "putin", "بوتين")).isFalse();
        assertThat(LatinNameOwners.isAnotherName(LISTS, "naef", "نايف")).isFalse();
        assertThat(LatinNameOwners.isAnotherName(LISTS, "cuba", "كوبا")).isFalse();
        assertThat(LatinNameOwners.isAnotherName(LISTS, "alsawaber", "الصوابر")).isFalse();
    }

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    /** The Latin sound of Nineveh reached the given name «نايف», which the lists give Naif and Nayef. */
    @Test
    void theLatinSoundDoesNotReachAnotherListedName() {
        for (int i = 0; i < 6; i++) {
            addTagged("نايف " + i, "استقبل الأمير نايف الوفد الزائر أمس", "نايف");
        }
        openWithTags();
        assertThat(titles("Nayef")).hasSize(6);
        assertThat(titles("Nineveh")).isEmpty();
    }

    /** The learned model reads Quba as «كوبا», the lists' Cuba; its letter variants do not bring it back either. */
    @Test
    void theLearnedModelDoesNotReachAnotherListedName() {
        for (int i = 0; i < 6; i++) {
            addTagged("كوبا " + i, "زار الرئيس كوبا في جولة إقليمية", "كوبا");
        }
        openWithTags();
        assertThat(titles("Cuba")).hasSize(6);
        assertThat(titles("Quba")).isEmpty();
    }
}
