package org.sahifa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LightStemmerTest {

    private static final NameLexicon NAMES = NameLexicon.of(List.of("بوتين", "واشنطن", "إلهام", "روسيا",
            "كاراباخ", "الكرملين"));

    private final LightStemmer stemmer = new LightStemmer(NAMES);

    private static String stockLucene(String word) throws IOException {
        try (ArabicAnalyzer a = new ArabicAnalyzer(); TokenStream ts = a.tokenStream("f", word)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            List<String> out = new ArrayList<>();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
            return String.join(" ", out);
        }
    }

    @Test
    void stockLuceneMangledTheseNamesAndOursKeepsThem() throws IOException {
        Map<String, String> mangled = Map.of("بوتين", "بوت", "واشنطن", "اشنطن", "إلهام", "هام");
        for (var e : mangled.entrySet()) {
            assertThat(stockLucene(e.getKey())).as("stock Lucene on " + e.getKey()).isEqualTo(e.getValue());
            String norm = ArabicNormalizer.normalize(e.getKey());
            assertThat(stemmer.stem(norm)).isEqualTo(norm);
        }
    }

    @Test
    void aProcliticBeforeAKnownNameIsRemovedAndTheNameKept() {
        assertThat(stemmer.stem("وبوتين")).isEqualTo("بوتين");
        assertThat(stemmer.stem("لروسيا")).isEqualTo("روسيا");
        assertThat(stemmer.stem("وواشنطن")).isEqualTo("واشنطن");
        assertThat(stemmer.stem("والكرملين")).isEqualTo("الكرملين");
        assertThat(stemmer.stem("بكاراباخ")).isEqualTo("كاراباخ");
    }

    @Test
    void ordinaryWordsLoseCliticsAndSuffixes() {
        assertThat(stemmer.stem("الحكومه")).isEqualTo("حكوم");
        assertThat(stemmer.stem("حكومات")).isEqualTo("حكوم");
        assertThat(stemmer.stem("وللحكومه")).isEqualTo("حكوم");
        assertThat(stemmer.stem("والكتاب")).isEqualTo("كتاب");
        assertThat(stemmer.stem("كتابها")).isEqualTo("كتاب");
        assertThat(stemmer.stem("المعلمين")).isEqualTo("معلم");
        assertThat(stemmer.stem("بالمدرسه")).isEqualTo(stemmer.stem("المدرسه"));
    }

    @Test
    void minimumStemLengthsProtectShortWordsAndPlaceNames() {
        assertThat(stemmer.stem("بعدما")).isEqualTo("بعدما");
        assertThat(stemmer.stem("لبنان")).isEqualTo("لبنان");
        assertThat(stemmer.stem("اذربيجان")).isEqualTo("اذربيجان");
        assertThat(stemmer.stem("سنين")).isEqualTo("سنين");
        assertThat(stemmer.stem("في")).isEqualTo("في");
        assertThat(stemmer.stem("التي")).isEqualTo("التي");
    }

    @Test
    void withoutAnyLexiconUnknownNamesEndingInYehNoonAreStillKept() {
        LightStemmer bare = new LightStemmer(NameLexicon.NONE);
        assertThat(bare.stem("بوتين")).isEqualTo("بوتين");
        assertThat(bare.stem("كاراباخ")).isEqualTo("كاراباخ");
    }

    @Test
    void procliticFormsForTheNameIndex() {
        assertThat(stemmer.withoutProclitics("وكاراباخ")).containsExactly("كاراباخ");
        assertThat(stemmer.withoutProclitics("الهام")).isEmpty();
        assertThat(new LightStemmer(NameLexicon.NONE).withoutProclitics("الكرملين")).contains("كرملين");
    }

    @Test
    void aDoubleCliticBeforeAGivenNameAlsoGivesTheOuterCliticsReading() {
        LightStemmer given = new LightStemmer(NameLexicon.of(List.of("هند", "بنان", "جبيل")));
        assertThat(given.withoutProclitics("والهند")).containsExactly("الهند", "هند");
        assertThat(given.withoutProclitics("وبالهند")).containsExactly("الهند", "هند");
        assertThat(given.withoutProclitics("بالهند")).containsExactly("الهند", "هند");
        assertThat(given.withoutProclitics("ولبنان")).containsExactly("لبنان", "بنان");
        assertThat(given.withoutProclitics("الهند")).containsExactly("هند");
        assertThat(given.withoutProclitics("لبنان")).containsExactly("بنان");
        assertThat(given.withoutProclitics("للجبيل")).containsExactly("جبيل");
        assertThat(given.withoutProclitics("وهند")).containsExactly("هند");
    }
}
