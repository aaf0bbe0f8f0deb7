package org.sahifa.search;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.sahifa.search.query.QueryNode;
import org.sahifa.text.NameMatcher;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Latin word's sound may reach when neither the lists nor the learned model give it a spelling (decision
 * 0032), with the counts SaudiNewsNet's library gives the words (articles holding each, articles tagging it).
 */
class LatinSoundTargetsTest {

    private static final NameMatcher MATCHER = NameMatcher.standard();

    /** tagged and article counts of normalised words, as the library of SaudiNewsNet has them */
    private static final Map<String, long[]> COUNTS = Map.of(
            "حضرموت", new long[] {83, 78},
            "هيل", new long[] {11, 43},
            "العزيز", new long[] {1039, 937},
            "السويس", new long[] {478, 341},
            "سويس", new long[] {40, 60},
            "ابدي", new long[] {0, 519},
            "داءره", new long[] {1, 620},
            "سابك", new long[] {1, 183});

    private static NameWords names() {
        return NameWords.over(w -> COUNTS.getOrDefault(w, new long[2])[0],
                w -> COUNTS.getOrDefault(w, new long[2])[1]);
    }

    /** An index that knows only which words are names and how many articles write each on its own. */
    static QueryIndex index(NameWords names, Map<String, Long> written) {
        return index(names, written, Map.of());
    }

    /**
     * The same, which also counts the articles of phrases from a table (of several phrases asked, the most: a lower
     * bound of their union).
     */
    static QueryIndex index(NameWords names, Map<String, Long> written, Map<String, Long> phrases) {
        return index(names, written, phrases, false);
    }

    /** The same, whose contexts call every two spellings one name ({@code same}) or none. */
    static QueryIndex index(NameWords names, Map<String, Long> written, Map<String, Long> phrases, boolean same) {
        return new QueryIndex() {
            @Override
            public long articlesWriting(List<List<String>> asked) {
                return asked.stream().mapToLong(p -> phrases.getOrDefault(String.join(" ", p), 0L)).max().orElse(0);
            }

            @Override
            public List<String> termsStartingWith(String field, String prefix, int max) {
                return List.of();
            }

            @Override
            public NameWords names() {
                return names;
            }

            @Override
            public long writtenArticles(String word) {
                return written.getOrDefault(word, 0L);
            }

            @Override
            public boolean sameName(String typed, String spelling) {
                return same;
            }

            @Override
            public Query linked(QueryNode.Entity e) {
                return null;
            }

            @Override
            public Query state(QueryNode.ArticleState state) {
                return null;
            }
        };
    }

    @Test
    void onlyNamesWithStrongEvidenceAreReached() {
        NameWords names = names();
        assertThat(names.isStrongName("حضرموت")).isTrue();   // a dictionary word, mostly a name in the library
        assertThat(names.isStrongName("هيل")).isFalse();     // tagged in a quarter of its articles
        assertThat(names.isStrongName("ابدي")).isFalse();    // a verb, never tagged
    }

    @Test
    void theArticleIsNotReadAsTheNamesFirstLetters() {
        QueryIndex index = index(names(), Map.of());
        assertThat(LatinSoundTargets.accepts(index, MATCHER, "lazio", "السويس")).isFalse();
        assertThat(LatinSoundTargets.accepts(index, MATCHER, "lazio", "العزيز")).isFalse();
        assertThat(LatinSoundTargets.accepts(index, MATCHER, "hadramout", "حضرموت")).isTrue();
    }

    @Test
    void theModelMustNotRuleTheSpellingOut() {
        assertThat(LatinSoundTargets.probable("hadramout", "حضرموت")).isTrue();
        assertThat(LatinSoundTargets.probable("unaizah", "العنزي")).isFalse();
    }

    @Test
    void aListedWordTheLibraryAlmostNeverTagsIsNoName() {
        assertThat(names().isName("داءره")).isFalse();  // دائرة: tagged in 1 of 620 articles
    }
}
