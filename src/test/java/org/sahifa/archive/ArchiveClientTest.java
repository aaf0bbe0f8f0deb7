package org.sahifa.archive;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Archive addresses and the client's failure messages, without a cluster. */
class ArchiveClientTest {

    @Test
    void anArchiveAddressIsNodeUrlsAndOneCollection() {
        ArchiveAddress a = ArchiveAddress.parse("http://solr1:8983/solr/news/, http://solr2:8983/solr/news");
        assertThat(a.nodes()).containsExactly("http://solr1:8983/solr", "http://solr2:8983/solr");
        assertThat(a.collection()).isEqualTo("news");
        assertThat(ArchiveAddress.of("http://solr1:8983/solr/", "news")).isEqualTo(
                new ArchiveAddress(List.of("http://solr1:8983/solr"), "news"));
    }

    @Test
    void badAddressesAreRefusedInWords() {
        assertThatThrownBy(() -> ArchiveAddress.parse("http://a:8983/solr/news,http://b:8983/solr/other"))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("two collections: «news» and «other»");
        assertThatThrownBy(() -> ArchiveAddress.parse("news"))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("Not an archive address: «news»");
        assertThatThrownBy(() -> ArchiveAddress.of("ftp://a/solr", "news"))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("Not a Solr URL: «ftp://a/solr»");
        assertThatThrownBy(() -> ArchiveAddress.of("http://a:8983/solr", "new s"))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("Not a collection name: «new s»");
    }

    @Test
    void aClusterThatNeverAnswersFailsAfterThePatienceNamingEveryNode() {
        ArchiveAddress a = ArchiveAddress.parse("http://127.0.0.1:1/solr/news,http://127.0.0.1:2/solr/news");
        try (ArchiveClient c = new ArchiveClient(a, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> new ArchiveSearch(c, a).search("كاراباخ", org.sahifa.search.SearchOptions.defaults()))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageStartingWith("Searching http://127.0.0.1:1/solr/news failed on every Solr node "
                            + "(http://127.0.0.1:1/solr, http://127.0.0.1:2/solr)");
        }
    }
}
