package org.sahifa.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A Latin name read as the language its letters suggest, for the transliteration model (decision 0031). The model
 * (decision 0028) learned one way of reading Latin letters, mostly English and Spanish: {@code c} before e or i is
 * س, {@code j} is ج or خ. A name written in Italian, German, Portuguese, French or English spelling is also read with
 * that language's sounds, as a respelling the model knows: Italian {@code c} before e/i as {@code ch} (Ancelotti →
 * anchelotti → أنشيلوتي), {@code j} as {@code y} (Juventus → yuventus → يوفنتوس), German initial {@code st} as
 * {@code sht}, {@code w} as {@code v}, {@code ei} as {@code ai}, {@code z} as {@code ts}, Portuguese {@code nh} as
 * {@code ny}, French {@code ou} as {@code u}, English {@code u} in a closed syllable as {@code a} (bus → باص).
 * Since decision 0149 also French spelling ({@link SpellingLanguageSigns#FRENCH}): au/eau/-ault as {@code o}, eu as
 * {@code e}, ge before a back vowel as {@code j}, a silent final consonant (Renault → reno, Peugeot → pejo); and English
 * -wich as {@code ich} (Greenwich).
 * <p>
 * Each reading has a prior learned from all the shipped Latin–Arabic name pairs that it applies to (also those
 * whose consonant keys disagree, which the model never saw): the share of those pairs whose real Arabic spelling the
 * reading scores better than the letters as written. A reading with too few such pairs keeps a small hand prior
 * ({@value #SILENT_PRIOR}). A spelling's score is the best over the letters as written and each reading plus its
 * log prior.
 * <p>
 * A second thing the pairs show: a Latin name that ends in a sounded vowel (a, i, o, u) is written with a final
 * vowel letter (ا ة ى ي و ه, or ع ء), in about 99 % of the pairs; an Arabic spelling that ends in another consonant
 * is scored down by the log of that learned share (Raqqa is not «راق»). And in a Latin word with the signs of a
 * romanised Arabic name (the article, -ah, kh gh dh th, q, a doubled letter or long vowel) an Arabic spelling's ع,
 * which English-language media leave out or write as a vowel (Daraa for درعا), is also read as that vowel, with the
 * share of the pairs with such signs whose ع reads better so as prior; in other words (Tabuk, Airbus) a vowel is no ع («تعبق»,
 * «عابس»). A romanised Arabic name is read with Arabic letters (decision 0035, {@link #asForeign}): ص ض ط ظ ح ق as
 * the letters of foreign names for the same sounds, ء as the vowels Latin writes for it, with a prior learned the
 * same way; and the rules of one language are also read all together (Steinmeier → shtainmaier). Immutable and
 * thread-safe.
 */
public final class LatinReadings {

    /** Prior of a reading whose pairs are too few to learn it from. */
    static final double SILENT_PRIOR = 0.05;
    /** Fewest pairs a reading's prior is learned from. */
    static final int MIN_PAIRS = 20;
    /** Shares are kept within [FLOOR, 1 - FLOOR]. */
    private static final double FLOOR = 0.005;
    private static final String ARABIC_VOWEL_ENDS = "اةىيوهعءئؤأإآ";
    private static final String LATIN_VOWEL_ENDS = "aiou";
    private static final char AIN = '\u0639';
    private static final char ALEF = '\u0627';

    /** The source languages, by letters their names are seldom written without. */
    private static final Predicate<String> ANY = w -> true;
    private static final Pattern ITALIAN_SIGNS = Pattern.compile(
            ".*(?:([bcdfglmnprstvz])\\1|gli|gn|sc[ei]).*[aeio]|.*[^aeiou][io]");
    private static final Predicate<String> ITALIAN = w -> ITALIAN_SIGNS.matcher(w).matches();
    private static final Predicate<String> FRENCH = SpellingLanguageSigns.FRENCH;
    private static final Pattern GERMAN_SIGNS = Pattern.compile(".*(?:sch|tz|ei|ie|mann|burg|berg|stein|dt|[^s]z).*");
    private static final Predicate<String> GERMAN = w -> GERMAN_SIGNS.matcher(w).matches();
    /**
     * Arabic names romanised: the article, an apostrophe (for ع or ء), -ah, kh gh dh th, q, a long vowel or a doubled
     * consonant.
     */
    private static final Pattern ARABIC_SIGNS = Pattern.compile(
            "al.*|.*(?:'|\u2019|ah|kh|gh|dh|th|q|aa|ee|oo|([bcdfghjklmnprstvwyz])\\1).*");
    static final Predicate<String> ARABIC = w -> ARABIC_SIGNS.matcher(w).matches();

    /** A reading: where it applies and how it respells. */
    enum Rule {
        ITALIAN_C(ITALIAN, "(?<!s)c{1,2}(?=[ei])", "ch"),
        ITALIAN_SC(ITALIAN, "sc(?=[ei])", "sh"),
        ITALIAN_GN(ITALIAN, "gn", "ny"),
        ITALIAN_Z(ITALIAN, "z{1,2}", "ts"),
        J_AS_Y(ANY, "j(?=[aeiou])", "y"),
        GERMAN_ST(GERMAN, "^s(?=[tp])", "sh"),
        GERMAN_SCH(ANY, "sch", "sh"),
        GERMAN_W(GERMAN, "w", "v"),
        GERMAN_V(GERMAN, "v", "f"),
        GERMAN_EI(GERMAN, "ei", "ai"),
        GERMAN_Z(GERMAN, "t?z", "ts"),
        PORTUGUESE_NH(ANY, "(?<=[aeiou])([nl])h(?=[aeiou])", "$1y"),
        SPANISH_LL(ANY, "(?<=[aeiou])ll(?=[aeiou])", "y"),
        FRENCH_OU(ANY, "ou", "u"),
        // decision 0149: French au/eau (and a silent consonant after it) as o, eu as e, ge before a back vowel as j,
        // a silent final consonant after a vowel
        FRENCH_AU(FRENCH, "e?au(?:l[td]|[xtd])?(?![aeiou])", "o"),
        FRENCH_EU(FRENCH, "eu(?![aeiou])", "e"),
        FRENCH_GE(FRENCH, "ge(?=[aou])", "j"),
        FRENCH_SILENT_END(FRENCH, "(?<=[aeiou])[tdxs]$", ""),
        // decision 0149: English -wich with a silent w (Greenwich, Norwich, Ipswich)
        ENGLISH_WICH(ANY, "(?<=[^aeiou])wich$", "ich"),
        ENGLISH_U(ANY, "(?<=[^aeiou])u(?=[bcdfgkmnprst](?:[bcdfgkmnprst]|$))", "a"),
        // decision 0160: a romanised Arabic name's dh, or dd between vowels, for ذ ظ ض (Gaddafi, Al-Dhafiri), read as
        // the z the model knows for them (with ذ ظ read as ز, asForeign)
        ARABIC_DH(ARABIC, "dh|(?<=[aeiou])dd(?=[aeiou])", "z"),
        // decision 0172: a romanised Arabic name writes the doubled ي of -iyya / -iyah as iy or iyy (Al-Muzahimiyah
        // for المزاحمية) and the diphthong of the diminutive fu'ayl, before its last consonant and a vowel, as ay
        // (Al-Bukayriyah for البكيرية; not a final syllable: Quraysh): read as the one i and the y the model learned
        // for ي
        ARABIC_IY(ARABIC, "(?<=[^aeiou])iyy?(?=[aeiou])", "i"),
        ARABIC_AY(ARABIC, "(?<=[^aeiou])ay(?=[^aeiouy'\u2019][aeiou])", "y");

        private final Predicate<String> cue;
        private final Pattern pattern;
        private final String replacement;

        Rule(Predicate<String> cue, String pattern, String replacement) {
            this.cue = cue;
            this.pattern = Pattern.compile(pattern);
            this.replacement = replacement;
        }

        /** The respelling of a normalised Latin word, or null when the rule does not apply to it. */
        String read(String latin) {
            if (!cue.test(latin)) {
                return null;
            }
            String out = pattern.matcher(latin).replaceAll(replacement);
            return out.equals(latin) ? null : out;
        }
    }

    /** One reading of a Latin word and the log of its prior. */
    public record Reading(String latin, double logPrior) {
    }

    private final TransliterationModel model;
    private final double[] logPrior;
    private final double vowelEnd;
    private final double ainPrior;
    /**
     * Log prior of reading an Arabic spelling's own letters as the foreign-style letters the model knows (decision
     * 0035, {@link #asForeign}), for Latin words without ({@code [0]}) and with ({@code [1]}) the signs of a romanised
     * Arabic name.
     */
    private final double[] arabicPrior;
    /** Log prior of the reading by all the rules of one language together, by language. */
    private final Map<Predicate<String>, Double> languagePrior;

    private LatinReadings(TransliterationModel model, double[] logPrior, double vowelEnd, double ainPrior,
                          double[] arabicPrior,
                          Map<Predicate<String>, Double> languagePrior) {
        this.model = model;
        this.logPrior = logPrior;
        this.vowelEnd = vowelEnd;
        this.ainPrior = ainPrior;
        this.arabicPrior = arabicPrior;
        this.languagePrior = languagePrior;
    }

    /** Arabic letters of native names and the letters foreign names are written with for the same sound. */
    private static final String NATIVE = "\u0635\u0636\u0637\u0638\u062D\u0642\u0630";     // ص ض ط ظ ح ق ذ
    private static final String FOREIGN = "\u0633\u062F\u062A\u0632\u0647\u0643\u0632";    // س د ت ز ه ك ز
    private static final char HAMZA = '\u0621';
    /** ذ: read as ز only where the Latin word has the signs of a romanised Arabic name (Xavi is not «القذافي»). */
    private static final char THAL = '\u0630';
    private static final char YEH = '\u064A';

    /** Vowels a romanised Arabic name writes for ع or ء: a long or double vowel, or an apostrophe. */
    private static final Pattern VOWEL_PAIR = Pattern.compile(".*(?:aa|ai|ae|ei|'|\u2019).*");

    /**
     * A normalised Arabic spelling with the letters of native names read as the letters the model learned from
     * foreign names, as English-language media romanise them for the normalised Latin word (decision 0035): ص ض ط ظ ح
     * ق as س د ت ز ه ك (Nusra, Hail, Qassim); where the Latin has the signs of a romanised Arabic name ({@link
     * #ARABIC}), ع as the vowel Latin writes for it ({@link #ainAsVowel}: Daraa); where it writes two vowels or an
     * apostrophe, ء between ا and a letter as ي (حائل → Hail, as هايل) and elsewhere left out (صنعاء → Sanaa). Else
     * ع and ء stay (Mosul is not «المسؤول», Airbus not «عابس»). The spelling itself when nothing changes.
     */
    static String asForeign(String arabic, String latin) {
        String folded = ARABIC.test(latin) ? ainAsVowel(arabic) : arabic;
        boolean hamza = VOWEL_PAIR.matcher(latin).matches();
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int k = NATIVE.indexOf(c);
            if (k >= 0 && (c != THAL || ARABIC.test(latin))) {
                out.append(FOREIGN.charAt(k));
            } else if (c != HAMZA || !hamza) {
                out.append(c);
            } else if (i > 0 && folded.charAt(i - 1) == ALEF && i + 1 < folded.length()
                    && folded.charAt(i + 1) != YEH) {
                out.append(YEH);
            }   // ائي: the ي that follows is the one Latin writes (Al-Tai for الطائي, decision 0172)
        }
        return out.length() == 0 ? arabic : out.toString();
    }

    /**
     * Learns the readings' priors and the final-vowel share over the name {@code pairs} ({Latin, Arabic}, any form:
     * both are normalised) with the given model.
     */
    public static LatinReadings learn(TransliterationModel model, List<String[]> pairs) {
        Rule[] rules = Rule.values();
        int vowelEnds = 0;
        int consonantAfterVowel = 0;
        int ains = 0;
        int ainBetter = 0;
        int[] signed = new int[2];
        int[] foreignBetter = new int[2];
        List<Predicate<String>> languages = List.of(ITALIAN, GERMAN, FRENCH, ARABIC);
        int[][] counts = new int[rules.length + languages.size()][2];
        for (String[] p : pairs) {
            String latin = ArabicNormalizer.normalize(p[0]).strip();
            String arabic = ArabicNormalizer.normalize(p[1]).strip();
            if (latin.isEmpty() || arabic.isEmpty() || !latin.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue;
            }
            if (endsInVowel(latin)) {
                vowelEnds++;
                if (!endsAsVowel(arabic)) {
                    consonantAfterVowel++;
                }
            }
            double plain = Double.NaN;
            // how often a Latin word with or without the signs of a romanised Arabic name writes a native name whose
            // letters read better as the foreign-style ones: over all such pairs
            int g = ARABIC.test(latin) ? 1 : 0;
            signed[g]++;
            String foreign = asForeign(arabic, latin);
            if (!foreign.equals(arabic)) {
                plain = model.score(latin, arabic);
                if (model.score(latin, foreign) > plain) {
                    foreignBetter[g]++;
                }
            }
            if (ARABIC.test(latin)) {
                // how often a romanised Arabic name's vowel is an ع the Latin leaves out: over all such pairs
                ains++;
                if (arabic.indexOf(AIN) >= 0) {
                    plain = model.score(latin, arabic);
                    if (Math.max(model.score(latin, ainAsVowel(arabic)), model.score(latin, ainLeftOut(arabic)))
                            > plain) {
                        ainBetter++;
                    }
                }
            }
            for (int r = 0; r < counts.length; r++) {
                // each rule alone, then each language's rules together
                String reading = r < rules.length ? rules[r].read(latin) : readAll(languages.get(r - rules.length), latin);
                if (reading == null) {
                    continue;
                }
                if (Double.isNaN(plain)) {
                    plain = model.score(latin, arabic);
                }
                double read = model.score(reading, arabic);
                if (plain == Double.NEGATIVE_INFINITY && read == Double.NEGATIVE_INFINITY) {
                    continue;  // a pair neither reading aligns: no name pair (noise of the list)
                }
                counts[r][0]++;
                if (read > plain) {
                    counts[r][1]++;
                }
            }
        }
        double[] logPrior = new double[rules.length];
        for (int r = 0; r < rules.length; r++) {
            logPrior[r] = logShare(counts[r][0], counts[r][1]);
        }
        double vowelShare = vowelEnds < MIN_PAIRS ? FLOOR : (double) consonantAfterVowel / vowelEnds;
        double ainShare = ains < MIN_PAIRS ? SILENT_PRIOR : (double) ainBetter / ains;
        double[] arabicPrior = new double[2];
        for (int g = 0; g < 2; g++) {
            arabicPrior[g] = logShare(signed[g], foreignBetter[g]);
        }
        Map<Predicate<String>, Double> languagePrior = new HashMap<>();
        for (int l = 0; l < languages.size(); l++) {
            languagePrior.put(languages.get(l), logShare(counts[rules.length + l][0], counts[rules.length + l][1]));
        }
        return new LatinReadings(model, logPrior, Math.log(Math.max(FLOOR, vowelShare)),
                Math.log(Math.max(FLOOR, Math.min(1 - FLOOR, ainShare))), arabicPrior, languagePrior);
    }

    /** The log of a learned share, kept within the floor; the small hand prior when the pairs are too few. */
    private static double logShare(int applies, int better) {
        double share = applies < MIN_PAIRS ? SILENT_PRIOR : (double) better / applies;
        return Math.log(Math.max(FLOOR, Math.min(1 - FLOOR, share)));
    }

    /**
     * The respelling of a normalised Latin word by every rule of one language at once (Steinmeier → shtainmaier:
     * German st and ei together), or null when fewer than two of its rules apply: one rule alone is a reading already.
     */
    static String readAll(Predicate<String> language, String latin) {
        if (!language.test(latin)) {
            return null;
        }
        String out = latin;
        int applied = 0;
        for (Rule r : Rule.values()) {
            if (r.cue != language) {
                continue;
            }
            String read = r.pattern.matcher(out).replaceAll(r.replacement);
            if (!read.equals(out)) {
                applied++;
                out = read;
            }
        }
        return applied >= 2 ? out : null;
    }

    /**
     * True when the normalised Arabic spelling has letters of native names ({@link #asForeign}: ص ض ط ظ ح ق ع or
     * ء), which the reading of a romanised Arabic name scores (Hail → حائل, Sanaa → صنعاء).
     */
    public static boolean hasNativeLetters(String arabic) {
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            if (NATIVE.indexOf(c) >= 0 || c == AIN || c == HAMZA) {
                return true;
            }
        }
        return false;
    }

    /** The log prior of reading a Latin word as a romanised Arabic name (for tests and reports). */
    double arabicPrior(String latin) {
        return arabicPrior[ARABIC.test(latin) ? 1 : 0];
    }



    /**
     * The normalised Latin word read with a romanised Arabic name's dh or dd as z ({@code Rule.ARABIC_DH}, decision
     * 0160: Gaddafi → gazafi), or null when the rule does not apply.
     */
    public static String romanisedZ(String latin) {
        return Rule.ARABIC_DH.read(letters(latin));
    }

    /** The model read. */
    public TransliterationModel model() {
        return model;
    }

    /** The log prior of a rule's reading (for tests and reports). */
    double logPrior(Rule rule) {
        return logPrior[rule.ordinal()];
    }

    /** The log prior of reading an Arabic ع as the vowel a Latin spelling writes for it (for tests and reports). */
    double ainPrior() {
        return ainPrior;
    }

    /**
     * An Arabic spelling with its ع read as the vowel English-language media write for it (Arar for عرعر, Daraa
     * for درعا): ع next to ا is dropped, another ع is ا.
     */
    static String ainAsVowel(String arabic) {
        StringBuilder out = new StringBuilder(arabic.length());
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            if (c != AIN) {
                out.append(c);
            } else if (!(i > 0 && arabic.charAt(i - 1) == ALEF || i + 1 < arabic.length()
                    && arabic.charAt(i + 1) == ALEF)) {
                out.append(ALEF);
            }
        }
        return out.length() == 0 ? arabic : out.toString();
    }

    /**
     * An Arabic spelling with its ع left out, as English-language media often write nothing for it (Al-Dhale for الضالع:
     * the final e is the vowel before ع; decision 0159); the spelling itself when it has no ع or is only ع.
     */
    static String ainLeftOut(String arabic) {
        String out = arabic.replace(String.valueOf(AIN), "");
        return out.isEmpty() ? arabic : out;
    }

    /** What a sounded final vowel written as a consonant costs: the log of its learned share. */
    double vowelEndPenalty() {
        return vowelEnd;
    }

    /** The normalised Latin word as written (prior 1) and its readings with their log priors. */
    public List<Reading> readings(String word) {
        String latin = letters(word);
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(latin, 0));
        for (Rule r : Rule.values()) {
            String reading = r.read(latin);
            if (reading != null) {
                out.add(new Reading(reading, logPrior[r.ordinal()]));
            }
        }
        languagePrior.forEach((language, prior) -> {
            String all = readAll(language, latin);
            if (all != null) {
                out.add(new Reading(all, prior));
            }
        });
        return out;
    }

    /**
     * The score of a normalised Arabic spelling of the normalised Latin word: the best over its readings of the
     * model's score plus the reading's log prior, less the cost of a sounded final vowel written as a consonant.
     */
    public double score(String latin, String arabic) {
        double s = Double.NEGATIVE_INFINITY;
        String foreign = asForeign(arabic, latin);
        boolean ain = arabic.indexOf(AIN) >= 0 && ARABIC.test(latin);
        // the ع a romanised Arabic name writes as a vowel or leaves out (الضالع for Al-Dhale: the e after l; 0159)
        String foreignLeftOut = ain ? asForeign(ainLeftOut(arabic), latin) : foreign;
        for (Reading r : readings(latin)) {
            s = Math.max(s, model.score(r.latin(), arabic) + r.logPrior());
            if (r.logPrior() != 0 && !foreign.equals(arabic)) {
                // a reading of the Latin letters with the Arabic letters read as the foreign-style ones (Gaddafi as
                // gazafi and القذافي as القزافي; decision 0160)
                s = Math.max(s, model.score(r.latin(), foreign) + r.logPrior() + arabicPrior(latin));
            }
        }
        if (ain) {
            s = Math.max(s, Math.max(model.score(letters(latin), ainAsVowel(arabic)),
                    model.score(letters(latin), ainLeftOut(arabic))) + ainPrior);
        }
        if (!foreign.equals(arabic)) {
            s = Math.max(s, model.score(letters(latin), foreign) + arabicPrior(latin));
            if (!foreignLeftOut.equals(foreign)) {
                s = Math.max(s, model.score(letters(latin), foreignLeftOut) + arabicPrior(latin));
            }
        }
        if (s > Double.NEGATIVE_INFINITY && endsInVowel(latin) && !endsAsVowel(arabic)) {
            s += vowelEnd;
        }
        return s;
    }

    /** The score of the likeliest spelling of the normalised Latin word over its readings. */
    public double best(String latin) {
        double s = Double.NEGATIVE_INFINITY;
        for (Reading r : readings(latin)) {
            s = Math.max(s, model.best(r.latin()) + r.logPrior());
        }
        return s;
    }

    /** The {@code max} likeliest Arabic spellings of the normalised Latin word over its readings, likeliest first. */
    public List<TransliterationModel.Candidate> generate(String latin, int max) {
        Map<String, Double> all = new HashMap<>();
        for (Reading r : readings(latin)) {
            for (TransliterationModel.Candidate c : model.generate(r.latin(), max)) {
                all.merge(c.arabic(), c.logp() + r.logPrior(), Math::max);
            }
        }
        return all.entrySet().stream()
                .map(e -> new TransliterationModel.Candidate(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble((TransliterationModel.Candidate c) -> -c.logp()))
                .limit(max).toList();
    }

    /**
     * The Arabic article as English-language media write it before a name: al-, el-, ul-, or assimilated (ash-, ar-,
     * ez-, ud-).
     */
    private static final Pattern ARTICLE = Pattern.compile("[aeu]l|[aeu]([tdrzsn])h?");

    /**
     * The one Latin word that an article and a name written apart make, or null: «al-Jubeir», «Al Jubeir» →
     * {@code aljubeir}; an assimilated article is read as al before the name's own letter (ash-Sharqiya →
     * {@code alsharqiya}, ar-Riyadh → {@code alriyadh}). Takes normalised (lower-case) words.
     */
    public static String withArticle(String article, String name) {
        var m = ARTICLE.matcher(article);
        if (name.length() < 3 || !m.matches() || !name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '\'')) {
            return null;
        }
        if (m.group(1) != null && name.charAt(0) != m.group(1).charAt(0)) {
            return null;   // ar-, as-, at-… only before their own letter (ar-Riyadh), else no article
        }
        return "al" + name;
    }

    /** The letters of a normalised Latin word the model reads: apostrophes (Sana'a, Ma'rib) left out. */
    public static String letters(String latin) {
        return latin.indexOf('\'') < 0 && latin.indexOf('\u2019') < 0 ? latin
                : latin.replace("'", "").replace("\u2019", "");
    }

    private static boolean endsInVowel(String latin) {
        return !latin.isEmpty() && LATIN_VOWEL_ENDS.indexOf(latin.charAt(latin.length() - 1)) >= 0;
    }

    private static boolean endsAsVowel(String arabic) {
        return ARABIC_VOWEL_ENDS.indexOf(arabic.charAt(arabic.length() - 1)) >= 0;
    }
}
