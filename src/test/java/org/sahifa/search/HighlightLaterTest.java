package org.sahifa.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A search may highlight only its first hits; the others are highlighted on request, exactly the same. */
class HighlightLaterTest extends SearchServiceTestSupport {

    @Test
    void hitsBeyondTheFirstAreHighlightedLaterExactlyAsTheSearchWouldHave() {
        for (int k = 0; k < 6; k++) {
            source.add("تقرير " + k + " عن كاراباخ", "قالت المصادر إن الاشتباكات تجددت في قره باغ، وإن الوسطاء وصلوا إلى كراباخ " + k);
        }
        open();

        SearchOptions options = SearchOptions.defaults().withLimit(10);
        SearchResults all = search.search("كاراباخ", options);
        SearchResults first = search.search("كاراباخ", options.withSnippets(2));
        assertThat(first.hits()).hasSize(6);
        assertThat(first.hits().subList(0, 2)).allSatisfy(h -> assertThat(h.snippet()).isNotNull());
        assertThat(first.hits().subList(2, 6)).allSatisfy(h -> {
            assertThat(h.snippet()).isNull();
            assertThat(h.matched()).isEmpty();
            assertThat(h.titleMarks()).isEmpty();
        });

        List<Long> later = new ArrayList<>();
        first.hits().subList(2, 6).forEach(h -> later.add(h.articleId()));
        later.add(999L); // not in the index: left out
        List<Highlight> highlights = search.highlight("كاراباخ", options, later);
        assertThat(highlights).extracting(Highlight::articleId).containsExactlyElementsOf(later.subList(0, 4));
        for (Highlight h : highlights) {
            SearchHit eager = all.hits().stream().filter(x -> x.articleId() == h.articleId()).findFirst().orElseThrow();
            assertThat(h.snippet()).isEqualTo(eager.snippet());
            assertThat(h.matched()).isEqualTo(eager.matched()).contains("قره باغ", "كراباخ");
            assertThat(h.titleMarks()).isEqualTo(eager.titleMarks());
        }
    }

    @Test
    void optionsKeepHighlightingEveryHitUnlessAsked() {
        assertThat(SearchOptions.defaults().snippets()).isEqualTo(20);
        assertThat(SearchOptions.defaults().withLimit(500).snippets()).isEqualTo(500);
        assertThat(SearchOptions.defaults().withLimit(500).withSnippets(40).snippets()).isEqualTo(40);
        assertThat(SearchOptions.defaults().withSnippets(40).snippets()).isEqualTo(20);
    }
}
