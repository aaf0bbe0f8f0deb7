package org.sahifa.ui.entities;

import org.junit.jupiter.api.Test;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.EntityType;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.TestLibraries;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;

import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class EntityViewModelsTest extends LibraryTestSupport {

    @Test
    void browserListsPlacesAndThePageHasSpellingsTimelineAndArticles() {
        library = TestLibraries.withArticles(dir, 3);
        CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
        EntityBrowserViewModel browser = new EntityBrowserViewModel(library, ex);
        browser.show(EntityType.PLACE);
        assertThat(browser.items()).isNotEmpty().allMatch(s -> s.entity().type() == EntityType.PLACE);
        EntitySummary azerbaijan = browser.items().stream()
                .filter(s -> s.entity().name().contains("أذربيجان")).findFirst().orElseThrow();

        EntityPageViewModel page = new EntityPageViewModel(library, ex, ZoneOffset.UTC);
        int[] changed = new int[1];
        page.setOnChanged(() -> changed[0]++);
        page.open(azerbaijan.entity().id());
        EntityPageViewModel.Page p = page.pageProperty().get();
        assertThat(p.summary().entity().id()).isEqualTo(azerbaijan.entity().id());
        assertThat(p.summary().spellings()).isNotEmpty();
        assertThat(p.articles()).extracting(r -> r.title()).contains(TestLibraries.SEED_TITLE);
        assertThat(p.timeline()).containsKey(YearMonth.of(2023, 9));

        page.rename("جمهورية أذربيجان");
        assertThat(changed[0]).isEqualTo(1);
        assertThat(page.pageProperty().get().summary().entity().name()).isEqualTo("جمهورية أذربيجان");

        page.mergeWith("اسم لا وجود له");
        assertThat(page.errorProperty().get()).isNotBlank();
    }
}
