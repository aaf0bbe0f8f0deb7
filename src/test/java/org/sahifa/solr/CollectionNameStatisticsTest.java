package org.sahifa.solr;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionNameStatisticsTest {

    @Test
    void theTextFormCarriesEveryCountIncludingTwoWordSpellingsAndZeros() {
        Map<String, Long> tagged = new LinkedHashMap<>(Map.of("دمشق", 12L, "قره باغ", 3L));
        Map<String, Long> articles = new LinkedHashMap<>(Map.of("دمشق", 20L, "الدمشقي", 0L));
        CollectionNameStatistics read = CollectionNameStatistics.parse(
                new CollectionNameStatistics(tagged, articles, Map.of()).encode());
        assertThat(read.tagged("دمشق")).hasValue(12L);
        assertThat(read.tagged("قره باغ")).hasValue(3L);
        assertThat(read.articles("الدمشقي")).hasValue(0L);
        assertThat(read.articles("حلب")).isEmpty(); // not covered: the shard's own count decides
        assertThat(CollectionNameStatistics.parse(null).isEmpty()).isTrue();
        assertThat(CollectionNameStatistics.parse(" \n").isEmpty()).isTrue();
    }

    @Test
    void theLearnedSpellingsOfALatinNameTravelWithTheCounts() {
        Map<String, List<String>> learned = new LinkedHashMap<>();
        learned.put("facebook", List.of("فيسبوك", "فيس بوك"));
        learned.put("zzyzx", List.of());
        CollectionNameStatistics read = CollectionNameStatistics.parse(
                new CollectionNameStatistics(Map.of(), Map.of(), learned).encode());
        assertThat(read.learned("facebook")).hasValue(List.of("فيسبوك", "فيس بوك"));
        assertThat(read.learned("zzyzx")).hasValue(List.of()); // decided: none, which a shard must not redo
        assertThat(read.learned("sabic")).isEmpty();
        assertThat(read.isEmpty()).isFalse();
    }

    @Test
    void theContextVerdictsTravelWithTheCounts() {
        Map<String, Boolean> contexts = new LinkedHashMap<>();
        contexts.put(CollectionNameStatistics.contextKey("جيزان", "جازان"), true);
        contexts.put(CollectionNameStatistics.contextKey("بارما", "بورما"), false);
        CollectionNameStatistics read = CollectionNameStatistics.parse(
                new CollectionNameStatistics(Map.of(), Map.of(), Map.of(), contexts).encode());
        assertThat(read.context("جيزان", "جازان")).hasValue(true);
        assertThat(read.context("بارما", "بورما")).hasValue(false);
        assertThat(read.context("جازان", "جيزان")).isEmpty(); // asked one way: a shard is told what the client asked
        assertThat(read.isEmpty()).isFalse();
        assertThatThrownBy(() -> CollectionNameStatistics.parse("c\tجيزان\tجازان\tmaybe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1 of sahifa.names");
    }

    @Test
    void aBrokenLineIsNamedInTheError() {
        assertThatThrownBy(() -> CollectionNameStatistics.parse("t\tدمشق\t12\na\tحلب\tكثير\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2 of sahifa.names").hasMessageContaining("حلب");
        assertThatThrownBy(() -> CollectionNameStatistics.parse("x\tدمشق\t1"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> CollectionNameStatistics.parse("t\tدمشق\t-3"))
                .hasMessageContaining("line 1");
    }
}
