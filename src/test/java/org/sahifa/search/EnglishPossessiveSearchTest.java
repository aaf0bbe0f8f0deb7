package org.sahifa.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;
import org.sahifa.store.ArticleDraft;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A name in an English article written with a possessive («Lebanon's cabinet») is found by the name. */
class EnglishPossessiveSearchTest {

    @TempDir
    Path dir;

    private Library library;

    @AfterEach
    void close() {
        if (library != null) {
            library.close();
        }
    }

    @Test
    void theNameFindsItsPossessiveAndMarksTheName() {
        library = Library.open(dir.resolve("lib"));
        long id = library.store(List.of(new ArticleDraft("Power plan approved", null,
                "Lebanon\u2019s cabinet approved an emergency electricity plan. The country's grid is old.", null, null,
                null, null, "en", null))).ids().get(0);
        List<SearchHit> hits = library.search().search("Lebanon", SearchOptions.defaults()).hits();
        assertThat(hits).extracting(SearchHit::articleId).containsExactly(id);
        SearchHit h = hits.get(0);
        assertThat(h.matched()).containsExactly("Lebanon");
        assertThat(library.search().search("country", SearchOptions.defaults()).hits())
                .extracting(SearchHit::articleId).containsExactly(id);
    }
}
