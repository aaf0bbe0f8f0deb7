package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Arabic full name typed in Latin with its joining words (decision 0155), a title before one given name (0156),
 * and the English names of regions from CLDR and the list's new categories (0157).
 */
class LatinPhraseNamesTest extends SearchServiceTestSupport {

    private List<String> titles(String query) {
        return search.search(query, SearchOptions.defaults()).hits().stream().map(SearchHit::title).toList();
    }

    /** «bin» and «ibn» are «بن»: the full name in order, not its words apart or the other way round. */
    @Test
    void aNameWithBinIsTheArabicFullNameInOrder() {
        for (int i = 0; i < 3; i++) {
            addTagged("أمير " + i, "استقبل الشيخ تميم بن حمد آل ثاني الوفد", "تميم بن حمد");
        }
        addTagged("أب", "قال محمد بن حمد بن تميم إن الاجتماع انتهى", "محمد بن حمد بن تميم");
        addTagged("متفرق", "حضر تميم الاجتماع وغادر بن حمد", "تميم", "حمد");
        openWithTags();
        assertThat(titles("Tamim bin Hamad")).hasSize(3).allMatch(t -> t.startsWith("أمير"));
        assertThat(titles("Tamim ibn Hamad")).hasSize(3).allMatch(t -> t.startsWith("أمير"));
        // a joining word before no name, or before a quoted phrase, leaves the words as they were
        assertThat(titles("Tamim bin")).isNotNull();
        assertThat(titles("Tamim bin \"حمد\" source:x")).isNotNull();
        assertThat(titles("Abu")).isNotNull();
    }

    /** «Abu» is «أبو», «أبا» or «أبي» before the name, as the case ending writes it; the name alone is not enough. */
    @Test
    void aKunyaIsAbuInItsThreeCasesBeforeTheName() {
        addTagged("مرفوع", "قال أبو بكر في خطبته", "أبو بكر");
        addTagged("مجرور", "في عهد أبي بكر الصديق", "أبي بكر");
        addTagged("وحده", "حضر بكر الاجتماع", "بكر");
        openWithTags();
        assertThat(titles("Abu Bakr")).containsExactlyInAnyOrder("مرفوع", "مجرور");
    }

    /**
     * A name of four words, a kunya inside the nasab («علي بن أبي طالب»), is found in order, not its words apart. (Behind
     * a proclitic, «وعلي بن أبي طالب», it is found through the name fields; measured on the real library.)
     */
    @Test
    void aLongerJoinedNameIsFoundInOrder() {
        for (int i = 0; i < 3; i++) {
            addTagged("علي " + i, "قال علي بن أبي طالب", "علي بن أبي طالب", "علي", "طالب");
        }
        addTagged("واو", "فركب عمر بن الخطاب وعلي بن أبي طالب", "علي بن أبي طالب", "علي", "طالب");
        addTagged("آخر", "قال علي إن أبا طالب غادر", "علي", "طالب");
        openWithTags();
        assertThat(titles("Ali ibn Abi Talib")).contains("علي 0", "علي 1", "علي 2").doesNotContain("آخر");
    }

    /** King Faisal is «الملك فيصل»: a title before one given name names the person with it. */
    @Test
    void aTitleBeforeOneGivenNameIsSearchedWithIt() {
        addTagged("ملك", "في عهد الملك فيصل بن عبدالعزيز", "فيصل");
        addTagged("لاعب", "سجل فيصل هدفا في المباراة", "فيصل");
        addTagged("جامعة", "تخرج من جامعة الملك فيصل", "فيصل");
        openWithTags();
        assertThat(titles("King Faisal")).containsExactlyInAnyOrder("ملك", "جامعة");
        assertThat(TitledNames.isGivenName("فيصل")).isTrue();
        assertThat(TitledNames.isGivenName("الفيصل")).isFalse();
    }

    /** CLDR's English names of a region, standard and variant, with every Arabic name it gives the region. */
    @Test
    void aRegionsEnglishNamesGiveItsArabicNames() {
        assertThat(RegionNames.arabicOf("ivory coast")).contains("ساحل العاج", "كوت ديفوار");
        assertThat(RegionNames.arabicOf("western sahara")).contains("الصحراء الغربية");
        assertThat(RegionNames.arabicOf("latin america")).isNotEmpty();
        // one-word names stay with the lists and the model
        assertThat(RegionNames.arabicOf("mali")).isEmpty();
        source.add("كوت", "فاز منتخب ساحل العاج على غانا");
        source.add("ساحل", "امتد الساحل الغربي لأفريقيا");
        openWithTags(java.util.Map.of(), java.util.Map.of());
        assertThat(titles("Ivory Coast")).containsExactly("كوت");
    }

    /** The list's nations, landmarks and central banks: England, Petra, the European Central Bank. */
    @Test
    void theListsNewCategoriesAreSearchedAsPhrases() {
        assertThat(EnglishNames.standard().arabicOf("england")).contains("إنجلترا", "إنكلترا");
        assertThat(EnglishNames.standard().arabicOf("petra")).contains("البتراء");
        source.add("بنك", "رفع البنك المركزي الأوروبي سعر الفائدة");
        source.add("مصري", "خفض البنك المركزي المصري الفائدة وارتفع اليورو الأوروبي");
        openWithTags(java.util.Map.of(), java.util.Map.of());
        assertThat(titles("European Central Bank")).containsExactly("بنك");
    }
}
