package org.sahifa.entities.train;

import org.sahifa.entities.EntityRecognizer;
import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.recognize.ContextRules;
import org.sahifa.entities.recognize.DocumentEvidence;
import org.sahifa.entities.recognize.TrainingLexicon;
import org.sahifa.entities.recognize.Features;
import org.sahifa.entities.recognize.PerceptronModel;
import org.sahifa.entities.recognize.PerceptronTrainer;
import org.sahifa.entities.recognize.Tags;
import org.sahifa.entities.recognize.Token;
import org.sahifa.entities.recognize.Tokenizer;
import org.sahifa.entities.recognize.WordClusters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Trains Sahifa's name-finder model from ANERcorp and reports held-out scores.
 *
 * <pre>
 * java -cp target/sahifa.jar org.sahifa.entities.train.TrainModel \
 *      --corpus ../shared/data/anercorp/anercorp-train.conll \
 *      --out src/main/resources/org/sahifa/entities/model/ner-model.bin.gz
 * </pre>
 * {@code --no-heldout} writes the model without scoring the held-out part (for intermediate models: the held-out
 * part is looked at once, for the shipped configuration). {@code --tune --errors FILE} writes the development
 * part's missed and spurious spans (error analysis).
 * {@code --write-split DIR} writes the three parts as CoNLL files (for {@code ner-score.py}).
 * {@code --out MODEL --all-parts} writes the shipped model: the same configuration refit on all three parts, held-out
 * part included, once its held-out figures have been taken from the training + development model (decision 0066).
 * {@code --clusters FILE} adds word-class features from a {@link BuildWordClusters} file (measured, not shipped:
 * decision record 0072; a model trained so needs the same file, {@code -Dsahifa.entities.clusters=FILE}, to run).
 * {@code --augment K} also trains on K name-swapped copies ({@link NameSwap}) of each sentence naming a person or a
 * place (measured, not shipped: decision record 0074; the shipped {@value #DEFAULT_AUGMENT} trains on the corpus
 * alone); {@code --augment-classes PERS,LOC} chooses which names are swapped. The training lexicon counts the corpus
 * only.
 * {@code --seed N} trains with another seed than the shipped {@value #SEED} (to see how much a figure owes to it).
 * {@code --cv K [--cv-with-dev] [--cv-two-passes]} cross-validates over the training part (with the development
 * part too; also training and scoring both passes in each fold, about seven times slower).
 * With {@code --tune} it trains on the training part only and prints development-part scores for every
 * combination of model and rules (what the choices were made on). Without it, it trains on training +
 * development, writes the model, and prints held-out (test part) scores. See {@link Split} for the split.
 */
public final class TrainModel {

    public static final int DEFAULT_EPOCHS = 25;
    public static final long SEED = 20071;
    public static final double DEFAULT_DROP = 0.5;
    public static final int FOLDS = 5;
    /** Perceptrons averaged into each model (bagging over shuffles and dropout masks; seeds SEED, SEED+1 ...). */
    public static final int DEFAULT_BAG = 1;

    /** Set once by {@link #main} ({@code --bag N}); the training methods read it. */
    private static int bag = DEFAULT_BAG;

    /** Set once by {@link #main} ({@code --seed N}): the training seed (shuffles and dropout masks). */
    private static long seed = SEED;

    /**
     * Name-swapped copies of each training sentence that names a person or a place ({@link NameSwap}): none in
     * the shipped configuration (measured, not shipped: decision record 0074).
     */
    public static final int DEFAULT_AUGMENT = 0;

    /** Set once by {@link #main} ({@code --augment K}). */
    private static int augment = DEFAULT_AUGMENT;

    /** Set once by {@link #main} ({@code --augment-classes PERS,LOC}): the classes {@link NameSwap} replaces. */
    private static Set<String> augmentClasses = Set.of("PERS", "LOC");

    /** Set once by {@link #main} ({@code --cv-two-passes}): cross-validation also trains and scores both passes. */
    private static boolean cvTwoPasses;

    private TrainModel() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = null;
        Path out = null;
        boolean tune = false;
        Path splitDir = null;
        int epochs = DEFAULT_EPOCHS;
        double drop = DEFAULT_DROP;
        Path errors = null;
        boolean heldOut = true;
        int cv = 0;
        boolean cvWithDev = false;
        boolean allParts = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--tune" -> tune = true;
                case "--write-split" -> splitDir = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--drop" -> drop = Double.parseDouble(args[++i]);
                case "--errors" -> errors = Path.of(args[++i]);
                case "--no-heldout" -> heldOut = false;
                case "--cv" -> cv = Integer.parseInt(args[++i]);
                case "--cv-with-dev" -> cvWithDev = true;
                case "--cv-two-passes" -> cvTwoPasses = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--all-parts" -> allParts = true;
                case "--bag" -> bag = Integer.parseInt(args[++i]);
                case "--augment" -> augment = Integer.parseInt(args[++i]);
                case "--augment-classes" -> augmentClasses = Set.of(args[++i].split(","));
                case "--clusters" -> System.setProperty(WordClusters.PROPERTY, args[++i]);
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (errors != null && !tune) {
            System.err.println("--errors lists the development part's errors and needs --tune (the held-out part is never inspected)");
            System.exit(2);
        }
        if (allParts && (tune || out == null)) {
            System.err.println("--all-parts writes the shipped model, refit on every part, and needs --out (and no --tune)");
            System.exit(2);
        }
        if (corpus == null || (!tune && out == null && splitDir == null && cv == 0)) {
            System.err.println("usage: TrainModel --corpus FILE (--tune | --out MODEL [--all-parts | --no-heldout] | --write-split DIR | --cv K [--cv-with-dev] [--cv-two-passes]) [--epochs N] [--drop P] [--errors FILE] [--bag N] [--seed N] [--clusters FILE] [--augment K [--augment-classes PERS,LOC]]");
            System.exit(2);
        }
        Gazetteer gazetteer = Gazetteer.standard();
        Split split = Split.of(ConllCorpus.read(corpus));
        if (splitDir != null) {
            Files.createDirectories(splitDir);
            writeConll(split.train(), splitDir.resolve("train.conll"));
            writeConll(split.dev(), splitDir.resolve("dev.conll"));
            writeConll(split.test(), splitDir.resolve("test.conll"));
            System.out.println("wrote train.conll, dev.conll, test.conll to " + splitDir);
            if (out == null && !tune) {
                return;
            }
        }
        if (cv > 0) {
            crossValidate(gazetteer, cvWithDev ? split.trainAndDev() : split.train(), cv, epochs, drop);
            return;
        }
        List<ConllCorpus.Sentence> trainOn = tune ? split.train() : allParts ? split.all() : split.trainAndDev();
        List<ConllCorpus.Sentence> evalOn = tune ? split.dev() : split.test();
        System.out.printf("sentences: train %d, dev %d, test %d; training on %d, evaluating on %s%n",
                split.train().size(), split.dev().size(), split.test().size(), trainOn.size(), tune ? "dev" : allParts ? "nothing (all parts trained on)" : "test (held out)");
        long t0 = System.nanoTime();
        Models models = trainBoth(gazetteer, trainOn, epochs, drop);
        PerceptronModel model = models.first();
        System.out.printf("trained %d epochs in %.1f s, %d features%n", epochs, (System.nanoTime() - t0) / 1e9, model.features());
        if (allParts) {
            System.out.println("refit on every part, the held-out part included: nothing left to score (--all-parts)");
        } else if (tune || heldOut) {
            report(gazetteer, models, evalOn);
        } else {
            System.out.println("held-out part not scored (--no-heldout)");
        }
        if (errors != null) {
            EntityRecognizer shipped = new EntityRecognizer(gazetteer, models.first(), models.second(), models.lexicon(),
                    EntityRecognizer.SHIPPED_RULES, false).withPersonBias(EntityRecognizer.SHIPPED_PERSON_BIAS);
            Files.writeString(errors, Evaluation.errors(shipped, evalOn));
            System.out.println("wrote the development part's errors to " + errors);
        }
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                model.write(o);
            }
            Path doc = out.resolveSibling(out.getFileName().toString().replace(".bin.gz", "-doc.bin.gz"));
            try (OutputStream o = Files.newOutputStream(doc)) {
                models.second().write(o);
            }
            Path lex = out.resolveSibling(out.getFileName().toString().replace("-model.bin.gz", "-lexicon.tsv.gz"));
            try (OutputStream o = Files.newOutputStream(lex)) {
                models.lexicon().write(o);
            }
            System.out.printf("wrote %s (%d bytes), %s (%d bytes), %s (%d bytes)%n", out, Files.size(out), doc,
                    Files.size(doc), lex, Files.size(lex));
        }
    }

    private static void writeConll(List<ConllCorpus.Sentence> sentences, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (ConllCorpus.Sentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                b.append(s.tokens().get(i)).append(' ').append(s.tags().get(i)).append('\n');
            }
            b.append('\n');
        }
        Files.writeString(file, b.toString());
    }

    /** The first-pass and second-pass (document evidence) models. */
    public record Models(PerceptronModel first, PerceptronModel second, TrainingLexicon lexicon) {
    }

    /** Trains a first-pass model on sentences (no document evidence). */
    public static PerceptronModel train(Gazetteer gazetteer, List<ConllCorpus.Sentence> sentences, int epochs) {
        return train(gazetteer, sentences, epochs, DEFAULT_DROP);
    }

    /** Trains a first-pass model on sentences with the given word-dropout rate. */
    public static PerceptronModel train(Gazetteer gazetteer, List<ConllCorpus.Sentence> sentences, int epochs, double dropRate) {
        Features features = new Features(gazetteer);
        List<Features.Sentence> analysed = analyse(features, sentences);
        List<int[]> gold = gold(sentences);
        crossLexicon(analysed, gold);
        return trainOn(features, analysed, gold, epochs, dropRate);
    }

    private static List<Features.Sentence> analyse(Features features, List<ConllCorpus.Sentence> sentences) {
        List<Features.Sentence> out = new ArrayList<>(sentences.size());
        for (ConllCorpus.Sentence s : sentences) {
            out.add(features.analyse(Tokenizer.tokenize(s.line())));
        }
        return out;
    }

    private static List<int[]> gold(List<ConllCorpus.Sentence> sentences) {
        List<int[]> out = new ArrayList<>(sentences.size());
        for (ConllCorpus.Sentence s : sentences) {
            out.add(tagsFor(s, Tokenizer.tokenize(s.line())));
        }
        return out;
    }

    private static PerceptronModel trainOn(Features features, List<Features.Sentence> analysed, List<int[]> gold,
                                           int epochs, double dropRate) {
        List<PerceptronTrainer.Example> examples = new ArrayList<>(analysed.size());
        for (int k = 0; k < analysed.size(); k++) {
            examples.add(new PerceptronTrainer.Example(features.extract(analysed.get(k), null), gold.get(k)));
        }
        List<PerceptronModel> models = new ArrayList<>(bag);
        for (int b = 0; b < bag; b++) {
            models.add(new PerceptronTrainer(Features.WORD_IDENTITY, dropRate).train(examples, epochs, seed + 1000L * b));
        }
        return PerceptronModel.mean(models);
    }

    /**
     * Trains both passes. The second pass needs first-pass tags on its training text that look like tags on
     * unseen text, so they are made by cross-validation: the sentences are cut into {@link #FOLDS} contiguous
     * parts, each tagged by a first-pass model trained on the other parts; each part is one document for the
     * document evidence.
     */
    public static Models trainBoth(Gazetteer gazetteer, List<ConllCorpus.Sentence> original, int epochs, double dropRate) {
        Features features = new Features(gazetteer);
        List<ConllCorpus.Sentence> sentences = augmented(original);
        List<Features.Sentence> analysed = analyse(features, sentences);
        List<int[]> gold = gold(sentences);
        crossLexicon(analysed, gold);
        PerceptronModel first = trainOn(features, analysed, gold, epochs, dropRate);
        for (Fold f : Fold.of(analysed.size(), FOLDS)) {
            PerceptronModel m = trainOn(features, f.outside(analysed), f.outside(gold), epochs, dropRate);
            List<Features.Sentence> part = f.inside(analysed);
            List<int[]> tags = new ArrayList<>(part.size());
            for (Features.Sentence s : part) {
                tags.add(m.decode(features.extract(s, null), s.size()));
            }
            DocumentEvidence.apply(part, tags);
        }
        PerceptronModel second = trainOn(features, analysed, gold, epochs, dropRate);
        List<Features.Sentence> originalAnalysed = sentences == original ? analysed : analyse(features, original);
        return new Models(first, second, TrainingLexicon.of(originalAnalysed, gold(original)));
    }

    /** The sentences with {@link #augment} name-swapped copies of each (the sentences themselves without). */
    private static List<ConllCorpus.Sentence> augmented(List<ConllCorpus.Sentence> sentences) {
        return augment == 0 ? sentences : NameSwap.standard(sentences, augmentClasses).augment(sentences, augment, seed);
    }

    /** Sets each fold's lexicon features from a lexicon of the other folds (so they look like unseen text). */
    private static void crossLexicon(List<Features.Sentence> analysed, List<int[]> gold) {
        for (Fold f : Fold.of(analysed.size(), FOLDS)) {
            TrainingLexicon.of(f.outside(analysed), f.outside(gold)).apply(f.inside(analysed));
        }
    }

    /** One of {@code k} contiguous parts, sentences {@code [from, to)}, of a list of {@code n}. */
    record Fold(int from, int to) {

        static List<Fold> of(int n, int k) {
            List<Fold> folds = new ArrayList<>(k);
            for (int f = 0; f < k; f++) {
                folds.add(new Fold(n * f / k, n * (f + 1) / k));
            }
            return folds;
        }

        <T> List<T> inside(List<T> all) {
            return all.subList(from, to);
        }

        /** Everything but this part, in order (a copy). */
        <T> List<T> outside(List<T> all) {
            List<T> out = new ArrayList<>(all.subList(0, from));
            out.addAll(all.subList(to, all.size()));
            return out;
        }
    }

    /** Gold tags for Sahifa's tokens of a sentence line, from the corpus tokens they fall in. */
    static int[] tagsFor(ConllCorpus.Sentence s, List<Token> toks) {
        int[] starts = new int[s.tokens().size()];
        int pos = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = pos;
            pos += s.tokens().get(i).length() + 1;
        }
        int[] tags = new int[toks.size()];
        int src = 0;
        int lastSrc = -1;
        for (int k = 0; k < toks.size(); k++) {
            int st = toks.get(k).start();
            while (src + 1 < starts.length && starts[src + 1] <= st) {
                src++;
            }
            int tag = Tags.index(s.tags().get(src));
            if (Tags.isBegin(tag) && src == lastSrc) {
                tag = Tags.inside(Tags.cls(tag));
            }
            tags[k] = tag;
            lastSrc = src;
        }
        for (int k = 0; k < tags.length; k++) {
            if (Tags.isInside(tags[k]) && !Tags.allowed(k == 0 ? -1 : tags[k - 1], tags[k])) {
                tags[k] = Tags.begin(Tags.cls(tags[k]));
            }
        }
        return tags;
    }

    /**
     * K-fold cross-validation over the training part only (never the development or held-out part): each
     * contiguous fold is tagged by a one-pass model trained on the other folds; the counts of all folds are
     * summed. A steadier estimate than the development part for choices that change the lists (about nine
     * times as many names), on text that was never read for error analysis.
     */
    static void crossValidate(Gazetteer gazetteer, List<ConllCorpus.Sentence> train, int k, int epochs, double drop) {
        Features features = new Features(gazetteer);
        List<Features.Sentence> analysed = analyse(features, train);
        List<int[]> gold = gold(train);
        java.util.Map<String, int[]> sums = new java.util.LinkedHashMap<>();
        int done = 0;
        for (Fold fold : Fold.of(train.size(), k)) {
            List<Features.Sentence> otherA = fold.outside(analysed);
            List<int[]> otherG = fold.outside(gold);
            TrainingLexicon lexicon = TrainingLexicon.of(otherA, otherG);
            if (augment > 0) {
                List<ConllCorpus.Sentence> more = augmented(fold.outside(train));
                otherA = analyse(features, more);
                otherG = gold(more);
            }
            crossLexicon(otherA, otherG);
            PerceptronModel m = trainOn(features, otherA, otherG, epochs, drop);
            List<ConllCorpus.Sentence> part = fold.inside(train);
            if (cvTwoPasses) {
                Models both = trainBoth(gazetteer, fold.outside(train), epochs, drop);
                add(sums, "two passes (both trained on the other folds) + shipped rules",
                        Evaluation.score(new EntityRecognizer(gazetteer, both.first(), both.second(), both.lexicon(),
                                EntityRecognizer.SHIPPED_RULES, false), part));
                add(sums, "one pass (the first of those) + shipped rules",
                        Evaluation.score(new EntityRecognizer(gazetteer, both.first(), null, both.lexicon(),
                                EntityRecognizer.SHIPPED_RULES, false), part));
            }
            add(sums, "one pass, no rules", Evaluation.score(new EntityRecognizer(gazetteer, m, null, lexicon,
                    EnumSet.noneOf(ContextRules.Rule.class), false), part));
            add(sums, "one pass + " + EntityRecognizer.SHIPPED_RULES.stream().map(Enum::name).sorted().toList(),
                    Evaluation.score(new EntityRecognizer(gazetteer, m, null, lexicon, EntityRecognizer.SHIPPED_RULES,
                            false), part));
            for (ContextRules.Rule r : EntityRecognizer.SHIPPED_RULES) {
                Set<ContextRules.Rule> less = EnumSet.copyOf(EntityRecognizer.SHIPPED_RULES);
                less.remove(r);
                add(sums, "one pass + shipped rules - " + r, Evaluation.score(new EntityRecognizer(gazetteer, m, null,
                        lexicon, less, false), part));
            }
            for (ContextRules.Rule r : ContextRules.Rule.values()) {
                if (!EntityRecognizer.SHIPPED_RULES.contains(r)) {
                    Set<ContextRules.Rule> more = EnumSet.copyOf(EntityRecognizer.SHIPPED_RULES);
                    more.add(r);
                    add(sums, "one pass + shipped rules + " + r, Evaluation.score(new EntityRecognizer(gazetteer, m, null,
                            lexicon, more, false), part));
                }
            }
            EntityRecognizer shipped = new EntityRecognizer(gazetteer, m, null, lexicon, EntityRecognizer.SHIPPED_RULES, false);
            for (float bias : new float[] {8, 16}) {
                add(sums, "one pass + shipped rules + person bias " + (int) bias,
                        Evaluation.score(shipped.withPersonBias(bias), part));
            }
            System.out.printf("fold %d of %d done%n", ++done, k);
        }
        for (var e : sums.entrySet()) {
            int[] c = e.getValue();
            System.out.printf("%-58s %s %s%n", "cv" + k + " " + e.getKey(), new Evaluation.Score("PERS", c[0], c[1], c[2]),
                    new Evaluation.Score("LOC", c[3], c[4], c[5]));
        }
    }

    private static void add(java.util.Map<String, int[]> sums, String name, List<Evaluation.Score> scores) {
        int[] c = sums.computeIfAbsent(name, x -> new int[6]);
        for (int i = 0; i < 2; i++) {
            c[3 * i] += scores.get(i).gold();
            c[3 * i + 1] += scores.get(i).predicted();
            c[3 * i + 2] += scores.get(i).correct();
        }
    }

    /** Prints scores for the model alone, the rules alone, and the combinations. */
    static void report(Gazetteer gazetteer, Models models, List<ConllCorpus.Sentence> eval) {
        Set<ContextRules.Rule> none = EnumSet.noneOf(ContextRules.Rule.class);
        Set<ContextRules.Rule> all = EnumSet.allOf(ContextRules.Rule.class);
        PerceptronModel model = models.first();
        PerceptronModel second = models.second();
        print("gazetteer + rules only (all sources)", new EntityRecognizer(gazetteer, null, all, true), eval);
        print("gazetteer + rules only (trusted sources)", new EntityRecognizer(gazetteer, null, all, false), eval);
        print("model, one pass", new EntityRecognizer(gazetteer, model, null, models.lexicon(), none, false), eval);
        print("model, two passes", new EntityRecognizer(gazetteer, model, second, models.lexicon(), none, false), eval);
        for (ContextRules.Rule r : ContextRules.Rule.values()) {
            print("two passes + " + r, new EntityRecognizer(gazetteer, model, second, models.lexicon(), EnumSet.of(r), false), eval);
        }
        print("two passes + all rules", new EntityRecognizer(gazetteer, model, second, models.lexicon(), all, false), eval);
        print("one pass + " + EntityRecognizer.SHIPPED_RULES.stream().map(Enum::name).sorted().toList(),
                new EntityRecognizer(gazetteer, model, null, models.lexicon(), EntityRecognizer.SHIPPED_RULES, false), eval);
        EntityRecognizer shipped = new EntityRecognizer(gazetteer, model, second, models.lexicon(),
                EntityRecognizer.SHIPPED_RULES, false);
        String rules = EntityRecognizer.SHIPPED_RULES.stream().map(Enum::name).sorted().toList().toString();
        print("two passes + " + rules + (EntityRecognizer.SHIPPED_PERSON_BIAS == 0 ? " (shipped)" : ""), shipped, eval);
        for (ContextRules.Rule r : ContextRules.Rule.values()) {
            if (!EntityRecognizer.SHIPPED_RULES.contains(r)) {
                Set<ContextRules.Rule> more = EnumSet.copyOf(EntityRecognizer.SHIPPED_RULES);
                more.add(r);
                print("two passes + " + rules + " + " + r, new EntityRecognizer(gazetteer, model, second, models.lexicon(),
                        more, false).withPersonBias(EntityRecognizer.SHIPPED_PERSON_BIAS), eval);
            }
        }
        for (float bias : new float[] {8, 16, 24}) {
            print("two passes + " + rules + " + person bias " + (int) bias
                    + (bias == EntityRecognizer.SHIPPED_PERSON_BIAS ? " (shipped)" : ""), shipped.withPersonBias(bias), eval);
        }
    }

    private static void print(String name, EntityRecognizer r, List<ConllCorpus.Sentence> eval) {
        System.out.printf("%-58s %s%n", name, Evaluation.score(r, eval));
    }
}
