package org.sahifa.ui.entities;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahifa.entities.EntitySummary;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.NameForm;
import org.sahifa.entities.Spelling;
import org.sahifa.library.Library;
import org.sahifa.ui.LibraryTestSupport;
import org.sahifa.ui.common.CurrentThreadTaskExecutor;
import org.sahifa.ui.layout.MatchFinder;
import org.sahifa.ui.reader.ReaderViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places and persons within reach, on the reference article: the list filtered by any spelling, the page's forms
 * of the name with their article counts, and an article opened from the page highlighting every mention.
 */
class EntityPagesWithinReachTest extends LibraryTestSupport {

    static final Path SEED = Files.exists(Path.of("../shared/seeds/karabakh-report.txt"))
            ? Path.of("../shared/seeds/karabakh-report.txt") : Path.of("samples/karabakh-report.txt");

    private final CurrentThreadTaskExecutor ex = new CurrentThreadTaskExecutor();
    private long kremlinArticle;

    @BeforeEach
    void importSeed() {
        library = Library.open(dir.resolve("lib"));
        assertThat(library.imports().importPaths(List.of(SEED)).stored()).isEqualTo(2);
        kremlinArticle = library.articles().scan(0, 10).stream()
                .filter(a -> a.title().startsWith("الكرملين")).findFirst().orElseThrow().id();
    }

    private EntitySummary karabakh() {
        EntityBrowserViewModel browser = new EntityBrowserViewModel(library, ex);
        browser.show(EntityType.PLACE);
        return browser.items().stream()
                .filter(s -> s.spellings().stream().anyMatch(sp -> sp.text().equals("كاراباخ")))
                .findFirst().orElseThrow();
    }

    @Test
    void theListFiltersByAnySpellingOfAName() {
        long id = karabakh().entity().id();
        EntityBrowserViewModel browser = new EntityBrowserViewModel(library, ex);
        browser.show(EntityType.PLACE);
        int all = browser.items().size();
        assertThat(all).isGreaterThan(3);
        for (String typed : List.of("قرة", "قره باغ", "كاراباخ", "  كراباخ ", "باخ")) {
            browser.filterProperty().set(typed);
            assertThat(browser.items()).as(typed).extracting(s -> s.entity().id()).contains(id);
            assertThat(browser.items().size()).as(typed).isLessThan(all);
        }
        browser.filterProperty().set("موسكو");
        assertThat(browser.items()).extracting(s -> s.entity().name()).noneMatch(n -> n.contains("باغ"));
        browser.filterProperty().set("اسمٌ لا يرد");
        assertThat(browser.items()).isEmpty();
        browser.filterProperty().set("%");
        assertThat(browser.items()).isEmpty();
        browser.filterProperty().set("");
        assertThat(browser.items()).hasSize(all);
    }

    @Test
    void thePageListsTheFormsOfTheNameWithTheirArticleCounts() {
        EntitySummary k = karabakh();
        EntityPageViewModel page = new EntityPageViewModel(library, ex, ZoneOffset.UTC);
        page.open(k.entity().id());
        List<NameForm> forms = page.pageProperty().get().forms();
        // قره باغ (and قرة باغ, the same form) is written in both items, كاراباخ only in the Kremlin one.
        assertThat(forms).filteredOn(f -> f.text().equals("قره باغ")).singleElement()
                .extracting(NameForm::articles).isEqualTo(2L);
        assertThat(forms).filteredOn(f -> f.text().equals("كاراباخ")).singleElement()
                .extracting(NameForm::articles).isEqualTo(1L);
        assertThat(forms).allMatch(f -> f.articles() >= 1 && f.articles() <= k.articles() && f.mentions() >= f.articles());
        assertThat(forms.stream().mapToLong(NameForm::mentions).sum()).isEqualTo(k.mentions());
        assertThat(forms).isSortedAccordingTo((a, b) -> Long.compare(b.articles(), a.articles()));
    }

    @Test
    void anArticleOpenedFromThePageHighlightsEveryMentionOfTheEntity() {
        EntitySummary k = karabakh();
        long mentions = library.entities().mentions(kremlinArticle).stream()
                .filter(m -> m.entity().id() == k.entity().id()).count();
        assertThat(mentions).isEqualTo(11);
        List<String> spellings = k.spellings().stream().map(Spelling::text).toList();
        ReaderViewModel reader = new ReaderViewModel(library, ex);
        reader.openForEntity(kremlinArticle, k.entity().id(), spellings);
        List<String> forms = reader.highlightsProperty().get();
        assertThat(forms).contains("قرة باغ");
        int highlighted = MatchFinder.find(reader.loadedProperty().get().document().textBlocks(), forms).size();
        assertThat(highlighted).isEqualTo(mentions);
    }
}
