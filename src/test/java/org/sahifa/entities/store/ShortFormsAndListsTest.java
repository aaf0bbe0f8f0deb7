package org.sahifa.entities.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.entities.EntityService;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;
import org.sahifa.library.Library;
import org.sahifa.store.Article;
import org.sahifa.store.ArticleDraft;
import org.sahifa.text.NameMatcher;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short forms of a person's name are resolved per article; the library pass joins a short form to the one
 * person the library's articles give it to, keeps apart persons who share it, leaves the user's corrections
 * alone, and does not list words the library mostly writes as common words (decision records 0068, 0069).
 * Mentions are given by hand here, so that only grouping is tested, not the name finder.
 */
class ShortFormsAndListsTest {

    @TempDir
    Path dir;

    /** One article: its text and the person/place names in it (each name at its n-th occurrence, in order). */
    private record Doc(String body, List<Mention> names) {
    }

    private static Doc doc(String body, Object... typeAndName) {
        List<Mention> names = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeAndName.length; i += 2) {
            EntityType t = (EntityType) typeAndName[i];
            String name = (String) typeAndName[i + 1];
            int at = body.indexOf(name, from);
            if (at < 0) {
                at = body.indexOf(name);
            }
            names.add(new Mention(t, at, at + name.length(), name, name, name));
            from = at + name.length();
        }
        return new Doc(body, names);
    }

    private static final EntityType P = EntityType.PERSON;
    private static final EntityType L = EntityType.PLACE;

    private void index(Library lib, List<Doc> docs) {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            drafts.add(new ArticleDraft("خبر", null, docs.get(i).body(), "https://example.org/" + lib.hashCode() + "/" + i
                    + "/" + docs.get(i).body().hashCode(), null, "test", null, "ar", Instant.parse("2015-01-01T00:00:00Z")));
        }
        List<Article> stored = lib.store(drafts).inserted();
        MentionIndexer indexer = new MentionIndexer(() -> {
            throw new AssertionError("names are given");
        }, NameMatcher.standard());
        List<Object> prepared = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            prepared.add(new MentionIndexer.Recognized("خبر", docs.get(i).body(), List.of(), docs.get(i).names()));
        }
        lib.database().transaction(c -> indexer.indexInserted(c, stored, prepared));
    }

    /** The name of the entity each mention of the article at {@code index} (0-based, insertion order) went to. */
    private static List<String> entitiesOf(Library lib, int articleIndex) {
        return lib.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.surface, e.name FROM entity_mentions m "
                    + "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = (SELECT id FROM articles ORDER BY id "
                    + "LIMIT 1 OFFSET ?) ORDER BY m.start")) {
                ps.setInt(1, articleIndex);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + "=" + rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    private static EntityService service(Library lib) {
        return new EntityService(lib.database(), lib.articles(), () -> {
            throw new AssertionError("names are given");
        });
    }

    private static List<String> listed(EntityService es, EntityType type) {
        return es.list(type, 100).stream().map(s -> s.entity().name() + ":" + s.articles()).toList();
    }

    @Test
    void anAmbiguousShortFormIsResolvedPerArticleAndDroppedWhereNothingSaysWho() {
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, List.of(
                    doc("استقبل سلمان بن عبدالعزيز آل سعود الوفد. وقال سلمان إن", P, "سلمان بن عبدالعزيز آل سعود", P, "سلمان"),
                    doc("قال سلمان إن الاجتماع", P, "سلمان"),
                    doc("كتب سلمان العودة مقالا. وأضاف سلمان أن", P, "سلمان العودة", P, "سلمان")));
            assertThat(entitiesOf(lib, 0)).containsExactly("سلمان بن عبدالعزيز آل سعود=سلمان بن عبدالعزيز آل سعود",
                    "سلمان=سلمان بن عبدالعزيز آل سعود");
            assertThat(entitiesOf(lib, 1)).isEmpty();
            assertThat(entitiesOf(lib, 2)).containsExactly("سلمان العودة=سلمان العودة", "سلمان=سلمان العودة");
        }
    }

    @Test
    void aShortFormJoinsThePersonTheLibraryGivesItToAndStaysApartWhenItIsShared() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            docs.add(doc("قال نوري المالكي " + i + " ثم قال المالكي", P, "نوري المالكي", P, "المالكي"));
        }
        docs.add(doc("انتقد المالكي الحكومة", P, "المالكي"));
        for (int i = 0; i < 3; i++) {
            docs.add(doc("قال جورج دبليو بوش " + i + " وأضاف بوش", P, "جورج دبليو بوش", P, "بوش"));
            docs.add(doc("قال جورج بوش الأب " + i + " وأضاف بوش", P, "جورج بوش الأب", P, "بوش"));
        }
        docs.add(doc("وقال بوش في كلمته", P, "بوش"));
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, docs);
            EntityService es = service(lib);
            List<String> persons = listed(es, P);
            assertThat(persons).contains("نوري المالكي:5", "جورج دبليو بوش:3", "جورج بوش الأب:3");
            assertThat(persons).noneMatch(s -> s.startsWith("المالكي:") || s.startsWith("بوش:"));
            assertThat(entitiesOf(lib, 4)).containsExactly("المالكي=نوري المالكي");
            // written alone, بوش names nobody in particular
            assertThat(entitiesOf(lib, docs.size() - 1)).isEmpty();
        }
    }

    @Test
    void aFullNameJoinsTheOneLongerFormOfItEvenWithoutMeetingIt() {
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, List.of(
                    doc("أكد محمد بن نايف بن عبدالعزيز آل سعود أن", P, "محمد بن نايف بن عبدالعزيز آل سعود"),
                    doc("أكد محمد بن نايف بن عبدالعزيز أن", P, "محمد بن نايف بن عبدالعزيز"),
                    doc("أكد محمد بن فهد بن عبدالعزيز أن", P, "محمد بن فهد بن عبدالعزيز")));
            List<String> persons = listed(service(lib), P);
            assertThat(persons).containsExactlyInAnyOrder("محمد بن نايف بن عبدالعزيز آل سعود:2",
                    "محمد بن فهد بن عبدالعزيز:1");
        }
    }

    @Test
    void theUsersCorrectionsComeFirst() {
        try (Library lib = Library.openWithoutFeatures(dir)) {
            List<Doc> docs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                docs.add(doc("قال نوري المالكي " + i + " ثم قال المالكي", P, "نوري المالكي", P, "المالكي"));
            }
            docs.add(doc("انتقد المالكي الحكومة", P, "المالكي"));
            index(lib, docs);
            EntityService es = service(lib);
            long lone = lib.database().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM entities WHERE name = 'المالكي'");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            });
            // before any list was read the lone one is its own entity; the user says it is someone else
            assertThat(es.get(lone).orElseThrow().entity().name()).isEqualTo("المالكي");
            es.rename(lone, "عبد الله المالكي");
            assertThat(listed(es, P)).contains("نوري المالكي:4", "عبد الله المالكي:1");
            // and the user's alias of an ambiguous short form holds in later articles that write it alone
            long nouri = es.resolve(P, "نوري المالكي").orElseThrow().id();
            es.alias(nouri, "أبو إسراء");
            index(lib, List.of(doc("قال أبو إسراء إن", P, "أبو إسراء")));
            assertThat(entitiesOf(lib, 5)).containsExactly("أبو إسراء=نوري المالكي");
        }
    }

    @Test
    void placesTheGazetteerKnowsApartAreNeverSpellingVariantsOfOneAnother() {
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, List.of(doc("في خليج غينيا", L, "غينيا"), doc("زار أوباما كينيا", L, "كينيا"),
                    doc("عاد من كينيا", L, "كينيا")));
            assertThat(listed(service(lib), L)).containsExactlyInAnyOrder("كينيا:2", "غينيا:1");
        }
    }

    @Test
    void aShortFormWithATitleOfRankJoinsNoLongerNameOfAnotherRank() {
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, List.of(doc("افتتح الأمير خالد الفيصل المعرض الذي أسسه الملك خالد", P, "خالد الفيصل", P, "الملك خالد"),
                    doc("افتتح الأمير خالد الفيصل المعرض وقال الأمير خالد", P, "خالد الفيصل", P, "خالد")));
            assertThat(entitiesOf(lib, 0)).containsExactly("خالد الفيصل=خالد الفيصل");
            assertThat(entitiesOf(lib, 1)).containsExactly("خالد الفيصل=خالد الفيصل", "خالد=خالد الفيصل");
            // a king's title names no one else, even where the longer name carries no title
            index(lib, List.of(doc("في عهد الملك خالد يرحمه الله بكى السعوديون لقصيد خالد الفيصل", P, "الملك خالد",
                    P, "خالد الفيصل")));
            assertThat(entitiesOf(lib, 2)).containsExactly("خالد الفيصل=خالد الفيصل");
        }
    }

    @Test
    void aFamilyNameTheGazetteerGivesToOneManStaysApartWhereTheLibraryWritesItAlone() {
        List<Doc> docs = new ArrayList<>();
        docs.add(doc("قال عبد الملك الحوثي إن الحوثي", P, "عبد الملك الحوثي", P, "الحوثي"));
        for (int i = 0; i < 4; i++) {
            docs.add(doc("تقدم مسلحو الحوثي " + i, P, "الحوثي"));
        }
        List<Doc> gazetteerNamed = new ArrayList<>();
        for (Doc d : docs) {
            List<Mention> ms = new ArrayList<>();
            for (Mention m : d.names()) {
                ms.add(m.spelling().equals("الحوثي") ? new Mention(P, m.start(), m.end(), m.text(), m.spelling(),
                        "عبد الملك الحوثي") : m);
            }
            gazetteerNamed.add(new Doc(d.body(), ms));
        }
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, gazetteerNamed);
            List<String> persons = listed(service(lib), P);
            assertThat(persons).contains("عبد الملك الحوثي:1");
            assertThat(entitiesOf(lib, 0)).containsExactly("عبد الملك الحوثي=عبد الملك الحوثي", "الحوثي=عبد الملك الحوثي");
            assertThat(entitiesOf(lib, 2)).containsExactly("الحوثي=الحوثي");
        }
    }

    @Test
    void twoGivenNamesThatBeginSeveralNamesAreNotListedAndAFathersNameJoinsItsOnlyLongerForm() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            docs.add(doc("قال محمد علي " + i, P, "محمد علي"));
            docs.add(doc("قال عبدالله بن مساعد " + i, P, "عبدالله بن مساعد"));
        }
        for (int i = 0; i < 2; i++) {
            docs.add(doc("قال محمد علي العمري " + i, P, "محمد علي العمري"));
            docs.add(doc("قال محمد علي جعفري " + i, P, "محمد علي جعفري"));
        }
        docs.add(doc("قال عبدالله بن مساعد بن عبدالعزيز ثم قال عبدالله بن مساعد", P, "عبدالله بن مساعد بن عبدالعزيز",
                P, "عبدالله بن مساعد"));
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, docs);
            List<String> persons = listed(service(lib), P);
            assertThat(persons).containsExactlyInAnyOrder("محمد علي العمري:2", "محمد علي جعفري:2",
                    "عبدالله بن مساعد بن عبدالعزيز:4");
        }
    }

    @Test
    void aPlaceWhoseNameTheLibraryMostlyGivesToAClubIsNotListed() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            docs.add(doc("فاز برشلونة " + i + " على ضيفه", EntityType.ORGANIZATION, "برشلونة"));
        }
        docs.add(doc("وصل الوفد إلى برشلونة ثم مدريد", L, "برشلونة", L, "مدريد"));
        docs.add(doc("خسر ريال مدريد أمام ضيفه", EntityType.ORGANIZATION, "مدريد"));
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, docs);
            assertThat(listed(service(lib), L)).containsExactly("مدريد:1");
        }
    }

    @Test
    void aWordTheLibraryMostlyWritesAsACommonWordIsNotListed() {
        List<Doc> docs = new ArrayList<>();
        docs.add(doc("زار الرئيس مالي أمس", L, "مالي"));
        docs.add(doc("وصل الوفد إلى جدة أمس", L, "جدة"));
        for (int i = 0; i < 3; i++) {
            docs.add(doc("قدمت الحكومة دعم مالي " + i + " للمشروع في جدة", L, "جدة"));
        }
        try (Library lib = Library.openWithoutFeatures(dir)) {
            index(lib, docs);
            EntityService es = service(lib);
            assertThat(listed(es, L)).containsExactly("جدة:4");
            // still searchable by its name
            assertThat(es.resolve(L, "مالي")).isPresent();
        }
    }
}
