package org.sahifa.entities;

import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.gazetteer.GazetteerEntry;
import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.ContextRules;
import org.sahifa.entities.recognize.Features;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.PerceptronModel;
import org.sahifa.entities.recognize.Tags;
import org.sahifa.entities.recognize.Token;
import org.sahifa.entities.recognize.Tokenizer;

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
 * ({@link PerceptronModel}, with gazetteer, name-list and title/cue features) tags each sentence, and
 * {@link ContextRules} add the curated/ICU names and the titled persons the model left out. Each mention spans
 * whole tokens of the original text (a clitic is part of the span: لروسيا) and names its entity's canonical
 * form (روسيا). Thread-safe; {@link #standard()} is shared.
 */
public final class EntityRecognizer {

    /** The bundled model (trained on ANERcorp, CC BY-SA 4.0; see its NOTICE beside it). */
    public static final String MODEL_RESOURCE = "/org/sahifa/entities/model/ner-model.bin.gz";

    /**
     * The rules the shipped recogniser applies after the model. The place-cue rule is left out: on the
     * development part it only added false places (common words that are also city names); the cue is a model
     * feature instead.
     */
    public static final Set<ContextRules.Rule> SHIPPED_RULES =
            Set.copyOf(EnumSet.of(ContextRules.Rule.GAZETTEER, ContextRules.Rule.TITLE));

    private final Gazetteer gazetteer;
    private final PerceptronModel model;
    private final Features features;
    private final ContextRules rules;

    /**
     * @param model the sequence model, or {@code null} for gazetteer and rules only
     * @param rules the rules applied after the model
     * @param allGazetteerSources whether the gazetteer rule also trusts the big city lists
     */
    public EntityRecognizer(Gazetteer gazetteer, PerceptronModel model, Set<ContextRules.Rule> rules,
                            boolean allGazetteerSources) {
        this.gazetteer = gazetteer;
        this.model = model;
        this.features = new Features(gazetteer);
        this.rules = new ContextRules(rules, allGazetteerSources);
    }

    /** The shared recogniser: standard gazetteer, bundled model, all rules. */
    public static EntityRecognizer standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EntityRecognizer INSTANCE = new EntityRecognizer(Gazetteer.standard(), loadBundledModel(),
                SHIPPED_RULES, false);
    }

    /** Loads the model bundled in the jar. */
    public static PerceptronModel loadBundledModel() {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the name-finder model " + MODEL_RESOURCE + " is missing from the build");
            }
            return PerceptronModel.read(in, MODEL_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Every place, person and organisation in {@code text}, in text order, spans in UTF-16 offsets. */
    public List<Mention> recognize(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Mention> out = new ArrayList<>();
        long[] buffer = null;
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean cut = i == tokens.size() || (i > from && tokens.get(i).lineStart());
            if (!cut) {
                Token t = tokens.get(i);
                if (!t.word() && isSentenceEnd(t) && i + 1 - from >= 1) {
                    buffer = tagSentence(text, tokens.subList(from, i + 1), buffer, out);
                    from = i + 1;
                }
                continue;
            }
            if (i > from) {
                buffer = tagSentence(text, tokens.subList(from, i), buffer, out);
            }
            from = i;
        }
        return out;
    }

    private static boolean isSentenceEnd(Token t) {
        String f = t.fold();
        return f.equals(".") || f.equals("!") || f.equals("?") || f.equals("\u061F");
    }

    /** Tags one sentence (exposed for training and evaluation). */
    public int[] tag(List<Token> sentence) {
        Features.Sentence s = features.analyse(sentence);
        int[] tags = model != null ? model.decode(features.extract(s, null), s.size()) : new int[s.size()];
        rules.apply(s, tags);
        return tags;
    }

    private long[] tagSentence(String text, List<Token> sentence, long[] buffer, List<Mention> out) {
        Features.Sentence s = features.analyse(sentence);
        int n = s.size();
        int[] tags;
        if (model != null) {
            buffer = features.extract(s, buffer);
            tags = model.decode(buffer, n);
        } else {
            tags = new int[n];
        }
        rules.apply(s, tags);
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
        return buffer;
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
