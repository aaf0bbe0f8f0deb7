package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;
import org.sahifa.entities.gazetteer.Gazetteer;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of {@link ContextRules}, on hand-made model tags. */
class ContextRulesTest {

    private static final int O = Tags.O;
    private static final int BP = Tags.B_PERS;
    private static final int IP = Tags.I_PERS;
    private static final int BL = Tags.B_LOC;
    private static final int IL = Tags.I_LOC;
    private static final int BO = Tags.B_ORG;
    private static final int IO = Tags.I_ORG;

    private final Features features = new Features(Gazetteer.standard());

    private int[] apply(ContextRules.Rule rule, String text, int... tags) {
        Features.Sentence s = features.analyse(Tokenizer.tokenize(text));
        assertThat(tags).hasSize(s.size());
        int[] out = tags.clone();
        new ContextRules(EnumSet.of(rule), false).apply(s, out);
        return out;
    }

    @Test
    void gazetteerCompletesAKnownPlaceTheModelTaggedOnlyInPart() {
        // the sample feed: «بعد أحداث قره باغ» with only باغ tagged gave a place called باغ
        assertThat(apply(ContextRules.Rule.GAZETTEER, "بعد أحداث قره باغ .", O, O, O, BL, O))
                .containsExactly(O, O, BL, IL, O);
    }

    @Test
    void gazetteerLeavesAPartOfAnotherTypeOrASpanRunningOutOfThePhraseAlone() {
        assertThat(apply(ContextRules.Rule.GAZETTEER, "بعد أحداث قره باغ .", O, O, O, BP, O))
                .containsExactly(O, O, O, BP, O);
        assertThat(apply(ContextRules.Rule.GAZETTEER, "بعد أحداث قره باغ الجديدة", O, O, O, BL, IL))
                .containsExactly(O, O, O, BL, IL);
        // a part that is a known place by itself stays as tagged (ANERcorp tags «جنوب [لبنان]» so)
        assertThat(apply(ContextRules.Rule.GAZETTEER, "في جنوب لبنان", O, O, BL))
                .containsExactly(O, O, BL);
    }

    @Test
    void atomicCutsASpanThatEndsInsideACuratedName() {
        // the model ran the country into the first word of the president's name
        assertThat(apply(ContextRules.Rule.ATOMIC, "رئيس أذربيجان إلهام علييف أمس", O, BL, IL, BP, O))
                .containsExactly(O, BL, BP, IP, O);
    }

    @Test
    void atomicCutsASpanThatRunsOutOfACuratedName() {
        // a span starting inside the name runs past its end: the name is made whole, the rest is left to itself
        assertThat(apply(ContextRules.Rule.ATOMIC, "التقى إلهام علييف باكو", O, BP, BP, IP))
                .containsExactly(O, BP, IP, BP);
    }

    @Test
    void atomicTrimsUnknownWordsAfterACuratedPerson() {
        assertThat(apply(ContextRules.Rule.ATOMIC, "الرئيس بوتين يلتقي رئيس أذربيجان", O, BP, IP, O, BL))
                .containsExactly(O, BP, O, O, BL);
    }

    @Test
    void atomicTrimsAnUnknownWordBeforeACuratedPerson() {
        assertThat(apply(ContextRules.Rule.ATOMIC, "التحيز بحضور شوماخر وفريقه", O, BP, IP, O))
                .containsExactly(O, O, BP, O);
    }

    @Test
    void atomicKeepsAGivenNameBeforeACuratedFamilyName() {
        // مايكل is a known given name: مايكل شوماخر stays one person
        assertThat(apply(ContextRules.Rule.ATOMIC, "فاز مايكل شوماخر بالسباق", O, BP, IP, O))
                .containsExactly(O, BP, IP, O);
    }

    @Test
    void atomicSplitsASpanMadeOfKnownNamesOfDifferentTypes() {
        assertThat(apply(ContextRules.Rule.ATOMIC, "رئيس أذربيجان إلهام علييف أمس", O, BO, IO, IO, O))
                .containsExactly(O, BL, BP, IP, O);
    }

    @Test
    void atomicLeavesAnOrganisationThatContainsAPersonAlone() {
        // مؤسسة is no known name: the model's organisation stays whole
        assertThat(apply(ContextRules.Rule.ATOMIC, "مؤسسة محمد بن راشد الخيرية", BO, IO, IO, IO, IO))
                .containsExactly(BO, IO, IO, IO, IO);
    }

    @Test
    void quotedDropsAnUnsupportedQuotedWord() {
        assertThat(apply(ContextRules.Rule.QUOTED, "تحويل المنطقة إلى \" فردوس \" .", O, O, O, O, BL, O, O))
                .containsExactly(O, O, O, O, O, O, O);
    }

    @Test
    void quotedKeepsAQuotedKnownName() {
        assertThat(apply(ContextRules.Rule.QUOTED, "قال \" بوتين \" أمس", O, O, BP, O, O))
                .containsExactly(O, O, BP, O, O);
        assertThat(apply(ContextRules.Rule.QUOTED, "في « موسكو » أمس", O, O, BL, O, O))
                .containsExactly(O, O, BL, O, O);
    }

    @Test
    void quotedKeepsAnUnquotedWord() {
        assertThat(apply(ContextRules.Rule.QUOTED, "تحويل المنطقة إلى فردوس .", O, O, O, BL, O))
                .containsExactly(O, O, O, BL, O);
    }

    @Test
    void aForeignGivenNameIsMarkedAsSuchForTheModel() {
        Features.Sentence s = features.analyse(Tokenizer.tokenize("قال جورج كلوني وأحمد"));
        assertThat(s.name[1] & Features.FOREIGN_GIVEN).isNotZero();
        assertThat(s.name[1] & 1).isNotZero();
        assertThat(s.name[3] & Features.FOREIGN_GIVEN).isZero();
        assertThat(s.name[0]).isZero();
    }

    @Test
    void atomicMakesAnExactCuratedPersonAPerson() {
        assertThat(apply(ContextRules.Rule.ATOMIC, "رئيس أذربيجان إلهام علييف أمس", O, BL, BL, IL, O))
                .containsExactly(O, BL, BP, IP, O);
    }

    @Test
    void conjSplitsTwoCoordinatedPersons() {
        assertThat(apply(ContextRules.Rule.CONJ, "بطولة يحيى شاهين ونور الشريف أمس", O, BP, IP, IP, IP, O))
                .containsExactly(O, BP, IP, BP, IP, O);
        assertThat(apply(ContextRules.Rule.CONJ, "والوزراء وموسى وبن عيسى", O, BP, IP, IP))
                .containsExactly(O, BP, BP, IP);
    }

    @Test
    void conjKeepsANameWordThatStartsWithWaw() {
        // وليد is a given name itself, and وينفري is no و + given name
        assertThat(apply(ContextRules.Rule.CONJ, "قال سامي وليد الحلبي", O, BP, IP, IP))
                .containsExactly(O, BP, IP, IP);
        assertThat(apply(ContextRules.Rule.CONJ, "قالت أوبرا وينفري", O, BP, IP))
                .containsExactly(O, BP, IP);
    }

    @Test
    void atomicMakesAnExactKnownCountryTakenForAnOrganisationAPlace() {
        assertThat(apply(ContextRules.Rule.ATOMIC, "رئيس أذربيجان إلهام علييف", O, BO, BP, IP))
                .containsExactly(O, BL, BP, IP);
        // also once a crossing span has been cut: [أذربيجان إلهام] علييف
        assertThat(apply(ContextRules.Rule.ATOMIC, "رئيس أذربيجان إلهام علييف", O, BO, IO, BP))
                .containsExactly(O, BL, BP, IP);
        // a longer organisation that contains the country stays
        assertThat(apply(ContextRules.Rule.ATOMIC, "حكومة أذربيجان قالت", BO, IO, O))
                .containsExactly(BO, IO, O);
    }

    @Test
    void nisbaDropsABareAdjectiveOfRelationToACountry() {
        // ليبي is "Libyan" (ليبيا) and a weak alias of مارتشيلو ليبي: alone or after a common noun it is no person
        assertThat(apply(ContextRules.Rule.NISBA, "قال مواطن ليبي إن", O, BP, IP, O))
                .containsExactly(O, O, O, O);
        assertThat(apply(ContextRules.Rule.NISBA, "قال إن ليبي سيبقى", O, O, BP, O))
                .containsExactly(O, O, O, O);
        assertThat(apply(ContextRules.Rule.NISBA, "وقال عراقي إن", O, BP, O))
                .containsExactly(O, O, O);
    }

    @Test
    void nisbaKeepsAPersonNamedInFullAndNamesWithTheArticle() {
        assertThat(apply(ContextRules.Rule.NISBA, "قال المدرب مارتشيلو ليبي", O, O, BP, IP))
                .containsExactly(O, O, BP, IP);
        // المصري is a family name as often as an adjective
        assertThat(apply(ContextRules.Rule.NISBA, "قال المصري إن", O, BP, O))
                .containsExactly(O, BP, O);
        // not an adjective of a known place
        assertThat(apply(ContextRules.Rule.NISBA, "قال سامي إن", O, BP, O))
                .containsExactly(O, BP, O);
    }

    @Test
    void placeNameMakesAKnownPlaceTakenForAPersonAPlace() {
        // فيرجينيا is also a foreign given name; alone it is the US state
        assertThat(apply(ContextRules.Rule.PLACE_NAME, "تحدث في فيرجينيا عن الاقتصاد", O, O, BP, O, O))
                .containsExactly(O, O, BL, O, O);
        // كورت is a given name, هامتون كورت a palace
        assertThat(apply(ContextRules.Rule.PLACE_NAME, "في هامتون كورت أمس", O, BP, IP, O))
                .containsExactly(O, BL, IL, O);
    }

    @Test
    void placeNameKeepsAPersonWithAFamilyNameOrATitle() {
        assertThat(apply(ContextRules.Rule.PLACE_NAME, "قالت فيرجينيا وولف", O, BP, BP))
                .containsExactly(O, BP, BP);
        assertThat(apply(ContextRules.Rule.PLACE_NAME, "قالت الكاتبة فيرجينيا أمس", O, O, BP, O))
                .containsExactly(O, O, BP, O);
        // a person span longer than the place stays a person
        assertThat(apply(ContextRules.Rule.PLACE_NAME, "قالت فيرجينيا سميث", O, BP, IP))
                .containsExactly(O, BP, IP);
    }
}
