package org.sahifa.entities.train;

import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exact-span precision, recall and F1 for PERS and LOC, computed as {@code shared/tools/ner-score.py} computes
 * them: the recogniser reads the laid-out text, its spans are compared with the gold spans.
 */
public final class Evaluation {

    /** P/R/F1 for one class. */
    public record Score(String cls, int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f (gold %d, predicted %d)",
                    cls, precision(), recall(), f1(), gold, predicted);
        }
    }

    private Evaluation() {
    }

    /** Scores for PERS then LOC. */
    public static List<Score> score(EntityRecognizer recognizer, List<ConllCorpus.Sentence> sentences) {
        String text = ConllCorpus.layout(sentences);
        List<ConllCorpus.Span> gold = ConllCorpus.gold(sentences);
        List<Mention> mentions = recognizer.recognize(text);
        return List.of(score("PERS", EntityType.PERSON, gold, mentions), score("LOC", EntityType.PLACE, gold, mentions));
    }

    /**
     * The missed ({@code -}) and spurious ({@code +}) PERS and LOC spans, one line each with the class, the span
     * text and its sentence; for error analysis on the development part only.
     */
    public static String errors(EntityRecognizer recognizer, List<ConllCorpus.Sentence> sentences) {
        String text = ConllCorpus.layout(sentences);
        java.util.Map<Long, String> gold = new java.util.TreeMap<>();
        for (ConllCorpus.Span s : ConllCorpus.gold(sentences)) {
            if (s.cls().equals("PERS") || s.cls().equals("LOC")) {
                gold.put(((long) s.start() << 32) | s.end(), s.cls());
            }
        }
        java.util.Map<Long, String> pred = new java.util.TreeMap<>();
        for (Mention m : recognizer.recognize(text)) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE) {
                pred.put(((long) m.start() << 32) | m.end(), m.type() == EntityType.PERSON ? "PERS" : "LOC");
            }
        }
        java.util.TreeMap<Long, String> lines = new java.util.TreeMap<>();
        for (var e : gold.entrySet()) {
            if (!e.getValue().equals(pred.get(e.getKey()))) {
                lines.put(e.getKey(), "-" + e.getValue() + (pred.containsKey(e.getKey()) ? "(as " + pred.get(e.getKey()) + ")" : ""));
            }
        }
        for (var e : pred.entrySet()) {
            if (!e.getValue().equals(gold.get(e.getKey()))) {
                lines.merge(e.getKey(), "+" + e.getValue(), (a, b) -> a + " " + b);
            }
        }
        StringBuilder b = new StringBuilder();
        for (var e : lines.entrySet()) {
            int start = (int) (e.getKey() >>> 32);
            int end = (int) (long) e.getKey();
            int ls = text.lastIndexOf('\n', start) + 1;
            int le = text.indexOf('\n', end);
            String line = text.substring(ls, le < 0 ? text.length() : le);
            b.append(e.getValue()).append('\t').append(text, start, end).append('\t')
                    .append(line, 0, start - ls).append('[').append(text, start, end).append(']')
                    .append(line, end - ls, line.length()).append('\n');
        }
        return b.toString();
    }

    private static Score score(String cls, EntityType type, List<ConllCorpus.Span> gold, List<Mention> mentions) {
        Set<Long> g = new HashSet<>();
        for (ConllCorpus.Span s : gold) {
            if (s.cls().equals(cls)) {
                g.add(((long) s.start() << 32) | s.end());
            }
        }
        Set<Long> p = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == type) {
                p.add(((long) m.start() << 32) | m.end());
            }
        }
        int tp = 0;
        for (Long x : p) {
            if (g.contains(x)) {
                tp++;
            }
        }
        return new Score(cls, g.size(), p.size(), tp);
    }
}
