package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two spellings a vowel letter apart decided by the full names they are tagged in (decision 0126). */
class SharedFullNamesTest {

    /** The full names of {@code spelling} from tagged words or pairs, each tagged in one article. */
    private static SharedFullNames.FullNames names(String spelling, String... tagged) {
        Map<String, Long> counts = new HashMap<>();
        for (String t : tagged) {
            counts.put(t, 1L);
        }
        return SharedFullNames.of(spelling, counts);
    }

    @Test
    void theFullNamesOfASpellingAreTheWordsTaggedRightBeforeAndAfterIt() {
        SharedFullNames.FullNames david = names("ديفيد", "ديفيد كاميرون", "كامب ديفيد", "ديفيد", "كاميرون",
                "ديفيد كاميرون وزوجته", "جون ديفيدسون", "سام ديفيد لويز");
        assertThat(david.after()).containsOnlyKeys("كاميرون");
        assertThat(david.before()).containsOnlyKeys("كامب");
        assertThat(SharedFullNames.isFullNameOf("ديفيد كاميرون", "ديفيد")).isTrue();
        assertThat(SharedFullNames.isFullNameOf("كامب ديفيد", "ديفيد")).isTrue();
        assertThat(SharedFullNames.isFullNameOf("كامب ديفيدي", "ديفيد")).isFalse();
        assertThat(SharedFullNames.isFullNameOf("ديفيد", "ديفيد")).isFalse();
        assertThat(SharedFullNames.isFullNameOf("ديفيد كاميرون رئيس", "ديفيد")).isFalse();
    }

    @Test
    void twoSpellingsTaggedInTheFullNamesOfTwoPeopleAreOneName() {
        SharedFullNames.FullNames david = names("ديفيد", "ديفيد كاميرون", "ديفيد لويز", "ديفيد سيلفا");
        SharedFullNames.FullNames davide = names("دافيد", "دافيد لويز", "دافيد سيلفا", "دافيد جينولا");
        assertThat(SharedFullNames.same("ديفيد", david, "دافيد", davide)).isTrue();
        // family names: the same given names before both (والتر بالمر, وولتر بالمر; والتر جيبسون, وولتر جيبسون)
        assertThat(SharedFullNames.same("والتر", names("والتر", "جيمس والتر", "مارك والتر"), "وولتر",
                names("وولتر", "جيمس وولتر", "مارك وولتر"))).isTrue();
        // one of each kind: two people
        assertThat(SharedFullNames.same("ديفيد", names("ديفيد", "ديفيد لويز", "كامب ديفيد"), "دافيد",
                names("دافيد", "دافيد لويز", "كامب دافيد"))).isTrue();
    }

    @Test
    void onePersonWrittenBothWaysIsNotEnough() {
        // بارك اوباما is Barack Obama misspelt; بارك is mostly the Korean name Park
        SharedFullNames.FullNames barack = names("باراك", "باراك اوباما", "باراك حسين");
        SharedFullNames.FullNames park = names("بارك", "بارك اوباما", "بارك جون", "بارك كون");
        assertThat(SharedFullNames.same("باراك", barack, "بارك", park)).isFalse();
        // two spellings of one partner are one person (مورجان, مورغان شنايدرلين)
        assertThat(SharedFullNames.same("شنايدرلين", names("شنايدرلين", "مورجان شنايدرلين", "مورغان شنايدرلين"),
                "شنيدرلين", names("شنيدرلين", "مورجان شنيدرلين", "مورغان شنيدرلين"))).isFalse();
        assertThat(SharedFullNames.people(java.util.Set.of("مورجان", "مورغان", "لويز"))).isEqualTo(2);
    }

    @Test
    void particlesShortWordsDictionaryWordsAndTheSpellingsOwnWordsSayNothing() {
        // دي (de Gea), فان, سان, a dictionary word (مدينة), and the other spelling itself
        SharedFullNames.FullNames a = names("دافيد", "دافيد دي", "دافيد فان", "مدينه دافيد", "دافيد سان",
                "دافيد ديفيد", "دافيد بن");
        SharedFullNames.FullNames b = names("ديفيد", "ديفيد دي", "ديفيد فان", "مدينه ديفيد", "ديفيد سان",
                "ديفيد دافيد", "ديفيد بن");
        assertThat(SharedFullNames.shared("دافيد", a, "ديفيد", b, true)).isEmpty();
        assertThat(SharedFullNames.shared("دافيد", a, "ديفيد", b, false)).isEmpty();
        assertThat(SharedFullNames.same("دافيد", a, "ديفيد", b)).isFalse();
        // native Arabic given names are in too many people's names (ناجي صالح, نجوى صالح; ناجي أحمد, نجوى أحمد)
        assertThat(SharedFullNames.same("ناجي", names("ناجي", "ناجي صالح", "ناجي احمد"), "نجوي",
                names("نجوي", "نجوي صالح", "نجوي احمد"))).isFalse();
        // before a spelling, a dictionary word that is a person's name word too (جون) counts; after it, a family
        // name that is a word (بلاتيني: platinum) counts
        assertThat(SharedFullNames.same("ميشال", names("ميشال", "ميشال بلاتيني", "جون ميشال"), "ميشيل",
                names("ميشيل", "ميشيل بلاتيني", "جون ميشيل"))).isTrue();
        assertThat(SharedFullNames.shared("ميشال", names("ميشال", "منتخب ميشال"), "ميشيل",
                names("ميشيل", "منتخب ميشيل"), false)).isEmpty();
        // the article before a partner is left out: الكانتارا and كانتارا are one word
        assertThat(SharedFullNames.shared("دانيال", names("دانيال", "دانيال الكانتارا"), "دانييل",
                names("دانييل", "دانييل كانتارا"), true)).containsExactly("كانتارا");
    }

    @Test
    void fullNamesDecideWhereTheContextIsTooBroad() {
        // two Davids: a prime minister's context and a footballer's share little (cosine far below 0.6)
        SpellingContext.Signature david = SpellingContext.signature(290, 290,
                Map.of("بريطانيا", 100L, "لندن", 80L, "كاميرون", 72L));
        SpellingContext.Signature davide = SpellingContext.signature(26, 26,
                Map.of("برشلونه", 10L, "مدريد", 8L, "تشيلسي", 6L));
        SharedFullNames.FullNames fd = names("ديفيد", "ديفيد كاميرون", "ديفيد لويز", "ديفيد سيلفا");
        SharedFullNames.FullNames fe = names("دافيد", "دافيد لويز", "دافيد سيلفا");
        assertThat(SpellingContext.compare("ديفيد", david, "دافيد", davide, w -> 10, 10_000)).isFalse();
        assertThat(SpellingContext.sameName("ديفيد", david, fd, "دافيد", davide, fe, w -> 10, 10_000)).isTrue();
        // without the articles each spelling needs, nothing decides
        assertThat(SpellingContext.sameName("ديفيد", david, fd, "دافيد", SpellingContext.signature(2, 2, Map.of()), fe,
                w -> 10, 10_000)).isFalse();
        assertThat(SpellingContext.sameName("ديفيد", david, fd, "دافيد", davide, SharedFullNames.FullNames.NONE,
                w -> 10, 10_000)).isFalse();
    }
}
