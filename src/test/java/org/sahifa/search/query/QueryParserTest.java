package org.sahifa.search.query;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParserTest {

    private static String parsed(String q) {
        return QueryParser.parse(q).toString();
    }

    @Test
    void wordsAreJoinedByAnd() {
        assertThat(parsed("قره باغ")).isEqualTo("all[word(قره), word(باغ)]");
        assertThat(parsed("Karabakh")).isEqualTo("word(Karabakh)");
    }

    @Test
    void phrasesInAnyQuoteStyle() {
        assertThat(parsed("\"ناغورني قره باغ\"")).isEqualTo("phrase(ناغورني قره باغ)");
        assertThat(parsed("«نزع سلاح» روسيا")).isEqualTo("all[phrase(نزع سلاح), word(روسيا)]");
        assertThat(parsed("“peace talks”")).isEqualTo("phrase(peace talks)");
        assertThat(parsed("„peace talks“")).isEqualTo("phrase(peace talks)");
    }

    @Test
    void exclusion() {
        assertThat(parsed("أذربيجان -بوتين")).isEqualTo("all[word(أذربيجان), not(word(بوتين))]");
        assertThat(parsed("-\"قره باغ\"")).isEqualTo("not(phrase(قره باغ))");
        assertThat(parsed("--بوتين")).isEqualTo("word(بوتين)");
        assertThat(parsed("-(-بوتين)")).isEqualTo("word(بوتين)");
    }

    @Test
    void hyphenInsideAWordIsPartOfTheWord() {
        assertThat(parsed("covid-19")).isEqualTo("word(covid-19)");
        assertThat(parsed("a - b")).isEqualTo("all[word(a), word(-), word(b)]");
    }

    @Test
    void orBindsTighterThanAnd() {
        assertThat(parsed("روسيا بوتين OR علييف")).isEqualTo("all[word(روسيا), any[word(بوتين), word(علييف)]]");
        assertThat(parsed("بوتين | علييف")).isEqualTo("any[word(بوتين), word(علييف)]");
        assertThat(parsed("بوتين أو علييف")).isEqualTo("any[word(بوتين), word(علييف)]");
        assertThat(parsed("a OR b OR c")).isEqualTo("any[word(a), word(b), word(c)]");
    }

    @Test
    void lowerCaseOrIsAWordAndAndIsDropped() {
        assertThat(parsed("war or peace")).isEqualTo("all[word(war), word(or), word(peace)]");
        assertThat(parsed("war AND peace")).isEqualTo("all[word(war), word(peace)]");
    }

    @Test
    void parenthesesGroup() {
        assertThat(parsed("(كراباخ OR \"قره باغ\") -بوتين"))
                .isEqualTo("all[any[word(كراباخ), phrase(قره باغ)], not(word(بوتين))]");
        assertThat(parsed("روسيا (بوتين OR علييف)")).isEqualTo("all[word(روسيا), any[word(بوتين), word(علييف)]]");
        assertThat(parsed("-(a b)")).isEqualTo("not(all[word(a), word(b)])");
    }

    @Test
    void filters() {
        assertThat(parsed("place:كراباخ")).isEqualTo("place(كراباخ)");
        assertThat(parsed("person:\"إلهام علييف\"")).isEqualTo("person(إلهام علييف)");
        assertThat(parsed("مكان:باكو شخص:بوتين")).isEqualTo("all[place(باكو), person(بوتين)]");
        assertThat(parsed("source:alriyadh")).isEqualTo("source(alriyadh)");
        assertThat(parsed("Source:\"Al Riyadh\" قره")).isEqualTo("all[source(Al Riyadh), word(قره)]");
        assertThat(parsed("is:bookmarked is:unread is:read"))
                .isEqualTo("all[is(bookmarked), is(unread), is(read)]");
        assertThat(parsed("-source:okaz")).isEqualTo("not(source(okaz))");
    }

    @Test
    void dates() {
        assertThat(parsed("from:2015-03-07")).isEqualTo("published(2015-03-07..*)");
        assertThat(parsed("to:2015-03-07")).isEqualTo("published(*..2015-03-07)");
        assertThat(parsed("from:2015 to:2015")).isEqualTo("all[published(2015-01-01..*), published(*..2015-12-31)]");
        assertThat(parsed("to:2016-02")).isEqualTo("published(*..2016-02-29)");
        assertThat(parsed("من:٢٠١٥-٠٣-٠١")).isEqualTo("published(2015-03-01..*)");
        assertThat(parsed("from:2015/3/1")).isEqualTo("published(2015-03-01..*)");
    }

    @ParameterizedTest
    @CsvSource({
            "from:yesterday, word(from:yesterday)",
            "from:2015-13-01, word(from:2015-13-01)",
            "to:2015-02-30, word(to:2015-02-30)",
            "is:happy, word(is:happy)",
            "source:, word(source:)",
            "10:30, word(10:30)",
            "http://x.org, word(http://x.org)",
    })
    void malformedFiltersDegradeToWords(String query, String expected) {
        assertThat(parsed(query)).isEqualTo(expected);
    }

    @Test
    void malformedStructureDegradesQuietly() {
        assertThat(parsed("\"قره باغ")).isEqualTo("all[word(قره), word(باغ)]");
        assertThat(parsed("(قره باغ")).isEqualTo("all[word(قره), word(باغ)]");
        assertThat(parsed("قره) باغ)")).isEqualTo("all[word(قره), word(باغ)]");
        assertThat(parsed("OR قره OR")).isEqualTo("word(قره)");
        assertThat(parsed("a OR OR b")).isEqualTo("any[word(a), word(b)]");
        assertThat(parsed("() \"\" -")).isEqualTo("word(-)");
        assertThat(parsed("»قره«")).isEqualTo("word(قره)");
    }

    @Test
    void emptyQueries() {
        assertThat(QueryParser.parse("").isEmpty()).isTrue();
        assertThat(QueryParser.parse(null).isEmpty()).isTrue();
        assertThat(QueryParser.parse("   \u00A0\t").isEmpty()).isTrue();
        assertThat(QueryParser.parse("OR ( )").isEmpty()).isTrue();
        assertThat(QueryParser.parse("قره").isEmpty()).isFalse();
    }

    @Test
    void deepNestingIsFlattenedNotFatal() {
        String deep = "(".repeat(30) + "قره" + ")".repeat(30);
        assertThat(parsed(deep)).isEqualTo("word(قره)");
        assertThat(QueryParser.parse("(".repeat(100_000)).isEmpty()).isTrue();
    }

    @Test
    void veryLongQueriesAreCut() {
        String longQuery = "كلمة ".repeat(1000);
        assertThat(QueryParser.parse(longQuery).root()).isInstanceOfSatisfying(QueryNode.All.class,
                all -> assertThat(all.children()).hasSize(QueryLexer.MAX_TOKENS));
    }

    @Test
    void dayRanges() {
        assertThat(QueryParser.firstDay("2024-02")).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(QueryParser.lastDay("2024-02")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(QueryParser.lastDay("2023")).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(QueryParser.firstDay("20231")).isNull();
    }

    @Property(tries = 500)
    void neverThrowsOnArbitraryText(@ForAll @StringLength(max = 60) String query) {
        ParsedQuery q = QueryParser.parse(query);
        assertThat(q.root()).isNotNull();
        assertThat(q.toString()).isNotNull();
    }

    @Property(tries = 500)
    void neverThrowsOnOperatorSoup(@ForAll @StringLength(max = 40)
                                   @Chars({'(', ')', '"', '«', '»', '“', '”', '-', '+', '|', ':', ' ', 'a', 'ب'})
                                   @CharRange(from = 'O', to = 'R') String query) {
        assertThat(QueryParser.parse(query).root()).isNotNull();
    }

    @Property(tries = 300)
    void plainWordsSurviveAsWords(@ForAll @StringLength(min = 1, max = 12)
                                  @CharRange(from = '\u0621', to = '\u064A') String word) {
        Assume.that(!word.equals("أو")); // the Arabic "or" operator is not a plain word
        assertThat(parsed(word + " " + word)).isEqualTo("all[word(" + word + "), word(" + word + ")]");
    }
}
