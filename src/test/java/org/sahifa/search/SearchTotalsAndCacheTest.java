package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.store.Article;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The capped total count and the per-generation cache of name spellings, through the service. */
class SearchTotalsAndCacheTest extends SearchServiceTestSupport {

    @Test
    void totalsAreExactUpToTheThresholdThenMoreThanTheThreshold() {
        int many = SearchService.TOTAL_HITS_THRESHOLD + 150;
        for (int k = 0; k < many; k++) {
            source.add("خبر رقم " + k, k < 30 ? "وصل الوفد إلى كراباخ صباح اليوم" : "استقبل الرئيس الوزير في المدينة");
        }
        open();

        SearchResults few = search.search("كراباخ", SearchOptions.defaults());
        assertThat(few.totalExact()).isTrue();
        assertThat(few.totalHits()).isEqualTo(30);

        SearchResults lots = search.search("خبر", SearchOptions.defaults());
        assertThat(lots.totalExact()).isFalse();
        assertThat(lots.totalHits()).isEqualTo(SearchService.TOTAL_HITS_THRESHOLD);
        assertThat(lots.hits()).hasSize(20);

        SearchResults newest = search.search("خبر", SearchOptions.defaults().withNewestFirst(true));
        assertThat(newest.totalExact()).isFalse();
        assertThat(newest.totalHits()).isEqualTo(SearchService.TOTAL_HITS_THRESHOLD);
        assertThat(newest.hits().get(0).articleId()).isEqualTo(many); // newest first: the last one added
    }

    @Test
    void exactlyTheThresholdIsStillAnExactCount() {
        for (int k = 0; k < SearchService.TOTAL_HITS_THRESHOLD; k++) {
            source.add("خبر رقم " + k, "نص قصير");
        }
        open();
        SearchResults r = search.search("خبر", SearchOptions.defaults());
        assertThat(r.totalExact()).isTrue();
        assertThat(r.totalHits()).isEqualTo(SearchService.TOTAL_HITS_THRESHOLD);
    }

    @Test
    void aSpellingIndexedAfterASearchIsFoundByTheSameSearch() {
        source.add("تقرير", "اشتباكات جديدة في كاراباخ");
        open();
        SearchResults before = search.search("كاراباخ", SearchOptions.defaults());
        assertThat(before.totalHits()).isEqualTo(1);

        // a new spelling of the name arrives after the spellings of كاراباخ were looked up and cached
        Article added = source.add("تقرير آخر", "وصل الوسطاء إلى قره باغ مساء أمس");
        search.hook().committed(List.of(added));

        SearchResults after = search.search("كاراباخ", SearchOptions.defaults());
        assertThat(after.totalHits()).isEqualTo(2);
        List<Long> ids = new ArrayList<>();
        after.hits().forEach(h -> ids.add(h.articleId()));
        assertThat(ids).contains(added.id());
        assertThat(after.hits().stream().filter(h -> h.articleId() == added.id()).findFirst().orElseThrow().matched())
                .contains("قره باغ");

        // and a deleted article's spelling is no longer searched
        search.hook().deleted(List.of(added.id()));
        source.articles.remove(added.id());
        assertThat(search.search("كاراباخ", SearchOptions.defaults()).totalHits()).isEqualTo(1);
    }
}
