package org.sahifa.entities.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;
import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.recognize.ContextRules;
import org.sahifa.entities.recognize.PerceptronModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainModelTest {

    @TempDir
    Path tmp;

    /** A tiny corpus in ANERcorp's format: names after verbs of saying, places after في. */
    private Path corpus() throws IOException {
        String[] persons = {"سمير", "كريم", "وليد", "هشام", "فادي", "رامي", "نبيل", "طارق", "ماهر", "جواد"};
        String[] places = {"بيروت", "عمان", "دمشق", "القاهرة", "الرباط", "تونس", "بغداد", "الدوحة", "مسقط", "صنعاء"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            b.append("وقال O\n").append(persons[i % 10]).append(" B-PERS\n").append("خليل I-PERS\n")
                    .append("في O\n").append(places[(i * 3) % 10]).append(" B-LOC\n").append(". O\n\n");
        }
        Path p = tmp.resolve("tiny.conll");
        Files.writeString(p, b.toString());
        return p;
    }

    private static byte[] bytes(PerceptronModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingIsDeterministicAndTheModelRoundTrips() throws IOException {
        List<ConllCorpus.Sentence> sentences = ConllCorpus.read(corpus());
        TrainModel.Models a = TrainModel.trainBoth(Gazetteer.standard(), sentences, 3, 0.5);
        TrainModel.Models b = TrainModel.trainBoth(Gazetteer.standard(), sentences, 3, 0.5);
        assertThat(bytes(a.first())).isEqualTo(bytes(b.first()));
        assertThat(bytes(a.second())).isEqualTo(bytes(b.second()));
        PerceptronModel back = PerceptronModel.read(new ByteArrayInputStream(bytes(a.first())), "test");
        assertThat(back.features()).isEqualTo(a.first().features());
    }

    @Test
    void aTrainedModelFindsTheNamesOfItsKind() throws IOException {
        List<ConllCorpus.Sentence> sentences = ConllCorpus.read(corpus());
        TrainModel.Models m = TrainModel.trainBoth(Gazetteer.standard(), sentences, 5, 0.5);
        EntityRecognizer r = new EntityRecognizer(Gazetteer.standard(), m.first(), m.second(), m.lexicon(),
                EnumSet.noneOf(ContextRules.Rule.class), false);
        List<Mention> ms = r.recognize("وقال سمير خليل في بيروت .");
        assertThat(ms).extracting(Mention::type).contains(EntityType.PERSON, EntityType.PLACE);
        assertThat(ms).anySatisfy(x -> assertThat(x.text()).isEqualTo("سمير خليل"));
    }

    @Test
    void goldSpansAreLaidOutLikeTheScorer() throws IOException {
        List<ConllCorpus.Sentence> sentences = ConllCorpus.read(corpus()).subList(0, 2);
        String text = ConllCorpus.layout(sentences);
        List<String> spans = new ArrayList<>();
        for (ConllCorpus.Span s : ConllCorpus.gold(sentences)) {
            spans.add(s.cls() + ":" + text.substring(s.start(), s.end()));
        }
        assertThat(text).startsWith("وقال سمير خليل في بيروت .\nوقال كريم خليل في");
        assertThat(spans).containsExactly("PERS:سمير خليل", "LOC:بيروت", "PERS:كريم خليل", "LOC:القاهرة");
    }

    @Test
    void aBadTagNamesTheFileAndLine() throws IOException {
        Path bad = tmp.resolve("bad.conll");
        Files.writeString(bad, "وقال O\nسمير B-PERSON-X\n");
        assertThatThrownBy(() -> ConllCorpus.read(bad)).hasMessageContaining("bad.conll:2");
    }

    @Test
    void errorsListMissedAndSpuriousSpansWithTheirSentence() throws IOException {
        List<ConllCorpus.Sentence> sentences = ConllCorpus.read(corpus()).subList(0, 2);
        // a recogniser without a model or rules finds nothing: every gold name is missed
        EntityRecognizer nothing = new EntityRecognizer(Gazetteer.standard(), null,
                EnumSet.noneOf(ContextRules.Rule.class), false);
        String errors = Evaluation.errors(nothing, sentences);
        assertThat(errors.lines()).containsExactly(
                "-PERS\tسمير خليل\tوقال [سمير خليل] في بيروت .",
                "-LOC\tبيروت\tوقال سمير خليل في [بيروت] .",
                "-PERS\tكريم خليل\tوقال [كريم خليل] في القاهرة .",
                "-LOC\tالقاهرة\tوقال كريم خليل في [القاهرة] .");
        // the gazetteer rule finds the places, and nothing is spurious
        EntityRecognizer places = new EntityRecognizer(Gazetteer.standard(), null,
                EnumSet.of(ContextRules.Rule.GAZETTEER), false);
        assertThat(Evaluation.errors(places, sentences).lines()).allMatch(l -> l.startsWith("-PERS"));
    }
}
