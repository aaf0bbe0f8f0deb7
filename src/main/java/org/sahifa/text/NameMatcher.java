package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether two spellings are the same name. Candidates come from {@link NameKey}; this class is the
 * stricter check that keeps distinct names apart.
 *
 * <p>Two Arabic spellings are variants when, read as {@link NameShape}s:
 * <ol>
 * <li>their normalised letters are equal (exact), or</li>
 * <li>neither looks native (it is not in the lexicon of Arabic given names, has none of ع ح ض ظ ذ ث,
 *     letters Arabic hardly uses for foreign sounds, and does not start with the article ال — Arabic writes
 *     foreign names without it, so الامن / المان / الامين stay apart), both have at least 4 letters, the consonants are
 *     the same one by one or differ only by a known transliteration alternation (ق ك غ for g and k, غ خ for
 *     kh, ج غ ق for g, ت ط, س ص ث, د ض, ز ذ ظ), and the vowels between consonants are equal, or one side
 *     writes a single long vowel the other leaves out (ناغورني / ناغوروني) or an ا before a vowel ي (سايمون /
 *     سيمون). Written vowels that differ keep
 *     names apart (بوتين / بوتان), as does a different ending (نيجر / نيجيريا) or a different consonant.
 *     At most two alternations and two left-out vowels, and together fewer than the number of consonants. A
 *     learned alternation as the last consonant must hold in that context (a final س / ز after a consonant, not after
 *     a vowel letter: لويس / لويز), and two spellings the bilingual lists show apart are different names
 *     ({@link ListedNames}: باريس / بارس); or, whatever the letters say, the lists give both for one Latin name
 *     ({@link ListedNames#listedTogether}: دافيد / ديفيد, David / Dávid / Dawid) and do not show them apart; or their
 *     vowel groups differ at one place only, by groups the name pairs write for one Latin vowel at least one time in
 *     ten ({@link SpellingAlternations#vowelRewrite}, decision 0143: an initial ا / اي, ايريك / اريك); or they are
 *     variants once a Portuguese nh before the final vowel written نه is read as ني ({@link PortugueseNh}, decision
 *     0182: مورينهو / مورينيو).</li>
 * <li>they differ only by a hamza seat after ا written as its plain letter (فائز / فايز, راؤول / راوول: decision 0144),
 *     native names included.</li>
 * </ol>
 * A Latin spelling matches an Arabic one when their keys are equal and each vowel group is compatible
 * (a with ا, i and e with ي, o and u with و, or unwritten): Putin matches بوتين, not بوتان; a German final z may be
 * ts (Scholz شولتس), and a place the lists give an Arabic name its letters do not follow matches that name (Geneva
 * جنيف).
 *
 * <p>Thread-safe.
 */
public final class NameMatcher {

    /** How two spellings relate. */
    public enum Match {
        /** The same after normalisation. */
        EXACT,
        /** Different spellings of one name. */
        VARIANT,
        /** Different names (or not comparable). */
        NONE
    }

    private static final NameMatcher STANDARD = new NameMatcher(ArabicGivenNames.lexicon());

    private final NameLexicon nativeNames;
    private final ListedNames listed;

    /**
     * A matcher for which the words of {@code nativeNames} match only exactly, with what the shipped bilingual lists
     * say ({@link ListedNames#standard()}).
     */
    public NameMatcher(NameLexicon nativeNames) {
        this(nativeNames, ListedNames.standard());
    }

    /** A matcher with the given list evidence ({@link ListedNames#NONE}: letters alone). */
    NameMatcher(NameLexicon nativeNames, ListedNames listed) {
        this.nativeNames = nativeNames;
        this.listed = listed;
    }

    /** The matcher whose native names are the bundled list of common Arabic given and family names. */
    public static NameMatcher standard() {
        return STANDARD;
    }

    /** True when {@code a} and {@code b} are spellings of the same name (exactly or as variants). */
    public boolean isVariant(CharSequence a, CharSequence b) {
        return match(a, b) != Match.NONE;
    }

    /** How {@code a} and {@code b} relate. */
    public Match match(CharSequence a, CharSequence b) {
        return matchNormalized(ArabicNormalizer.normalize(a), ArabicNormalizer.normalize(b));
    }

    /** {@link #match} for text already normalised. */
    public Match matchNormalized(String a, String b) {
        return match(a, b, true);
    }

    /** {@link #matchNormalized}; {@code alefRule}: with the hand rule of an ا before a vowel ي (decision 0129). */
    private Match match(String a, String b, boolean alefRule) {
        return match(a, b, alefRule, LEARNED_VOWELS);
    }

    /** {@link #match}; {@code learnedVowels}: with the learned vowel groups of decision 0143. */
    private Match match(String a, String b, boolean alefRule, boolean learnedVowels) {
        String ja = joinedLetters(a);
        String jb = joinedLetters(b);
        if (ja.isEmpty() || jb.isEmpty()) {
            return Match.NONE;
        }
        if (ja.equals(jb)) {
            return Match.EXACT;
        }
        if (HAMZA_SEAT && hamzaSeatApart(ja, jb)) {
            return Match.VARIANT; // فائز / فايز, رضائيان / رضايان: the hamza of ئ after ا dropped (decision 0144)
        }
        NameShape sa = NameShape.of(a);
        NameShape sb = NameShape.of(b);
        if (sa.latin && sb.latin) {
            return Match.NONE;
        }
        if (sa.latin || sb.latin) {
            String latin = sa.latin ? a : b;
            String arabic = sa.latin ? b : a;
            NameShape arabicShape = sa.latin ? sb : sa;
            boolean m = latinMatches(sa.latin ? sa : sb, arabicShape, latin, arabic);
            String german = germanZ(latin);
            if (!m && !german.equals(latin)) {
                m = latinMatches(NameShape.of(german), arabicShape, german, arabic);
            }
            return m || isExonym(latin.strip(), arabic.strip(), arabicShape) ? Match.VARIANT : Match.NONE;
        }
        String ra = afterArticle(a);
        String rb = afterArticle(b);
        if (ra != null && rb != null) {
            // a foreign name the press writes with the article (الكونغرس, الكونجرس; البنتاغون, البنتاجون): both
            // spellings have it, so the names behind it are compared; a native one still matches only exactly
            return match(ra, rb, alefRule, learnedVowels) == Match.VARIANT ? Match.VARIANT : Match.NONE;
        }
        if (looksNative(a) || looksNative(b)) {
            return Match.NONE;
        }
        String x = a.strip();
        String y = b.strip();
        return (arabicVariants(sa, sb, alefRule) || learnedVowels && learnedVowelGroup(x, y)
                || listed.listedTogether(x, y) || nhVariant(x, y, alefRule, learnedVowels)
                || initialWVariant(x, y, alefRule, learnedVowels))
                && !listed.listedApart(x, y) ? Match.VARIANT : Match.NONE;
    }

    /** {@code -Dsahifa.names.portugueseNh=false} leaves out {@link #nhVariant} (decision 0182: before / after). */
    static final boolean PORTUGUESE_NH = !"false".equals(System.getProperty("sahifa.names.portugueseNh"));

    /**
     * True when two foreign-looking one-word spellings are variants once a Portuguese nh before the final vowel written
     * نه is read as the ني most writers give it ({@link PortugueseNh}, decision 0182: مورينهو / مورينيو, روبينهو /
     * روبينيو); the letter rules decide the rest (جيورجينيو / جورجينهو: a y-glide as well).
     */
    private boolean nhVariant(String a, String b, boolean alefRule, boolean learnedVowels) {
        return PORTUGUESE_NH && variantAsRead(a, b, PortugueseNh::asYeh, false, alefRule, learnedVowels);
    }

    /** {@code -Dsahifa.names.initialW=false} leaves out {@link #initialWVariant} (decision 0183: before / after). */
    static final boolean INITIAL_W = !"false".equals(System.getProperty("sahifa.names.initialW"));

    /**
     * True when two foreign-looking one-word spellings, one starting with ف and the other with و before a vowel
     * letter, are variants once that و is read as ف ({@link InitialW}, decision 0183: a Latin initial w, English و or
     * German ف: وولفغانغ / فولفغانغ); the letter rules decide the rest (وولفجانج / فولفغانغ: ج / غ as well).
     */
    private boolean initialWVariant(String a, String b, boolean alefRule, boolean learnedVowels) {
        return INITIAL_W && variantAsRead(a, b, InitialW::asFeh, true, alefRule, learnedVowels);
    }

    /**
     * True when two one-word spellings, one or both read otherwise by {@code reading} (a Latin letter group the name
     * pairs write two ways, read one way), are then equal or variants by the letter rules; {@code oneSideOnly}: not
     * when both are read otherwise (an initial و on both sides is compared as written).
     */
    private boolean variantAsRead(String a, String b, java.util.function.UnaryOperator<String> reading,
                                  boolean oneSideOnly, boolean alefRule, boolean learnedVowels) {
        if (a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0) {
            return false;
        }
        String fa = reading.apply(a);
        String fb = reading.apply(b);
        boolean readA = !fa.equals(a);
        boolean readB = !fb.equals(b);
        if (!readA && !readB || oneSideOnly && readA && readB) {
            return false;
        }
        return fa.equals(fb) || match(fa, fb, alefRule, learnedVowels) != Match.NONE;
    }

    /** {@code -Dsahifa.names.learnedVowels=false} leaves out {@link #learnedVowelGroup} (decision 0143: before / after). */
    static final boolean LEARNED_VOWELS = !"false".equals(System.getProperty("sahifa.names.learnedVowels"));
    /** {@code -Dsahifa.names.hamzaSeat=false} leaves out {@link #hamzaSeatApart} (decision 0144: before / after). */
    static final boolean HAMZA_SEAT = !"false".equals(System.getProperty("sahifa.names.hamzaSeat"));

    /**
     * The least learned rewrite probability of two vowel groups (decision 0143), as for a final consonant
     * ({@link #MIN_FINAL_REWRITE}): one writer in ten.
     */
    static final double MIN_VOWEL_REWRITE = Double.parseDouble(System.getProperty("sahifa.names.minVowelRewrite", "0.1"));

    /**
     * Two one-word spellings with the same consonant letters, one by one, whose vowel groups ({@link
     * SpellingAlternations.Slots}: the letters ا و ي ه ح ع between consonants) differ at one place only, by two groups
     * the name pairs write for one Latin vowel group there at least {@link #MIN_VOWEL_REWRITE} of the time
     * ({@link SpellingAlternations#vowelRewrite}, decision 0143: an initial ا or اي for e and i, Eric ايريك / اريك,
     * Eastwood ايستوود / استوود: 0.10). Medial ا / ي or ا / و are not (0.02: بوتين / بوتان), those are left to the
     * context in search (decision 0125).
     */
    private static boolean learnedVowelGroup(String a, String b) {
        if (a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0) {
            return false;
        }
        SpellingAlternations.Slots sa = SpellingAlternations.Slots.of(a);
        SpellingAlternations.Slots sb = SpellingAlternations.Slots.of(b);
        int n = sa.consonants().length();
        if (n < 2 || Math.min(a.length(), b.length()) < 4 || !sa.consonants().equals(sb.consonants())) {
            return false;
        }
        int place = -1;
        for (int i = 0; i <= n; i++) {
            if (!sa.vowels().get(i).equals(sb.vowels().get(i))) {
                if (place >= 0) {
                    return false;
                }
                place = i;
            }
        }
        return place >= 0 && ALTERNATIONS.vowelRewrite(sa.vowels().get(place), sb.vowels().get(place),
                SpellingAlternations.VowelPlace.of(place, n)) >= MIN_VOWEL_REWRITE;
    }

    /**
     * True when two spellings differ only where one writes a hamza on a seat after ا before another letter and the
     * other leaves the hamza out and writes the seat (decision 0144), as much of the Gulf press does: ئ as ي (فائز /
     * فايز, عائشة / عايشة; ئي as ي: رضائيان / رضايان) and ؤ before و as و (راؤول / راوول: Raúl). Both normalise the seat
     * to ء, so ء is read as ي, or left out before a written و or ي, and the doubled letter after ا read once. A hand
     * rule: the shipped Latin–Arabic pairs are foreign names, nearly silent on the hamza (five pairs, listed one by
     * one: صائب / صايب, عائشة / عايشة, فائق / فايق, نائلة / نايلة, داؤد / داود). Not a final اء (سماء / سماي), nor another letter.
     */
    static boolean hamzaSeatApart(String a, String b) {
        if (a.length() < 4 || b.length() < 4 || !hasHamzaSeat(a) && !hasHamzaSeat(b)) {
            return false;
        }
        return withoutHamzaSeat(a).equals(withoutHamzaSeat(b));
    }

    private static boolean hasHamzaSeat(String w) {
        for (int i = 1; i + 1 < w.length(); i++) {
            if (w.charAt(i) == HAMZA && w.charAt(i - 1) == ALEF) {
                return true;
            }
        }
        return false;
    }

    /** The spelling with each ء after ا before another letter read as its seat (see {@link #hamzaSeatApart}). */
    private static String withoutHamzaSeat(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean afterAlef = i > 0 && w.charAt(i - 1) == ALEF;
            if (c == HAMZA && afterAlef && i + 1 < w.length()) {
                char next = w.charAt(i + 1);
                if (next != YEH && next != WAW) {
                    sb.append(YEH);
                }
            } else if ((c == WAW || c == YEH) && sb.length() >= 2 && sb.charAt(sb.length() - 1) == c
                    && sb.charAt(sb.length() - 2) == ALEF) {
                continue; // اوو, ايي: the seat written and the vowel after it, read once
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * True when the lists give the Latin place name an Arabic name its letters do not follow (Geneva جنيف, Singapore
     * سنغافورة) and {@code arabic} is that name or a variant of it (سنجافورة).
     */
    private boolean isExonym(String latin, String arabic, NameShape arabicShape) {
        for (String listedName : listed.exonymsOf(latin)) {
            if (listedName.equals(arabic) || joinedLetters(listedName).equals(joinedLetters(arabic))
                    || !looksNative(listedName) && !looksNative(arabic)
                    && arabicVariants(NameShape.of(listedName), arabicShape, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The German reading of a word-final z after l, n or r: ts (Scholz شولتس, Linz لينتس, Herz هرتس: the shipped
     * Wikidata name words write such a z with ت before it in 18 of 69 names, against 21 of 463 for a z inside a
     * word), tried when the English-like reading (z = ز) does not match. The text unchanged when it has none.
     */
    static String germanZ(String latin) {
        StringBuilder sb = null;
        for (int i = 1; i < latin.length(); i++) {
            char p = latin.charAt(i - 1);
            boolean wordEnd = i + 1 == latin.length() || !Character.isLetter(latin.charAt(i + 1));
            if (latin.charAt(i) == 'z' && wordEnd && (p == 'l' || p == 'n' || p == 'r')) {
                if (sb == null) {
                    sb = new StringBuilder(latin.substring(0, i));
                }
                sb.append("ts");
            } else if (sb != null) {
                sb.append(latin.charAt(i));
            }
        }
        return sb == null ? latin : sb.toString();
    }

    /** What separates the words {@link #looksNative} reads (compiled once: it is asked for every candidate spelling). */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\u0621-\\u064Aa-z]+");

    /** True when a normalised spelling looks native (see the class comment): such names match only exactly. */
    boolean looksNative(String normalized) {
        for (String word : NOT_LETTERS.split(normalized)) {
            if (word.isEmpty()) {
                continue;
            }
            if (nativeNames.isName(word) || startsWithArticle(word)) {
                return true;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c == AIN || c == HAH || c == DAD || c == ZAH || c == THAL || c == THEH) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The word after the article when {@code normalized} is one word, the article and at least four letters
     * (الكونغرس → كونغرس); null otherwise.
     */
    private static String afterArticle(String normalized) {
        String w = normalized.strip();
        return w.length() >= 6 && w.indexOf(' ') < 0 && startsWithArticle(w) ? w.substring(2) : null;
    }

    /** The definite article ال before at least two letters: a common word or a native name, not a transliteration. */
    private static boolean startsWithArticle(String word) {
        return word.length() >= 4 && word.charAt(0) == ALEF && word.charAt(1) == LAM;
    }

    private static boolean arabicVariants(NameShape a0, NameShape b0, boolean alefRule) {
        if (Math.min(a0.letters, b0.letters) < 4) {
            return false;
        }
        // Semivowels join the vowel groups: a word-initial ي of the second word of a compound is a consonant
        // when split (بيونج يانج) and a vowel when joined (بيونغيانغ).
        String ca = withoutSemivowels(a0.consonants);
        String cb = withoutSemivowels(b0.consonants);
        int n = ca.length();
        if (n == 0 || n != cb.length()) {
            return false;
        }
        List<String> ga = semivowelGaps(a0, false);
        List<String> gb = semivowelGaps(b0, false);
        List<String> ma = semivowelGaps(a0, true);
        List<String> mb = semivowelGaps(b0, true);
        boolean endsInConsonant = ga.get(n).isEmpty() && gb.get(n).isEmpty();
        int alternations = 0;
        boolean finalSheen = false;
        for (int i = 0; i < n; i++) {
            char x = ca.charAt(i);
            char y = cb.charAt(i);
            if (x != y) {
                finalSheen = x == SHEEN || y == SHEEN;
                boolean wordFinal = i == n - 1 && endsInConsonant;
                if (!alternates(x, y, wordFinal)
                        || wordFinal && !handRule(x, y, true) && !finalAlternates(x, y, ga.get(n - 1), gb.get(n - 1))) {
                    return false;
                }
                alternations++;
            }
        }
        int leftOut = 0;
        boolean alefBeforeYeh = false;
        for (int i = 0; i < ga.size(); i++) {
            String x = ga.get(i);
            String y = gb.get(i);
            if (x.equals(y)) {
                continue;
            }
            boolean last = i == ga.size() - 1;
            if (last) {
                if (isFinalA(x) && isFinalA(y)) {
                    continue; // سوريا / سورية, انقره / انكارا: a foreign name's final a is written either way
                }
                return false; // other endings carry grammar: روسي / روسيا, نيجر / نيجيريا
            }
            String longer = x.length() > y.length() ? x : y;
            String shorter = x.length() > y.length() ? y : x;
            boolean aLonger = x.length() > y.length();
            boolean initialAlef = i == 0 && longer.charAt(0) == ALEF && longer.substring(1).equals(shorter);
            if (initialAlef ? !initialAlefLeftOut(shorter, ga.get(1).isEmpty() && gb.get(1).isEmpty())
                    : !oneVowelLeftOut(longer, shorter, aLonger ? ma.get(i) : mb.get(i), aLonger ? mb.get(i) : ma.get(i))) {
                if (initialAlef || !alefRule || !alefBeforeYeh(longer, shorter)) {
                    return false; // different written vowels (بوتين / بوتان) or a written initial vowel (أماندا / ماندا)
                }
                alefBeforeYeh = true;
            }
            leftOut++;
        }
        if (leftOut > 0 && n < 4 && (countVowels(ga) == 0 || countVowels(gb) == 0)) {
            return false; // a short word without long vowels is a native pattern: كتب / كتاب
        }
        if (alefBeforeYeh && alternations + leftOut > 1) {
            return false; // the only difference it may make: باريس is not برايس (Price), جنيف not جان ايف
        }
        if (finalSheen && alternations + leftOut > 1) {
            return false; // a final ش / س is the only difference it may make: باريس is not بريتش
        }
        return alternations <= 2 && leftOut <= 2 && alternations + leftOut < Math.max(2, n);
    }

    private static boolean isFinalA(String gap) {
        return gap.equals(String.valueOf(ALEF)) || gap.equals(String.valueOf(HEH));
    }

    private static int countVowels(List<String> gaps) {
        int v = 0;
        for (String g : gaps) {
            v += g.length();
        }
        return v;
    }

    private static String withoutSemivowels(String consonants) {
        StringBuilder sb = new StringBuilder(consonants.length());
        for (int i = 0; i < consonants.length(); i++) {
            char c = consonants.charAt(i);
            if (c != WAW && c != YEH) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A consonant و (w) or ي (y) in a {@link #semivowelGaps marked} vowel group. */
    private static final char MARKED_WAW = 'W';
    private static final char MARKED_YEH = 'Y';

    /**
     * The vowel groups between the consonants other than و and ي, those included in the groups; {@code marked}:
     * a consonant و or ي (at the start of a word, after a vowel) as {@value #MARKED_WAW} or {@value #MARKED_YEH},
     * so that a vowel letter left out can be told from a consonant.
     */
    private static List<String> semivowelGaps(NameShape s, boolean marked) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        StringBuilder gap = new StringBuilder(s.gaps.get(0));
        for (int i = 0; i < s.consonants.length(); i++) {
            char c = s.consonants.charAt(i);
            if (c == WAW || c == YEH) {
                gap.append(!marked ? c : c == WAW ? MARKED_WAW : MARKED_YEH);
            } else {
                out.add(gap.toString());
                gap.setLength(0);
            }
            gap.append(s.gaps.get(i + 1));
        }
        out.add(gap.toString());
        return out;
    }

    /**
     * Two consonant letters that write one foreign sound: learned ({@link SpellingAlternations}: the Latin–Arabic
     * name pairs write one Latin sound with both, similarity at least {@value #MIN_CONSONANT_SIMILARITY}: ق ك, ج غ,
     * ق غ, ت ط ث, س ص, د ض, ز ذ ظ, س ز, …), or a hand rule where the pairs are nearly silent: غ خ and ق خ (Turkic and
     * Slavic ğ, q / kh: قره باغ / كاراباخ, قازاقستان / كازاخستان), ج ق (Gulf and Egyptian g: جوميز / قوميز) and, as
     * the word's last letter only, ش س (Portuguese and Spanish final s: غوتيريش / غوتيريس). ك غ (Kenya / Guinea),
     * ك خ and ج خ are not: the pairs rarely write one sound with both.
     */
    static boolean alternates(char x, char y, boolean wordFinal) {
        return handRule(x, y, wordFinal) || ALTERNATIONS.consonantCost(x, y) <= -Math.log(MIN_CONSONANT_SIMILARITY);
    }

    private static boolean handRule(char x, char y, boolean wordFinal) {
        return pair(x, y, GHAIN, KHAH) || pair(x, y, QAF, KHAH) || pair(x, y, JEEM, QAF)
                || wordFinal && pair(x, y, SHEEN, SEEN);
    }

    /**
     * A learned alternation as a word's last consonant holds only where the name pairs show it at the end of a word
     * in the same context ({@link SpellingAlternations#finalRewrite}, at least {@value #MIN_FINAL_REWRITE}): a final
     * س / ز after a consonant (جيمس / جيمز, شولتس / شولتز: 0.32) but not after a vowel letter, where they write
     * different Latin letters (لويس / لويز, Louis / Louise: 0.05).
     */
    private static boolean finalAlternates(char x, char y, String gapA, String gapB) {
        SpellingAlternations.FinalContext context = hasVowelLetter(gapA) || hasVowelLetter(gapB)
                ? SpellingAlternations.FinalContext.AFTER_VOWEL : SpellingAlternations.FinalContext.AFTER_CONSONANT;
        return ALTERNATIONS.finalRewrite(x, y, context) >= MIN_FINAL_REWRITE;
    }

    /** The least learned rewrite probability of two letters as a word's last consonant (one writer in ten). */
    static final double MIN_FINAL_REWRITE = 0.1;

    private static boolean hasVowelLetter(String gap) {
        return gap.indexOf(ALEF) >= 0 || gap.indexOf(WAW) >= 0 || gap.indexOf(YEH) >= 0;
    }

    /** The least learned similarity of two consonant letters that may write one sound. */
    static final double MIN_CONSONANT_SIMILARITY = 0.12;
    private static final SpellingAlternations ALTERNATIONS = SpellingAlternations.standard();

    /**
     * {@code -Dsahifa.names.glideBeforeAlef=true}: a ي left out before ا is a y-glide too, as before decision 0236
     * (before / after with one build).
     */
    static final boolean GLIDE_BEFORE_ALEF = Boolean.getBoolean("sahifa.names.glideBeforeAlef");

    /**
     * {@code shorter} is {@code longer} without one vowel letter ({@code markedLonger}, {@code markedShorter}: the
     * same groups {@link #semivowelGaps marked}, so that a consonant و or ي is never taken for a vowel left out:
     * يانيس / انيس): a long vowel one spelling leaves out (كلينتون / كلنتون, ويليام / وليام: the group keeps no vowel
     * letter), or a ي written before another vowel letter و or ي (بييلسا / بيلسا, ميولر / مولر: a y-glide). An ا before a
     * vowel ي is {@link #alefBeforeYeh}; not an ا after a ي (ماريان / مارين, اندرياس / اندريس, سياسي / سيسي: ia is
     * two vowels, i one), nor a ي left out before ا (ماريان / ماران, داريو / دياريو: ia against a, decision 0236: of
     * the pairs one shipped Latin name gives two Arabic labels, this class is 6 in 380 one-letter pairs, the long ي
     * 124 in 1,586; {@code scripts/name-label-classes.py}), nor a ي or و left out after ا (بايدن / بادن).
     */
    private static boolean oneVowelLeftOut(String longer, String shorter, String markedLonger, String markedShorter) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int k = 0; k < longer.length(); k++) {
            char r = longer.charAt(k);
            boolean vowelThere = markedLonger.charAt(k) == r
                    || k + 1 < longer.length() && longer.charAt(k + 1) == r && markedLonger.charAt(k + 1) == r;
            if (!vowelThere || r != ALEF && r != WAW && r != YEH
                    || !(longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
                continue; // not this letter, or a consonant (of two equal letters, either may be the vowel)
            }
            char after = k + 1 < longer.length() ? longer.charAt(k + 1) : 0;
            if (!hasVowelLetter(markedShorter) || r == YEH && (after == WAW || after == YEH
                    || after == ALEF && GLIDE_BEFORE_ALEF)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@link #matchNormalized} reads two normalised spellings as variants by the hand rule of an ا before a
     * vowel ي alone (سايمون / سيمون): search leaves such pairs to the library's context, as it does other written vowel
     * letters (decision 0129: بايرن / بيرن, Bayern / Bern).
     */
    public boolean variantByAlefBeforeYehAlone(String a, String b) {
        int d = a.length() - b.length();
        return (d == 1 || d == -1) && (a.indexOf("\u0627\u064A") >= 0 || b.indexOf("\u0627\u064A") >= 0)
                && match(a, b, true) == Match.VARIANT && match(a, b, false) == Match.NONE;
    }

    /**
     * True when the letters read two normalised spellings as variants only by a rule search leaves to the library's
     * context, as it does other written vowel letters: an ا before a vowel ي ({@link #variantByAlefBeforeYehAlone},
     * decision 0129) or a learned vowel group (decision 0143: ايريك / اريك, Eric; but ايباد / اباد, iPad / Abad).
     */
    public boolean variantLeftToContext(String a, String b) {
        return variantByAlefBeforeYehAlone(a, b)
                || LEARNED_VOWELS && match(a, b, true, true) == Match.VARIANT && match(a, b, true, false) == Match.NONE;
    }

    /**
     * {@link #matchNormalized} without the hand rule of an ا before a vowel ي: the letters the shipped list table
     * ({@link ListedNames}) is learned with, so that the pairs the lists give together for one Latin name (برايان /
     * بريان, دايفيد / ديفيد) stay listed and search keeps finding them without the context (decision 0129).
     */
    Match matchWithoutAlefBeforeYeh(String a, String b) {
        return match(a, b, false, false); // nor the learned vowel groups (0143): the same letters as the table's
    }

    /**
     * {@code shorter} is {@code longer} without an ا written before a ي (the group اي against ي, the rest equal): the
     * English long i and the German ai / ei, written اي or ي (سايمون / سيمون, دايلي / ديلي, تشامبرلاين / تشامبرلين,
     * هاينز / هينز; decision 0129). A hand rule: the name pairs give two Arabic labels for one Latin word too rarely to
     * learn it (45 such pairs for one folded Latin name, one apart), so it holds only as a pair's one difference. Not
     * an ا after a ي (ماريان / مارين, سياسي / سيسي: ia is two vowels where i is one).
     */
    private static boolean alefBeforeYeh(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int k = 0; k + 1 < longer.length(); k++) {
            if (longer.charAt(k) == ALEF && longer.charAt(k + 1) == YEH
                    && (longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two spellings may differ by the alef of their initial vowel group ({@code rest} is the group without
     * it): only by the alef Arabic writes before a
     * consonant cluster (استوكهولم / ستوكهولم: the first consonant has no vowel after it in either) or before an
     * initial ي or و (إي / ي, أو / و: Latin i-, y-, o-, w- at the start).
     */
    private static boolean initialAlefLeftOut(String rest, boolean cluster) {
        return cluster || !rest.isEmpty() && (rest.charAt(0) == YEH || rest.charAt(0) == WAW);
    }

    private static boolean pair(char x, char y, char p, char q) {
        return x == p && y == q || x == q && y == p;
    }

    private static boolean latinMatches(NameShape latin, NameShape arabic, String latinText, String arabicText) {
        if (latin.consonants.isEmpty() || Math.min(latin.letters, arabic.letters) < 3) {
            return false;
        }
        if (!NameKey.ofShape(latin).equals(NameKey.ofShape(arabic))) {
            return false;
        }
        // Compare vowel groups consonant by consonant, skipping ع on the Arabic side.
        List<String> al = alignedArabicGaps(arabic);
        List<String> ll = collapsedGaps(latin);
        if (endsInVowel(ll) && al.get(al.size() - 1).isEmpty()) {
            return false; // a Latin name ending in a vowel is written with a final vowel letter: Messi / حماس
        }
        if (latinText.indexOf('h') < 0 && hasInnerHeh(arabicText)) {
            return false; // ه and ح write an h: FIFA is not هيفاء, Nokia not وناهي
        }
        if (al.size() != ll.size()) {
            return true; // same key but collapsed differently: trust the key
        }
        for (int i = 0; i < al.size(); i++) {
            String arabicGap = al.get(i);
            if (i == 0 && arabicGap.startsWith(String.valueOf(ALEF))) {
                arabicGap = arabicGap.substring(1); // an initial alef carries any vowel: اسطنبول / Istanbul
            }
            String latinGap = ll.get(i);
            if (i == al.size() - 1 && arabicGap.equals(String.valueOf(YEH)) && latinGap.length() <= 1) {
                continue; // the Arabic adjective ending: Nagorno / ناغورني
            }
            if (arabicGap.length() > latinGap.length() + 1 || !compatible(latinGap, arabicGap)) {
                return false;
            }
        }
        return true;
    }

    /** True when the Arabic spelling has ح, or ه other than as its final letter (a final ه writes a vowel). */
    private static boolean hasInnerHeh(String arabic) {
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            if (c == HAH || c == HEH && i + 1 < arabic.length() && arabic.charAt(i + 1) != ' ') {
                return true;
            }
        }
        return false;
    }

    /** True when the last vowel group is a sounded final vowel (a, i, o, u, y; a final e is often silent). */
    private static boolean endsInVowel(List<String> latinGaps) {
        String last = latinGaps.get(latinGaps.size() - 1);
        if (last.isEmpty()) {
            return false;
        }
        char c = last.charAt(last.length() - 1);
        return c == 'a' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** Gaps of a shape after merging the consonants that collapse in the key (ع, repeats of one class). */
    private static List<String> alignedArabicGaps(NameShape s) {
        return collapsedGaps(s);
    }

    private static List<String> collapsedGaps(NameShape s) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        StringBuilder gap = new StringBuilder(s.gaps.get(0));
        char last = 0;
        for (int i = 0; i < s.consonants.length(); i++) {
            char c = s.consonants.charAt(i);
            char k = NameShape.consonantClass(c);
            if (k != 0 && k != last) {
                out.add(gap.toString());
                gap.setLength(0);
                last = k;
            } else if (c == WAW || c == YEH) {
                // a semivowel is part of the vowel group: بايدن has «اي» where Biden has i
                gap.append(s.latin ? (c == WAW ? 'u' : 'i') : c);
            }
            gap.append(s.gaps.get(i + 1));
        }
        out.add(gap.toString());
        return out;
    }

    private static boolean compatible(String latinGap, String arabicGap) {
        if (latinGap.isEmpty() || arabicGap.isEmpty()) {
            return true;
        }
        boolean anyVowel = false;
        for (int i = 0; i < arabicGap.length(); i++) {
            char v = arabicGap.charAt(i);
            boolean ok = switch (v) {
                case ALEF -> latinGap.indexOf('a') >= 0 || latinGap.indexOf('e') >= 0
                        || latinGap.equals("u"); // English short u: Trump / ترامب
                case YEH -> latinGap.indexOf('i') >= 0 || latinGap.indexOf('e') >= 0;
                case WAW -> latinGap.indexOf('o') >= 0 || latinGap.indexOf('u') >= 0;
                default -> false;
            };
            if (ok) {
                return true;
            }
            anyVowel |= v == ALEF || v == YEH || v == WAW;
        }
        return !anyVowel;
    }

    private static String joinedLetters(String normalized) {
        StringBuilder sb = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (isArabicLetter(c) || Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
