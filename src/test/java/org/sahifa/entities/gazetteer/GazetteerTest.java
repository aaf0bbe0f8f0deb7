package org.sahifa.entities.gazetteer;

import org.junit.jupiter.api.Test;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.recognize.Tokenizer;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameLexicon;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.standard();

    @Test
    void icuCountriesAndCitiesAreKnownInArabic() {
        assertThat(g.lookup("أرمينيا", EntityType.PLACE)).isNotEmpty();
        assertThat(g.lookup("يريفان", EntityType.PLACE)).isNotEmpty();
        assertThat(g.lookup("الأرجنتين", EntityType.PLACE)).isNotEmpty();
    }

    @Test
    void aliasesPointAtTheCanonicalEntry() {
        assertThat(g.lookup("كاراباخ", EntityType.PLACE).get(0).canonical()).isEqualTo("ناغورني قره باغ");
        assertThat(g.lookup("ناغوروني كاراباخ", EntityType.PLACE).get(0).canonical()).isEqualTo("ناغورني قره باغ");
        assertThat(g.lookup("علييف", EntityType.PERSON).get(0).canonical()).isEqualTo("إلهام علييف");
        assertThat(g.lookup("بوتين", EntityType.PERSON).get(0).canonical()).isEqualTo("فلاديمير بوتين");
        assertThat(g.lookup("سورية", EntityType.PLACE).get(0).canonical()).isEqualTo("سوريا");
    }

    @Test
    void theLongestPhraseWinsAndCliticsAreRead() {
        var toks = Tokenizer.tokenize("وناغورني قره باغ");
        Gazetteer.Match m = g.match(toks, 0);
        assertThat(m.length()).isEqualTo(3);
        assertThat(m.clitic()).isTrue();
        assertThat(m.entry().canonical()).isEqualTo("ناغورني قره باغ");
    }

    @Test
    void worldCitiesAreLoadedWithTheirAdministrativePrefixDropped() {
        assertThat(g.lookup("قندهار", EntityType.PLACE)).isNotEmpty();
        assertThat(g.lookup("ولاية قندهار", EntityType.PLACE)).isNotEmpty();
    }

    @Test
    void titlesAndCuesEndAtTheirLastWord() {
        var toks = Tokenizer.tokenize("قال وزير الخارجية سامي");
        assertThat(g.titleEndingAt(toks, 2)).isEqualTo(2);
        var cue = Tokenizer.tokenize("في مدينة شوشا");
        assertThat(g.placeCueEndingAt(cue, 1)).isEqualTo(1);
        assertThat(g.placeCueEndingAt(cue, 2)).isZero();
    }

    @Test
    void csvFieldsMayBeQuoted() {
        assertThat(BundledLists.parseCsv("\"a,b\",c,\"d\"\"e\"")).containsExactly("a,b", "c", "d\"e");
    }

    @Test
    void theNameLexiconProtectsNamesNotWords() {
        NameLexicon lexicon = GazetteerNameLexicon.standard();
        assertThat(lexicon.isName(ArabicNormalizer.normalize("باشينيان"))).isTrue();
        assertThat(lexicon.isName(ArabicNormalizer.normalize("علييف"))).isTrue();
        assertThat(lexicon.isName(ArabicNormalizer.normalize("أحمد"))).isTrue();
        assertThat(lexicon.isName(ArabicNormalizer.normalize("موسكو"))).isTrue();
        assertThat(lexicon.isName(ArabicNormalizer.normalize("المفاوضات"))).isFalse();
    }

    @Test
    void foreignGivenNamesAreKnownWithTheirVariants() {
        for (String name : new String[] {"جورج", "فلاديمير", "أنجيلا", "انجيلا", "هيلاري", "غوردون", "جوردون", "ديفيد", "ديفد"}) {
            String f = Tokenizer.tokenize(name).get(0).fold();
            assertThat(g.isForeignGivenName(f)).as(name).isTrue();
            assertThat(g.isGivenName(f)).as(name).isTrue();
        }
        // with a proclitic
        assertThat(g.isForeignGivenName(Tokenizer.tokenize("وجورج").get(0).fold())).isTrue();
        // Arabic given names are not foreign; common words that are also foreign names were left out
        assertThat(g.isForeignGivenName(Tokenizer.tokenize("أحمد").get(0).fold())).isFalse();
        for (String common : new String[] {"جو", "أنا", "بيت", "جيل", "أكبر", "فرح"}) {
            assertThat(g.isForeignGivenName(Tokenizer.tokenize(common).get(0).fold())).as(common).isFalse();
        }
    }

    @Test
    void curatedPublicFiguresAreKnownByTheirShortNames() {
        assertThat(g.lookup("شوماخر", EntityType.PERSON).get(0).canonical()).isEqualTo("ميشائيل شوماخر");
        assertThat(g.lookup("تسيبي ليفني", EntityType.PERSON)).isNotEmpty();
        assertThat(g.lookup("بيل جيتس", EntityType.PERSON).get(0).canonical()).isEqualTo("بيل غيتس");
        // روس (Russians) is no person: no curated person is known by it
        assertThat(g.lookup("روس", EntityType.PERSON)).isEmpty();
    }

    @Test
    void commonWordsOfTheBundledNameListsAreNoGivenNames() {
        // بيان (statement) and حياة (life) are in the bundled female names; news uses them as words
        for (String word : new String[] {"بيان", "حياة", "ذكرى", "وعد"}) {
            String f = Tokenizer.tokenize(word).get(0).fold();
            assertThat(g.isGivenName(f)).as(word).isFalse();
            assertThat(g.nameWords()).as(word).doesNotContain(word);
        }
        // while real names of the same list stay, and our own additions are there
        for (String name : new String[] {"هند", "حسن", "محمود", "يوسف", "عمرو", "فيصل"}) {
            assertThat(g.isGivenName(Tokenizer.tokenize(name).get(0).fold())).as(name).isTrue();
        }
    }

    @Test
    void foreignFamilyNamesAreFamilyNames() {
        for (String name : new String[] {"سميث", "رودريغيز", "إيفانوف", "شميت", "كوهين"}) {
            assertThat(g.isFamilyName(Tokenizer.tokenize(name).get(0).fold())).as(name).isTrue();
        }
        assertThat(g.isFamilyName(Tokenizer.tokenize("روسي").get(0).fold())).isFalse();
    }
}
