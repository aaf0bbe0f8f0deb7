package org.sahifa.solr;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionNameStatisticsTest {

    @Test
    void theTextFormCarriesEveryCountIncludingTwoWordSpellingsAndZeros() {
        Map<String, Long> tagged = new LinkedHashMap<>(Map.of("دمشق", 12L, "قره باغ", 3L));
        Map<String, Long> articles = new LinkedHashMap<>(Map.of("دمشق", 20L, "الدمشقي", 0L));
        CollectionNameStatistics read = CollectionNameStatistics.parse(
                new CollectionNameStatistics(tagged, articles).encode());
        assertThat(read.tagged("دمشق")).hasValue(12L);
        assertThat(read.tagged("قره باغ")).hasValue(3L);
        assertThat(read.articles("الدمشقي")).hasValue(0L);
        assertThat(read.articles("حلب")).isEmpty(); // not covered: the shard's own count decides
        assertThat(CollectionNameStatistics.parse(null).isEmpty()).isTrue();
        assertThat(CollectionNameStatistics.parse(" \n").isEmpty()).isTrue();
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
