package org.sahifa.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.library.Library;
import org.sahifa.store.ArticleDraft;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityServiceTest {

    @TempDir
    Path dir;

    private static ArticleDraft draft(String title, String body, String url) {
        return new ArticleDraft(title, null, body, url, null, "test", null, "ar", Instant.parse("2023-09-21T10:00:00Z"));
    }

    private static ArticleDraft seedDraft() throws IOException {
        String seed = EntityRecognizerTest.seed();
        int nl = seed.indexOf('\n');
        return draft(seed.substring(0, nl), seed.substring(nl + 1), "https://example.org/seed");
    }

    private static Entity entity(Library lib, EntityType type, String name) {
        return lib.entities().resolve(type, name).orElseThrow(() -> new AssertionError("no entity " + name));
    }

    @Test
    void theSeedIsRecognisedAtImportAndGroupedByEntity() throws IOException {
        try (Library lib = Library.open(dir)) {
            lib.store(List.of(seedDraft()));
            EntityService es = lib.entities();
            Entity karabakh = entity(lib, EntityType.PLACE, "ناغورني قره باغ");
            for (String spelling : List.of("كاراباخ", "كراباخ", "قرة باغ", "قره باغ", "ناغوروني كاراباخ", "ناغورني كراباخ")) {
                assertThat(es.resolve(EntityType.PLACE, spelling)).contains(karabakh);
            }
            Entity aliyev = entity(lib, EntityType.PERSON, "إلهام علييف");
            assertThat(es.resolve(EntityType.PERSON, "علييف")).contains(aliyev);
            assertThat(es.resolve(EntityType.PLACE, "اذربيجان")).contains(entity(lib, EntityType.PLACE, "أذربيجان"));
            for (String place : List.of("روسيا", "شوشا", "باكو", "أرمينيا", "يريفان")) {
                entity(lib, EntityType.PLACE, place);
            }
            for (String person : List.of("آنار ايفازوف", "فلاديمير بوتين", "نيكول باشينيان", "باشينيان")) {
                entity(lib, EntityType.PERSON, person);
            }
            EntitySummary k = es.get(karabakh.id()).orElseThrow();
            assertThat(k.articles()).isEqualTo(1);
            assertThat(k.mentions()).isGreaterThanOrEqualTo(10);
            assertThat(k.spellings()).extracting(Spelling::text).contains("كاراباخ", "قره باغ", "ناغوروني كاراباخ", "ناغورني كراباخ");
            assertThat(k.firstSeen()).isEqualTo(Instant.parse("2023-09-21T10:00:00Z"));
            List<EntitySummary> places = es.list(EntityType.PLACE, 100);
            assertThat(places).extracting(s -> s.entity().name()).contains("أذربيجان", "ناغورني قره باغ", "باكو");
            assertThat(places).allSatisfy(s -> assertThat(s.entity().type()).isEqualTo(EntityType.PLACE));
            assertThat(es.coMentions(aliyev.id(), 50)).extracting(c -> c.entity().name()).contains("فلاديمير بوتين");
        }
    }

    @Test
    void storedMentionsPointIntoTheArticleText() throws IOException {
        try (Library lib = Library.open(dir)) {
            long id = lib.store(List.of(seedDraft())).inserted().get(0).id();
            var article = lib.articles().require(id);
            List<StoredMention> ms = lib.entities().mentions(id);
            assertThat(ms).isNotEmpty();
            for (StoredMention m : ms) {
                String text = m.inTitle() ? article.title() : article.bodyText();
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void coMentionsCountArticles() {
        try (Library lib = Library.open(dir)) {
            lib.store(List.of(
                    draft("زيارة", "زار فلاديمير بوتين مدينة باكو أمس.", "u1"),
                    draft("لقاء", "استقبل إلهام علييف في باكو وزير خارجية روسيا.", "u2"),
                    draft("قمة", "التقى بوتين وعلييف في موسكو.", "u3")));
            EntityService es = lib.entities();
            Entity baku = entity(lib, EntityType.PLACE, "باكو");
            Entity putin = entity(lib, EntityType.PERSON, "بوتين");
            assertThat(es.get(baku.id()).orElseThrow().articles()).isEqualTo(2);
            assertThat(es.coMentions(putin.id(), 10)).anySatisfy(c -> {
                assertThat(c.entity()).isEqualTo(baku);
                assertThat(c.articles()).isEqualTo(1);
            });
            assertThat(es.articleIds(putin.id(), 10)).hasSize(2);
        }
    }

    @Test
    void correctionsSurviveARestartAndApplyToLaterImports() {
        long shusha;
        long split;
        try (Library lib = Library.open(dir)) {
            lib.store(List.of(draft("خبر", "وصل الوفد إلى شوشا ثم إلى باكو وكراباخ.", "a1")));
            EntityService es = lib.entities();
            shusha = entity(lib, EntityType.PLACE, "شوشا").id();
            es.rename(shusha, "شوشا (مدينة)");
            es.alias(shusha, "شوشي");
            Entity karabakh = entity(lib, EntityType.PLACE, "كراباخ");
            split = es.split(karabakh.id(), "كراباخ").id();
            Entity baku = entity(lib, EntityType.PLACE, "باكو");
            es.notAName(baku.id());
        }
        try (Library lib = Library.open(dir)) {
            EntityService es = lib.entities();
            assertThat(es.get(shusha).orElseThrow().entity().name()).isEqualTo("شوشا (مدينة)");
            assertThat(es.resolve(EntityType.PLACE, "شوشي")).map(Entity::id).contains(shusha);
            // a later import follows the corrections
            long later = lib.store(List.of(draft("خبر آخر", "عاد الوفد من شوشا إلى باكو ومنها إلى كراباخ وقره باغ.", "a2")))
                    .inserted().get(0).id();
            List<StoredMention> ms = es.mentions(later);
            assertThat(ms).anySatisfy(m -> {
                assertThat(m.text()).isEqualTo("شوشا");
                assertThat(m.entity().id()).isEqualTo(shusha);
            });
            assertThat(ms).noneSatisfy(m -> assertThat(m.text()).isEqualTo("باكو"));
            assertThat(ms).anySatisfy(m -> {
                assertThat(m.text()).isEqualTo("كراباخ");
                assertThat(m.entity().id()).isEqualTo(split);
            });
            assertThat(ms).anySatisfy(m -> {
                assertThat(m.text()).isEqualTo("وقره باغ");
                assertThat(m.entity().id()).isNotEqualTo(split);
            });
        }
    }

    @Test
    void mergeMovesMentionsAndSpellingsAndSurvivesAReimport() {
        long kept;
        try (Library lib = Library.open(dir)) {
            lib.store(List.of(draft("خبر", "تحدث سامي الحلبي أمس، وقال سامي حلبي إن الاتفاق قريب. وزار الحلبي دمشق.", "m1")));
            EntityService es = lib.entities();
            List<Entity> persons = es.list(EntityType.PERSON, 10).stream().map(EntitySummary::entity).collect(Collectors.toList());
            assertThat(persons).isNotEmpty();
            kept = persons.get(0).id();
            for (Entity other : persons.subList(1, persons.size())) {
                es.merge(kept, other.id());
            }
            assertThat(es.list(EntityType.PERSON, 10)).hasSize(1);
            // the merged entity keeps answering by its old id
            lib.articles().delete(List.of(lib.articles().ids()[0]));
            lib.store(List.of(draft("خبر", "تحدث سامي الحلبي أمس، وقال سامي حلبي إن الاتفاق قريب. وزار الحلبي دمشق.", "m1")));
            assertThat(es.list(EntityType.PERSON, 10)).extracting(s -> s.entity().id()).containsExactly(kept);
        }
        try (Library lib = Library.open(dir)) {
            assertThat(lib.entities().list(EntityType.PERSON, 10)).extracting(s -> s.entity().id()).containsExactly(kept);
        }
    }

    @Test
    void changeTypeHoldsForLaterImports() {
        try (Library lib = Library.open(dir)) {
            lib.store(List.of(draft("خبر", "قالت وكالة فرانس برس إن الوفد وصل.", "t1")));
            EntityService es = lib.entities();
            Entity afp = entity(lib, null, "فرانس برس");
            Entity changed = es.changeType(afp.id(), EntityType.PLACE);
            assertThat(changed.type()).isEqualTo(EntityType.PLACE);
            long later = lib.store(List.of(draft("خبر ثان", "ذكرت فرانس برس أن المحادثات انتهت.", "t2"))).inserted().get(0).id();
            assertThat(es.mentions(later)).anySatisfy(m -> assertThat(m.entity().id()).isEqualTo(afp.id()));
        }
    }

    @Test
    void badCorrectionsAreRefusedClearly() {
        try (Library lib = Library.open(dir)) {
            lib.store(List.of(draft("خبر", "زار بوتين باكو.", "b1")));
            EntityService es = lib.entities();
            Entity baku = entity(lib, EntityType.PLACE, "باكو");
            assertThatThrownBy(() -> es.rename(99999, "x")).hasMessageContaining("99999");
            assertThatThrownBy(() -> es.merge(baku.id(), baku.id())).hasMessageContaining("itself");
            assertThatThrownBy(() -> es.split(baku.id(), "باكو")).hasMessageContaining("only spelling");
            assertThatThrownBy(() -> es.rename(baku.id(), "  ")).hasMessageContaining("empty");
        }
    }

    @Test
    void suggestionsAndUnknownNames() {
        try (Library lib = Library.open(dir)) {
            lib.store(List.of(draft("خبر", "زار بوتين باكو ثم باريس.", "s1")));
            EntityService es = lib.entities();
            assertThat(es.suggest("با", null, 10)).extracting(Entity::name).contains("باكو", "باريس");
            assertThat(es.suggest("با", EntityType.PERSON, 10)).isEmpty();
            assertThat(es.resolve(EntityType.PLACE, "طوكيو")).isEqualTo(Optional.empty());
        }
    }

    @Test
    void articlesStoredBeforeAreCaughtUp() {
        try (Library lib = Library.open(dir)) {
            lib.store(List.of(draft("خبر", "زار بوتين باكو.", "c1")));
            // forget the scan, as if the article came from a library older than recognition
            lib.database().transaction(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM entity_mentions");
                    s.executeUpdate("DELETE FROM entity_scanned");
                }
                return null;
            });
            assertThat(lib.entities().unscanned()).isEqualTo(1);
            assertThat(lib.entities().scanMissing(n -> { }, () -> false)).isEqualTo(1);
            assertThat(lib.entities().unscanned()).isZero();
            assertThat(lib.entities().resolve(EntityType.PLACE, "باكو")).isPresent();
        }
    }
}
