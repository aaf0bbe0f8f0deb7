package org.sahifa.entities;

import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.gazetteer.GazetteerEntry;
import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.DocumentEvidence;
import org.sahifa.entities.recognize.ContextRules;
import org.sahifa.entities.recognize.Features;
import org.sahifa.entities.recognize.ModelPair;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.PerceptronModel;
import org.sahifa.entities.recognize.Tags;
import org.sahifa.entities.recognize.Token;
import org.sahifa.entities.recognize.Tokenizer;
import org.sahifa.entities.recognize.TrainingLexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds places, persons and organisations in Arabic text. The text is tokenised the way ANERcorp is (clitics stay
 * on their word, punctuation is split off) and cut into sentences; a trained sequence model
 * ({@link PerceptronModel}, with gazetteer, name-list and title/cue features) tags each sentence; a second
 * model, which also sees how the rest of the text tagged each word ({@link DocumentEvidence}), tags it again; and
 * {@link ContextRules} add the curated/ICU names and the titled persons the model left out. Each mention spans
 * whole tokens of the original text (a clitic is part of the span: لروسيا) and names its entity's canonical
 * form (روسيا). Thread-safe; {@link #standard()} is shared.
 */
public final class EntityRecognizer {

    /** The bundled model (trained on ANERcorp, CC BY-SA 4.0; see its NOTICE beside it). */
    public static final String MODEL_RESOURCE = "/org/sahifa/entities/model/ner-model.bin.gz";
    /** The bundled second-pass model, which also sees document evidence ({@link DocumentEvidence}). */
    public static final String DOC_MODEL_RESOURCE = "/org/sahifa/entities/model/ner-model-doc.bin.gz";
    /** The bundled lexicon of how the training text tagged each word ({@link TrainingLexicon}). */
    public static final String LEXICON_RESOURCE = "/org/sahifa/entities/model/ner-lexicon.tsv.gz";

    /**
     * The rules the shipped recogniser applies after the model. The place-cue rule is left out: on the
     * development part it only added false places (common words that are also city names); the cue is a model
     * feature instead. ATOMIC, CONJ and QUOTED keep curated names whole, split coordinated persons and drop
     * quoted common words the model took for names; each was checked on the development part and by
     * cross-validation over the training part (docs/entities.md).
     */
    public static final Set<ContextRules.Rule> SHIPPED_RULES =
            Set.copyOf(EnumSet.of(ContextRules.Rule.GAZETTEER, ContextRules.Rule.TITLE, ContextRules.Rule.ATOMIC,
                    ContextRules.Rule.QUOTED, ContextRules.Rule.CONJ, ContextRules.Rule.NISBA,
                    ContextRules.Rule.PLACE_NAME));

    private final Gazetteer gazetteer;
    /** Whether a sequence model tags sentences (else gazetteer and rules only). */
    private final boolean tagged;
    /**
     * The one model of a one-pass recogniser; null with two passes, whose models are held only by {@link #pair}
     * (their own tables, 23 MB, are then not kept: an import never reads them).
     */
    private final PerceptronModel model;
    /** Both models behind one table, for the two passes (null for one pass). */
    private final ModelPair pair;
    private final TrainingLexicon lexicon;
    private float[] tagBias;
    private final Features features;
    private final ContextRules rules;

    /**
     * @param model the sequence model, or {@code null} for gazetteer and rules only
     * @param rules the rules applied after the model
     * @param allGazetteerSources whether the gazetteer rule also trusts the big city lists
     */
    public EntityRecognizer(Gazetteer gazetteer, PerceptronModel model, Set<ContextRules.Rule> rules,
                            boolean allGazetteerSources) {
        this(gazetteer, model, null, TrainingLexicon.EMPTY, rules, allGazetteerSources);
    }

    /**
     * @param model  the first-pass sequence model, or {@code null} for gazetteer and rules only
     * @param second the second-pass model that also sees document evidence, or {@code null} for one pass
     * @param lexicon what the models' training text said about each word (the models were trained with it)
     * @param rules  the rules applied after the model
     * @param allGazetteerSources whether the gazetteer rule also trusts the big city lists
     */
    public EntityRecognizer(Gazetteer gazetteer, PerceptronModel model, PerceptronModel second,
                            TrainingLexicon lexicon, Set<ContextRules.Rule> rules, boolean allGazetteerSources) {
        this(gazetteer, model != null, model == null || second == null ? model : null,
                model == null || second == null ? null : new ModelPair(model, second), lexicon,
                new ContextRules(rules, allGazetteerSources, gazetteer), new Features(gazetteer));
    }

    /** Shares the features (their word lists and per-word cache) of a recogniser it is derived from. */
    private EntityRecognizer(Gazetteer gazetteer, boolean tagged, PerceptronModel model, ModelPair pair,
                             TrainingLexicon lexicon, ContextRules rules, Features features) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.tagged = tagged;
        this.model = model;
        this.pair = pair;
        this.features = features;
        this.rules = rules;
    }

    /** The shared recogniser: standard gazetteer, bundled model, all rules. */
    public static EntityRecognizer standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EntityRecognizer INSTANCE = new EntityRecognizer(Gazetteer.standard(),
                loadBundledModel(MODEL_RESOURCE), loadBundledModel(DOC_MODEL_RESOURCE), loadBundledLexicon(),
                SHIPPED_RULES, false).withPersonBias(SHIPPED_PERSON_BIAS);
    }

    /**
     * The bias added to B-PERS (half of it to I-PERS, a quarter to B-LOC) in both passes; 0 ships none. A bias
     * of 16 looked slightly better on the development part (PERS F1 0.683 → 0.701, within noise for 359 names)
     * but was worse on the held-out part, so none is applied (docs/entities.md).
     */
    public static final float SHIPPED_PERSON_BIAS = 0f;

    /** This recogniser with a name bias (see {@link #SHIPPED_PERSON_BIAS}); 0 for none. */
    public EntityRecognizer withPersonBias(float bias) {
        EntityRecognizer r = new EntityRecognizer(gazetteer, tagged, model, pair, lexicon, rules, features);
        if (bias != 0) {
            r.tagBias = new float[Tags.COUNT];
            r.tagBias[Tags.B_PERS] = bias;
            r.tagBias[Tags.I_PERS] = bias / 2;
            r.tagBias[Tags.B_LOC] = bias / 4;
        }
        return r;
    }

    /** Loads the lexicon bundled in the jar. */
    public static TrainingLexicon loadBundledLexicon() {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(LEXICON_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the name-finder lexicon " + LEXICON_RESOURCE + " is missing from the build");
            }
            return TrainingLexicon.read(in, LEXICON_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LEXICON_RESOURCE, e);
        }
    }

    /** Loads a model bundled in the jar. */
    public static PerceptronModel loadBundledModel(String resource) {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the name-finder model " + resource + " is missing from the build");
            }
            return PerceptronModel.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Every place, person and organisation in {@code text}, in text order, spans in UTF-16 offsets. */
    public List<Mention> recognize(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Features.Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || (i > from && tokens.get(i).lineStart())) {
                if (i > from) {
                    sentences.add(analyse(tokens.subList(from, i)));
                }
                from = i;
            } else if (!tokens.get(i).word() && isSentenceEnd(tokens.get(i))) {
                sentences.add(analyse(tokens.subList(from, i + 1)));
                from = i + 1;
            }
        }
        List<int[]> tags = tag(sentences);
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            emit(text, sentences.get(k), tags.get(k), out);
        }
        return out;
    }

    private Features.Sentence analyse(List<Token> sentence) {
        Features.Sentence s = features.analyse(sentence);
        lexicon.apply(s);
        return s;
    }

    /** The tags of analysed sentences of one document: first pass, second pass with document evidence, rules. */
    public List<int[]> tag(List<Features.Sentence> sentences) {
        List<int[]> tags = new ArrayList<>(sentences.size());
        if (!tagged) {
            for (Features.Sentence s : sentences) {
                tags.add(new int[s.size()]);
            }
        } else {
            // The features of the whole document, kept for the second pass, which only rewrites those of
            // document evidence (the rest are the same in both passes) and looks up only those again.
            int tokens = 0;
            for (Features.Sentence s : sentences) {
                tokens += s.size();
            }
            long[] feats = featureBuffer(tokens * Features.PER_TOKEN);
            ModelPair.Memo memo = pair == null ? null : ModelPair.memo(tokens * Features.PER_TOKEN);
            int offset = 0;
            for (Features.Sentence s : sentences) {
                features.extract(s, feats, offset);
                tags.add(pair == null ? model.decode(feats, offset, s.size(), tagBias)
                        : pair.first(feats, offset, s, tagBias, memo));
                offset += s.size() * Features.PER_TOKEN;
            }
            if (pair != null) {
                DocumentEvidence.apply(sentences, tags);
                offset = 0;
                for (int k = 0; k < sentences.size(); k++) {
                    Features.Sentence s = sentences.get(k);
                    features.updateDocumentFeatures(s, feats, offset);
                    tags.set(k, pair.second(feats, offset, s.size(), tagBias, memo));
                    offset += s.size() * Features.PER_TOKEN;
                }
            }
        }
        for (int k = 0; k < sentences.size(); k++) {
            rules.apply(sentences.get(k), tags.get(k));
        }
        return tags;
    }

    /** Feature buffers up to this many longs (8 MB) are kept per thread for the next document. */
    private static final int KEPT_BUFFER = 1 << 20;
    private static final ThreadLocal<long[]> FEATURE_BUFFER = new ThreadLocal<>();

    /** A buffer of at least {@code size} longs: this thread's, or a new one for a very long document. */
    private static long[] featureBuffer(int size) {
        long[] b = FEATURE_BUFFER.get();
        if (b != null && b.length >= size) {
            return b;
        }
        b = new long[Math.max(size, 1 << 15)];
        if (b.length <= KEPT_BUFFER) {
            FEATURE_BUFFER.set(b);
        }
        return b;
    }

    private static boolean isSentenceEnd(Token t) {
        String f = t.fold();
        return f.equals(".") || f.equals("!") || f.equals("?") || f.equals("\u061F");
    }

    private void emit(String text, Features.Sentence s, int[] tags, List<Mention> out) {
        List<Token> sentence = s.tokens;
        int n = s.size();
        for (int i = 0; i < n; ) {
            int t = tags[i];
            if (t == Tags.O) {
                i++;
                continue;
            }
            int cls = Tags.cls(t);
            int j = i + 1;
            while (j < n && tags[j] == Tags.inside(cls)) {
                j++;
            }
            EntityType type = Tags.type(cls);
            if (type != null) {
                int start = sentence.get(i).start();
                int end = sentence.get(j - 1).end();
                String[] names = names(text, s, i, j, type);
                out.add(new Mention(type, start, end, text.substring(start, end), names[1], names[0]));
            }
            i = j;
        }
    }

    /** The canonical name and the clitic-free spelling of the span [from, to) of a sentence. */
    private String[] names(String text, Features.Sentence s, int from, int to, EntityType type) {
        List<Token> toks = s.tokens;
        Token first = toks.get(from);
        int end = toks.get(to - 1).end();
        String rest = from + 1 < to ? text.substring(toks.get(from + 1).start(), end) : "";
        String f = first.fold();
        Gazetteer.Match m = s.gazMatch[from];
        boolean exact = m != null && m.start() == from && m.length() == to - from && m.entry().type() == type;
        List<String> readings = Clitics.readings(f);
        for (String r : readings) {
            List<GazetteerEntry> found = gazetteer.lookup(rest.isEmpty() ? r : r + " " + rest, type);
            if (!found.isEmpty() || (exact && r.equals(readings.get(readings.size() - 1)))) {
                String canonical = found.isEmpty() ? m.entry().canonical() : found.get(0).canonical();
                return new String[] {canonical, clean(withoutClitic(text, first, f, r) + text.substring(first.end(), end))};
            }
        }
        int cut = 0;
        if (f.length() > 3 && f.charAt(0) == '\u0648' && !gazetteer.isNameWord(f) && !gazetteer.isGivenName(f)) {
            String after = f.substring(1);
            if (after.startsWith("\u0627\u0644") || gazetteer.isNameWord(after)) {
                cut = originalLength(text, first.start(), first.end(), 1);
            }
        }
        String spelling = clean(text.substring(first.start() + cut, end));
        return new String[] {spelling, spelling};
    }

    /** The written first word without the clitics that separate its fold {@code f} from {@code reading}. */
    private static String withoutClitic(String text, Token first, String f, String reading) {
        if (!f.endsWith(reading) && reading.startsWith("\u0627\u0644") && f.endsWith(reading.substring(1))) {
            // لل + X read as ال + X: the second ل is the article's
            int cut = originalLength(text, first.start(), first.end(), f.length() - reading.length() + 1);
            return "\u0627" + text.substring(first.start() + cut, first.end());
        }
        int removed = f.length() - reading.length();
        if (removed <= 0) {
            return text.substring(first.start(), first.end());
        }
        return text.substring(first.start() + originalLength(text, first.start(), first.end(), removed), first.end());
    }

    /** The number of original chars that fold to the first {@code folded} folded chars of a token. */
    private static int originalLength(String text, int start, int end, int folded) {
        int seen = 0;
        int i = start;
        while (i < end && seen < folded) {
            if (!NameFold.fold(text, i, i + 1).isEmpty()) {
                seen++;
            }
            i++;
        }
        while (i < end && NameFold.fold(text, i, i + 1).isEmpty()) {
            i++;
        }
        return i - start;
    }

    /** Drops diacritics, tatweel and invisible marks from a name shown to users; collapses spaces. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                    || (c >= '\u200B' && c <= '\u200F') || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                continue;
            }
            b.append(c);
        }
        return b.toString().strip();
    }
}
