package org.sahifa.entities.train;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NameSwapTest {

    private static ConllCorpus.Sentence sentence(String... tokenTag) {
        List<String> toks = new java.util.ArrayList<>();
        List<String> tags = new java.util.ArrayList<>();
        for (String tt : tokenTag) {
            int cut = tt.lastIndexOf('/');
            toks.add(cut < 0 ? tt : tt.substring(0, cut));
            tags.add(cut < 0 ? "O" : tt.substring(cut + 1));
        }
        return new ConllCorpus.Sentence(toks, tags);
    }

    private static final ConllCorpus.Sentence VISIT = sentence("وقال", "الرئيس", "حسني/B-PERS", "مبارك/I-PERS",
            "في", "القاهرة/B-LOC", "إن", "مبارك/B-PERS", "زار", "وبالقاهرة/B-LOC", "مجلس/B-ORG", "الأمن/I-ORG", ".");

    private static final NameSwap SWAP = NameSwap.standard(List.of(VISIT));

    @Test
    void replacesPersonsAndPlacesWordForWordAndKeepsTheRest() {
        ConllCorpus.Sentence s = SWAP.swap(VISIT, new Random(3));
        assertThat(s.tags()).isEqualTo(VISIT.tags());
        assertThat(s.tokens().get(2) + " " + s.tokens().get(3)).isNotEqualTo("حسني مبارك");
        assertThat(s.tokens().get(5)).isNotEqualTo("القاهرة");
        for (int i : new int[] {0, 1, 4, 6, 8, 10, 11, 12}) {
            assertThat(s.tokens().get(i)).isEqualTo(VISIT.tokens().get(i));
        }
    }

    @Test
    void aPlaceWrittenWithProcliticsKeepsThemAndGetsTheSameReplacement() {
        for (long seed = 0; seed < 20; seed++) {
            ConllCorpus.Sentence s = SWAP.swap(VISIT, new Random(seed));
            assertThat(s.tokens().get(9)).isEqualTo("وب" + s.tokens().get(5));
        }
    }

    @Test
    void copiesFollowTheirSentenceAndOnlyNamedSentencesAreCopied() {
        ConllCorpus.Sentence plain = sentence("قال", "المتحدث", ".");
        List<ConllCorpus.Sentence> out = SWAP.augment(List.of(VISIT, plain), 2, 1);
        assertThat(out).hasSize(4);
        assertThat(out.get(0)).isSameAs(VISIT);
        assertThat(out.get(3)).isSameAs(plain);
        assertThat(out.get(1).tags()).isEqualTo(VISIT.tags());
        assertThat(out.get(1).tokens()).isNotEqualTo(out.get(2).tokens());
    }

    @Test
    void aFamilyNameWrittenAloneBecomesTheFamilyNameOfTheFullNamesReplacement() {
        for (ConllCorpus.Sentence copy : SWAP.augment(List.of(VISIT), 5, 11).subList(1, 6)) {
            assertThat(copy.tokens().get(7)).isEqualTo(copy.tokens().get(3)).isNotEqualTo("مبارك");
        }
    }

    @Test
    void oneNameHasOneReplacementAcrossTheSentencesOfACopy() {
        ConllCorpus.Sentence other = sentence("عاد", "إلى", "القاهرة/B-LOC", ".");
        List<ConllCorpus.Sentence> out = SWAP.augment(List.of(VISIT, other), 1, 5);
        assertThat(out.get(3).tokens().get(2)).isEqualTo(out.get(1).tokens().get(5)).isNotEqualTo("القاهرة");
    }

    @Test
    void theSameSeedGivesTheSameCopies() {
        assertThat(SWAP.augment(List.of(VISIT), 3, 7)).isEqualTo(SWAP.augment(List.of(VISIT), 3, 7));
    }
}
