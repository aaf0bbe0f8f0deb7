package org.sahifa.entities.recognize;

import org.junit.jupiter.api.Test;
import org.sahifa.entities.gazetteer.Gazetteer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentEvidenceTest {

    private final Features features = new Features(Gazetteer.standard());

    private Features.Sentence sentence(String text) {
        return features.analyse(Tokenizer.tokenize(text));
    }

    @Test
    void aWordSeesHowItsOtherOccurrencesWereTaggedButNotItself() {
        Features.Sentence a = sentence("فاز أغاسي أمس");
        Features.Sentence b = sentence("وقال أغاسي إنه سعيد");
        Features.Sentence c = sentence("ولأغاسي رأي");
        int[] ta = {Tags.O, Tags.B_PERS, Tags.O};
        int[] tb = {Tags.O, Tags.O, Tags.O, Tags.O};
        int[] tc = {Tags.O, Tags.O};
        DocumentEvidence.apply(List.of(a, b, c), List.of(ta, tb, tc));
        // the other two occurrences learn that أغاسي was once a person elsewhere
        assertThat(b.doc[1] / 100).isEqualTo(1);
        assertThat(c.doc[0] / 100).isEqualTo(1);
        // the tagged one sees only untagged other occurrences
        assertThat(a.doc[1]).isZero();
        // words never tagged carry nothing
        assertThat(b.doc[0]).isZero();
    }

    @Test
    void theTrainingLexiconCountsClassesAndRoundTrips() throws IOException {
        Features.Sentence a = sentence("زار شارون القدس");
        Features.Sentence b = sentence("وقال شارون");
        TrainingLexicon lex = TrainingLexicon.of(List.of(a, b),
                List.of(new int[] {Tags.O, Tags.B_PERS, Tags.B_LOC}, new int[] {Tags.O, Tags.B_PERS}));
        assertThat(lex.code("شارون") / 100).isEqualTo(1);
        assertThat(lex.code("قدس") / 100).isEqualTo(2);
        assertThat(lex.code("زار")).isZero();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lex.write(out);
        TrainingLexicon back = TrainingLexicon.read(new ByteArrayInputStream(out.toByteArray()), "test");
        assertThat(back.code("شارون")).isEqualTo(lex.code("شارون"));
        assertThat(back.size()).isEqualTo(lex.size());
    }
}
