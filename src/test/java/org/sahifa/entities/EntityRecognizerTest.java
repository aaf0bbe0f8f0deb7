package org.sahifa.entities;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRecognizerTest {

    private final EntityRecognizer recognizer = EntityRecognizer.standard();

    static String seed() throws IOException {
        Path p = Path.of("../shared/seeds/karabakh-report.txt");
        Assumptions.assumeTrue(Files.isReadable(p), "shared seed not present");
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private Map<String, EntityType> entities(String text) {
        return recognizer.recognize(text).stream()
                .collect(Collectors.toMap(Mention::entity, Mention::type, (a, b) -> a));
    }

    @Test
    void everyPlaceAndPersonOfTheSeedIsFoundAndGrouped() throws IOException {
        String seed = seed();
        List<Mention> mentions = recognizer.recognize(seed);
        Map<String, EntityType> found = mentions.stream()
                .collect(Collectors.toMap(Mention::entity, Mention::type, (a, b) -> a));
        assertThat(found).containsEntry("أذربيجان", EntityType.PLACE)
                .containsEntry("روسيا", EntityType.PLACE)
                .containsEntry("ناغورني قره باغ", EntityType.PLACE)
                .containsEntry("شوشا", EntityType.PLACE)
                .containsEntry("باكو", EntityType.PLACE)
                .containsEntry("أرمينيا", EntityType.PLACE)
                .containsEntry("يريفان", EntityType.PLACE)
                .containsEntry("آنار ايفازوف", EntityType.PERSON)
                .containsEntry("إلهام علييف", EntityType.PERSON)
                .containsEntry("فلاديمير بوتين", EntityType.PERSON)
                .containsEntry("نيكول باشينيان", EntityType.PERSON);
        // every written form of Karabakh is one entity, whole names included
        List<String> karabakh = mentions.stream().filter(m -> m.entity().equals("ناغورني قره باغ"))
                .map(Mention::text).distinct().collect(Collectors.toList());
        assertThat(karabakh).contains("ناغورني قره باغ", "قره باغ", "كاراباخ", "ناغوروني كاراباخ",
                "ناغورني كراباخ", "كراباخ", "قرة باغ");
        // علييف alone is إلهام علييف
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("علييف");
            assertThat(m.entity()).isEqualTo("إلهام علييف");
        });
        // spans are offsets into the original text
        for (Mention m : mentions) {
            assertThat(seed.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void aTitleMarksAPersonAndAppositionKeepsTheNameWhole() {
        List<Mention> ms = recognizer.recognize("أعلن الكرملين أن الرئيس الروسي، فلاديمير بوتين، وصل إلى باريس.");
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("فلاديمير بوتين");
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
        });
        assertThat(ms).noneSatisfy(m -> assertThat(m.text()).contains("الرئيس"));
    }

    @Test
    void anUnknownNameAfterATitleIsAPerson() {
        List<Mention> ms = recognizer.recognize("وقال وزير الخارجية سامي الحلبي إن المحادثات مستمرة.");
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
            assertThat(m.text()).startsWith("سامي");
        });
    }

    @Test
    void aPlaceCueMarksAPlace() {
        List<Mention> ms = recognizer.recognize("وصل الوفد إلى مدينة حمص صباح اليوم.");
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("حمص");
            assertThat(m.type()).isEqualTo(EntityType.PLACE);
        });
    }

    @Test
    void cliticsStayInTheSpanAndLeaveTheEntity() {
        String text = "عقدت جولة في طهران وأخرى وبموسكو الأسبوع الماضي، وزار لروسيا وفد وغادر إلى بيروت.";
        List<Mention> ms = recognizer.recognize(text);
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("لروسيا");
            assertThat(m.spelling()).isEqualTo("روسيا");
            assertThat(m.entity()).isEqualTo("روسيا");
            assertThat(m.type()).isEqualTo(EntityType.PLACE);
        });
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("وبموسكو");
            assertThat(m.spelling()).isEqualTo("موسكو");
            assertThat(m.entity()).isEqualTo("موسكو");
        });
    }

    @Test
    void lamLamReadsAsTheArticle() {
        List<Mention> ms = recognizer.recognize("وجهت دعوة للعراق والأردن.");
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("للعراق");
            assertThat(m.spelling()).isEqualTo("العراق");
            assertThat(m.entity()).isEqualTo("العراق");
        });
    }

    @Test
    void spellingVariantsOfCountriesMeetInOneEntity() {
        assertThat(entities("زار اذربيجان ثم سورية ثم أميركا.")).containsKeys("أذربيجان", "سوريا", "الولايات المتحدة");
    }

    @Test
    void offsetsCountUtf16UnitsOfTheOriginalWithDiacriticsAndMarks() {
        String text = "\u200Fقال الرئيسُ 🙂 إن أذربيجانَ مستعدة.";
        List<Mention> ms = recognizer.recognize(text);
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("أذربيجانَ");
            assertThat(m.entity()).isEqualTo("أذربيجان");
            assertThat(m.spelling()).isEqualTo("أذربيجان");
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        });
    }

    @Test
    void emptyAndPunctuationOnlyTextHaveNoNames() {
        assertThat(recognizer.recognize("")).isEmpty();
        assertThat(recognizer.recognize(" .،؟!\n\n")).isEmpty();
    }

    @Test
    void aQuotedCommonWordOfTheSeedIsNoPlace() throws IOException {
        String seed = seed();
        assertThat(recognizer.recognize(seed)).noneSatisfy(m -> assertThat(m.text()).contains("فردوس"));
    }

    @Test
    void aVerbAfterAKnownPersonIsNotPartOfTheName() {
        List<Mention> ms = recognizer.recognize("الرئيس بوتين يلتقي رئيس أذربيجان إلهام علييف في سوتشي");
        assertThat(ms).extracting(Mention::text).contains("بوتين", "أذربيجان", "إلهام علييف")
                .noneMatch(t -> t.contains("يلتقي") || t.contains("رئيس"));
    }

    @Test
    void aCountryBeforeItsPresidentStaysAPlace() {
        List<Mention> ms = recognizer.recognize("وكان قد أكد رئيس أذربيجان إلهام علييف الأربعاء، استعادة السيادة.");
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("أذربيجان");
            assertThat(m.type()).isEqualTo(EntityType.PLACE);
        });
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("إلهام علييف");
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
        });
    }

    @Test
    void aForeignGivenNameCarriesAnUnknownFamilyName() {
        // هيرتفيلد and برانكوفيتش are in no list: the foreign given names جورج and فيليكس are
        List<Mention> ms = recognizer.recognize("وقال المخرج جورج هيرتفيلد إن الفيلم سيعرض قريبا.");
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("جورج هيرتفيلد");
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
        });
        assertThat(recognizer.recognize("وصرح المدرب فيليكس برانكوفيتش بأن الفريق جاهز."))
                .extracting(Mention::text).containsExactly("فيليكس برانكوفيتش");
    }

    /** The {@link org.sahifa.entities.recognize.PerceptronModel}s a recogniser keeps in its fields. */
    private static List<Object> keptModels(EntityRecognizer r) throws IllegalAccessException {
        List<Object> out = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : EntityRecognizer.class.getDeclaredFields()) {
            if (f.getType() == org.sahifa.entities.recognize.PerceptronModel.class
                    && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                if (f.get(r) != null) {
                    out.add(f.get(r));
                }
            }
        }
        return out;
    }

    /**
     * Two passes read both models through their shared table only, so the models' own tables are not kept; one
     * pass keeps its model; no first model means gazetteer and rules only. Each tags as before: the two-pass
     * recogniser as the shipped one, the one-pass one otherwise (no document evidence) and unlike no model.
     */
    @Test
    void keepsOnlyTheModelsItsPassesRead() throws Exception {
        var first = EntityRecognizer.loadBundledModel(EntityRecognizer.MODEL_RESOURCE);
        var second = EntityRecognizer.loadBundledModel(EntityRecognizer.DOC_MODEL_RESOURCE);
        var lexicon = EntityRecognizer.loadBundledLexicon();
        var gazetteer = org.sahifa.entities.gazetteer.Gazetteer.standard();
        EntityRecognizer two = new EntityRecognizer(gazetteer, first, second, lexicon, EntityRecognizer.SHIPPED_RULES,
                false);
        EntityRecognizer one = new EntityRecognizer(gazetteer, first, null, lexicon, EntityRecognizer.SHIPPED_RULES,
                false);
        EntityRecognizer none = new EntityRecognizer(gazetteer, null, second, lexicon, EntityRecognizer.SHIPPED_RULES,
                false);
        assertThat(keptModels(two)).isEmpty();
        assertThat(keptModels(one)).containsExactly(first);
        assertThat(keptModels(none)).isEmpty();
        assertThat(keptModels(two.withPersonBias(8))).isEmpty();
        assertThat(keptModels(one.withPersonBias(8))).containsExactly(first);

        String seed = seed();
        List<Mention> shipped = recognizer.recognize(seed);
        assertThat(two.recognize(seed)).isEqualTo(shipped);
        assertThat(one.recognize(seed)).isNotEqualTo(shipped).isNotEqualTo(none.recognize(seed));
    }
}
