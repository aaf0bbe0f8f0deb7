package org.sahifa.entities.lists;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;
import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.CommonWords;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.NameWordList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which recognised mentions become list entries, whatever the model says, by classes of error seen on
 * real news (decision record 0068):
 * <ul>
 *   <li>a name with stray punctuation inside (محمد) مرسي, سعود –) is cut at it; the piece with most words stays;</li>
 *   <li>a name made only of function words (على, من) is not a name; nor one written with tanween (شابًا), nor a
 *       one-word person that is a common word with an accusative or pronoun ending (شابا، رأيك), nor a one-word
 *       alias that only folding made look like a listed name (ترأس for ليز تراس);</li>
 *   <li>names of clubs, brands, indices and armed groups ({@code not-persons-or-places.txt}) are no persons or
 *       places;</li>
 *   <li>a name containing a religious formula or fixed phrase ({@code formulae.txt}: رحمه الله، ضيوف الرحمن) is not;</li>
 *   <li>a person's name right after a noun such as جامعة، مستشفى، جائزة، طريق ({@code named-after.txt}; titles may
 *       stand between) is part of the name of what was named after him, not a mention of him.</li>
 * </ul>
 * Which short forms need their article's context is {@link NameParts}' business, applied when names are grouped.
 */
public final class NameFilter {

    private static final String FUNCTION_WORDS = NameWordList.FUNCTION_WORDS;

    /** The formulae (each a sequence of folded words) by their first word. */
    private final Map<String, List<String[]>> formulaeByFirst;
    private final Set<String> namedAfter;
    private final Set<String> notNames;
    private final Set<String> functionWords;
    private final NameParts parts;
    private final Gazetteer gazetteer;
    private final CommonWords commonWords;
    private final NameWordList nameWords;

    NameFilter(List<String[]> formulae, Set<String> namedAfter, Set<String> notNames, Set<String> functionWords,
               NameParts parts, Gazetteer gazetteer, CommonWords commonWords, NameWordList nameWords) {
        this.formulaeByFirst = new HashMap<>();
        for (String[] f : formulae) {
            formulaeByFirst.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        this.namedAfter = namedAfter;
        this.notNames = notNames;
        this.functionWords = functionWords;
        this.parts = parts;
        this.gazetteer = gazetteer;
        this.commonWords = commonWords;
        this.nameWords = nameWords;
    }

    public static NameFilter standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final NameFilter STANDARD = load();
    }

    private static NameFilter load() {
        List<String[]> f = new ArrayList<>();
        for (String p : WordLists.phrases("/org/sahifa/entities/lists/formulae.txt")) {
            f.add(p.split("\\s+"));
        }
        return new NameFilter(f, WordLists.words("/org/sahifa/entities/lists/named-after.txt"),
                WordLists.words("/org/sahifa/entities/lists/not-persons-or-places.txt"), functionWords(),
                NameParts.standard(), Gazetteer.standard(), CommonWords.standard(), NameWordList.standard());
    }

    /** The folded Arabic function words of the bundled dictionary (the recogniser's list). */
    static Set<String> functionWords() {
        return FunctionWords.SET;
    }

    private static final class FunctionWords {
        static final Set<String> SET = WordLists.words(FUNCTION_WORDS);
    }

    /** The mentions of {@code text} that are names, cut at stray punctuation, in input order. */
    public List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention c = cut(mentions.get(i));
            if (c != null && c.type() == EntityType.PERSON) {
                c = trimPerson(text, dropCourtesyTitle(c));
            }
            if (c != null && c.type() == EntityType.PLACE && !isPlace(text, c, i + 1 < mentions.size() ? mentions.get(i + 1) : null)) {
                continue;
            }
            if (c != null && isName(text, c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static final Set<String> COURTESY = Set.of("دكتور", "الدكتور", "الدكتوره", "د", "المهندس", "الاستاذ",
            "السيد", "السيده", "الاستاذه");
    private static final Set<String> NOT_PLACE_HEADS = Set.of("وكاله", "صحيفه", "جريده", "نادي", "جامعه", "بنك",
            "مجموعه", "شركه", "قناه");

    /** A person's name without a courtesy title the span took in (دكتور، المهندس، السيد …). */
    private static Mention dropCourtesyTitle(Mention m) {
        String spelling = m.spelling().isBlank() ? m.text() : m.spelling();
        int sp = spelling.indexOf(' ');
        int tsp = m.text().indexOf(' ');
        if (sp < 0 || tsp < 0 || !COURTESY.contains(NameFold.fold(spelling.substring(0, sp)))) {
            return m;
        }
        String s = spelling.substring(sp + 1).strip();
        String t = m.text().substring(tsp + 1);
        int lead = t.length() - t.stripLeading().length();
        return new Mention(m.type(), m.start() + tsp + 1 + lead, m.end(), t.stripLeading(), s,
                m.entity().equals(spelling) ? s : m.entity());
    }

    /**
     * Whether a one-word place is a place: not a common word that only introduces the next place (ريف in
     * «ريف حلب», written as two names), not a given name the gazetteer does not know as a place (فهد of
     * «طريق الملك فهد»), not the name of an agency, paper, club or university (وكالة الأناضول).
     */
    private boolean isPlace(String text, Mention m, Mention next) {
        String spelling = m.spelling().isBlank() ? m.text() : m.spelling();
        String[] words = WordLists.foldedWords(spelling);
        if (words.length == 0) {
            return false;
        }
        if (afterHead(text, m.start(), NOT_PLACE_HEADS)) {
            return false;
        }
        if (words.length > 1) {
            return true;
        }
        if (next != null && next.type() == EntityType.PLACE && next.start() > m.end()
                && text.substring(m.end(), next.start()).isBlank() && commonWords.code(words[0]) != CommonWords.UNKNOWN
                && gazetteer.lookup(spelling, EntityType.PLACE).isEmpty()) {
            return false;
        }
        return !(gazetteer.isNameWord(words[0]) && gazetteer.isGivenName(words[0])
                && gazetteer.lookup(spelling, EntityType.PLACE).isEmpty());
    }

    /** Whether the word right before {@code start} is one of {@code heads} (proclitics read off). */
    private static boolean afterHead(String text, int start, Set<String> heads) {
        int b = previousWordStart(text, start);
        return b >= 0 && readsAs(NameFold.fold(text, b, previousWordEnd(text, start)), heads);
    }

    private static boolean readsAs(String fold, Set<String> words) {
        for (String r : Clitics.readings(fold)) {
            if (words.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the word before {@code at}, only spaces between; -1 when punctuation or nothing is there. */
    private static int previousWordEnd(String text, int at) {
        int e = at;
        while (e > 0 && !isWordChar(text.charAt(e - 1))) {
            if (text.charAt(e - 1) != ' ' && text.charAt(e - 1) != '\u00A0') {
                return -1; // punctuation between: not one name
            }
            e--;
        }
        return e;
    }

    /** The start of the word before {@code at} (see {@link #previousWordEnd}); -1 when there is none. */
    private static int previousWordStart(String text, int at) {
        int e = previousWordEnd(text, at);
        if (e <= 0) {
            return -1;
        }
        int b = e;
        while (b > 0 && isWordChar(text.charAt(b - 1))) {
            b--;
        }
        return b == e ? -1 : b;
    }

    /** Whether a (cut) mention is a name in its text. */
    boolean isName(String text, Mention m) {
        String[] words = WordLists.foldedWords(m.spelling().isBlank() ? m.text() : m.spelling());
        if (words.length == 0 || allFunctionWords(words) || containsFormula(words) || isNotName(words)
                || hasTanween(m.text()) || words.length == 1 && (isInflectedCommonWord(words[0], m)
                || isWeakAlias(m, words[0]))) {
            return false;
        }
        return m.type() != EntityType.PERSON || !afterNamedAfterNoun(text, m.start());
    }

    /** Nunation (tanween) marks a common noun or adjective; news text never writes it on a name. */
    static boolean hasTanween(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u064B' && c <= '\u064D') {
                return true;
            }
        }
        return false;
    }

    private static final String[] INFLECTIONS = {"ا", "ك", "كم", "كما", "ه", "ها", "هم", "هما", "نا"};

    /**
     * A one-word person that is a common word with the accusative ending or a pronoun attached (شابا "a young
     * man", رأيك "your opinion"), and no name list knows as a name.
     */
    private boolean isInflectedCommonWord(String w, Mention m) {
        if (m.type() != EntityType.PERSON || gazetteer.isNameWord(w) || gazetteer.isGivenName(w)
                || gazetteer.isFamilyName(w) || nameWords.code(w) >= 3) {
            return false;
        }
        for (String end : INFLECTIONS) {
            int base = w.length() - end.length();
            if (base >= 3 && w.endsWith(end) && commonWords.code(w.substring(0, base)) == CommonWords.AS_WRITTEN) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word alias of a listed name that the text writes with other hamza letters than the name has, and
     * that so written is a common word (ترأس "chaired" for تراس, تؤتي "yields" for توتي): folding made them
     * look alike.
     */
    private boolean isWeakAlias(Mention m, String fold) {
        String spelling = m.spelling().isBlank() ? m.text() : m.spelling();
        if (m.entity().equals(spelling) || commonWords.code(fold) == CommonWords.UNKNOWN) {
            return false;
        }
        boolean hamza = false;
        for (int i = 0; i < spelling.length() && !hamza; i++) {
            char c = spelling.charAt(i);
            hamza = i > 0 && (c == '\u0623' || c == '\u0625' || c == '\u0624' || c == '\u0626' || c == '\u0621');
        }
        if (!hamza) {
            return false;
        }
        for (String w : m.entity().split("\\s+")) {
            if (w.equals(spelling)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words are, read without proclitics on the first, an organisation's or brand's name. */
    private boolean isNotName(String[] words) {
        String rest = words.length == 1 ? "" : " " + String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
        for (String r : Clitics.readings(words[0])) {
            if (notNames.contains(r + rest)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's name made whole: a given name written just before it joins it when the name itself starts with
     * a given name or بن (علي [عبد الله صالح], محمد [بن سلمان]; the preposition على is a function word, not علي); a trailing particle
     * (بن، آل، أبو, cut from its word) and a trailing common word no name list knows ([… آل سعود برقية]) are
     * trimmed; a leading و that is the conjunction (وناصر الشمراني) leaves the spelling.
     */
    Mention trimPerson(String text, Mention m) {
        Mention r = extendLeft(text, m);
        for (int k = 0; k < 2 && r != null; k++) {
            r = trimEnd(r);
        }
        return r == null ? null : dropConjunction(r);
    }

    private Mention extendLeft(String text, Mention m) {
        String[] words = WordLists.foldedWords(m.spelling().isBlank() ? m.text() : m.spelling());
        if (words.length == 0 || !isGiven(words[0]) && !PARTICLES.contains(words[0])) {
            return m;
        }
        int e = m.start();
        if (e < 2 || text.charAt(e - 1) != ' ') {
            return m;
        }
        e--;
        int b = e;
        while (b > 0 && isWordChar(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && !isStray(text.charAt(b - 1))) {
            return m;
        }
        String raw = text.substring(b, e);
        String w = NameFold.fold(raw);
        if (!gazetteer.isNameWord(w) || !gazetteer.isGivenName(w)
                || functionWords.contains(w) && raw.charAt(raw.length() - 1) != '\u064A' || parts.isTitle(w)) {
            return m;
        }
        String spelling = withoutMarks(raw) + " " + (m.spelling().isBlank() ? m.text() : m.spelling());
        return new Mention(m.type(), b, m.end(), text.substring(b, m.end()), spelling, spelling);
    }

    private boolean isGiven(String fold) {
        return fold.startsWith("عبد") || gazetteer.isGivenName(fold);
    }

    private static final Set<String> PARTICLES = Set.of("بن", "ابن", "بنت");
    private static final Set<String> TRAILING_PARTICLES = Set.of("بن", "ابن", "بنت", "ال", "ابو", "عبد", "ام");

    private Mention trimEnd(Mention m) {
        String spelling = m.spelling().isBlank() ? m.text() : m.spelling();
        String[] sw = WordLists.splitAtSpaces(spelling.strip());
        String[] tw = WordLists.splitAtSpaces(m.text().strip());
        if (sw.length < 2 || sw.length != tw.length) {
            return m;
        }
        String last = NameFold.fold(sw[sw.length - 1]);
        String before = NameFold.fold(sw[sw.length - 2]);
        boolean particle = TRAILING_PARTICLES.contains(last)
                || parts.isTitle(last) && !TRAILING_PARTICLES.contains(before) && !"ولد".equals(before)
                || sw.length >= 3 && "ال".equals(NameFold.fold(sw[sw.length - 3])) // … آل سعود برقية
                || sw.length >= 4 && NameFold.fold(sw[sw.length - 3]).equals("بن") && parts.isTitle(last);
        boolean common = sw.length >= 3 && !last.startsWith("ال") && commonWords.code(last) == CommonWords.AS_WRITTEN
                && nameWords.code(last) <= 1 && !gazetteer.isNameWord(last) && !gazetteer.isFamilyName(last);
        if (!particle && !common) {
            return m;
        }
        int cut = m.text().stripTrailing().lastIndexOf(tw[tw.length - 1]);
        String text = m.text().substring(0, cut).stripTrailing();
        String s = spelling.strip().substring(0, spelling.strip().lastIndexOf(sw[sw.length - 1])).stripTrailing();
        if (text.isEmpty()) {
            return null;
        }
        boolean canonicalKept = !m.entity().equals(spelling);
        return new Mention(m.type(), m.start(), m.start() + text.length(), text, s, canonicalKept ? m.entity() : s);
    }

    private Mention dropConjunction(Mention m) {
        String spelling = m.spelling().isBlank() ? m.text() : m.spelling();
        if (spelling.length() < 4 || spelling.charAt(0) != '\u0648' || !m.entity().equals(spelling)) {
            return m;
        }
        int sp = spelling.indexOf(' ');
        String first = NameFold.fold(sp < 0 ? spelling : spelling.substring(0, sp));
        String rest = first.substring(1);
        if (rest.length() < 3 || gazetteer.isNameWord(first) || nameWords.code(first) >= 2 && !isGiven(rest)
                || !(isGiven(rest) || gazetteer.isFamilyName(rest))) {
            return m;
        }
        String s = spelling.substring(1);
        return new Mention(m.type(), m.start(), m.end(), m.text(), s, s);
    }

    private boolean allFunctionWords(String[] words) {
        for (String w : words) {
            if (!functionWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some formula's words are, from one of the words on, each read by the word there (as written or
     * without its proclitics). Each word's readings are computed once; only formulae starting with one of the
     * first word's readings are tried.
     */
    private boolean containsFormula(String[] words) {
        List<List<String>> readings = new ArrayList<>(words.length);
        for (String w : words) {
            readings.add(Clitics.readings(w));
        }
        for (int i = 0; i < words.length; i++) {
            for (String first : readings.get(i)) {
                for (String[] f : formulaeByFirst.getOrDefault(first, List.of())) {
                    boolean all = i + f.length <= words.length;
                    for (int k = 1; k < f.length && all; k++) {
                        all = readings.get(i + k).contains(f[k]);
                    }
                    if (all) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the words before {@code start}, titles skipped, end in a "named after" noun. */
    private boolean afterNamedAfterNoun(String text, int start) {
        int end = start;
        for (int hops = 0; hops < 5; hops++) {
            int b = previousWordStart(text, end);
            if (b < 0) {
                return false;
            }
            String w = NameFold.fold(text, b, previousWordEnd(text, end));
            if (readsAs(w, namedAfter)) {
                return true;
            }
            List<String> r = Clitics.readings(w);
            if (!parts.isTitle(w) && !parts.isTitle(r.get(r.size() - 1))) {
                return false;
            }
            end = b;
        }
        return false;
    }

    /** The mention cut at stray punctuation (the piece with most words, the last of equals), or itself. */
    static Mention cut(Mention m) {
        String t = m.text();
        int from = -1;
        int bestFrom = -1;
        int bestTo = -1;
        int bestWords = 0;
        boolean stray = false;
        for (int i = 0; i <= t.length(); i++) {
            boolean boundary = i == t.length() || isStray(t.charAt(i));
            if (i < t.length() && boundary) {
                stray = true;
            }
            if (boundary) {
                if (from >= 0) {
                    int a = from;
                    int b = i;
                    while (a < b && Character.isWhitespace(t.charAt(a))) {
                        a++;
                    }
                    while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
                        b--;
                    }
                    int words = b > a ? wordCount(t, a, b) : 0;
                    if (words > 0 && words >= bestWords) {
                        bestWords = words;
                        bestFrom = a;
                        bestTo = b;
                    }
                }
                from = -1;
            } else if (from < 0) {
                from = i;
            }
        }
        if (!stray) {
            return m;
        }
        if (bestWords == 0) {
            return null;
        }
        String piece = t.substring(bestFrom, bestTo);
        String spelling = withoutMarks(bestFrom == firstLetter(t) && !m.spelling().isBlank()
                && m.spelling().length() < t.length() ? cutSpelling(m.spelling(), piece) : piece);
        return new Mention(m.type(), m.start() + bestFrom, m.start() + bestTo, piece, spelling, spelling);
    }

    /**
     * The words of {@code t[a, b)}, which starts and ends with a non-space: one more than its runs of the
     * characters {@code \\s} matches (as {@code split("\\s+")} would count them).
     */
    private static int wordCount(String t, int a, int b) {
        int words = 1;
        for (int i = a; i < b; i++) {
            if (WordLists.isRegexSpace(t.charAt(i)) && !WordLists.isRegexSpace(t.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    /** The first piece of the spelling when the kept piece is the first of the text (its clitic already off). */
    private static String cutSpelling(String spelling, String piece) {
        int i = 0;
        while (i < spelling.length() && !isStray(spelling.charAt(i))) {
            i++;
        }
        String s = spelling.substring(0, i).strip();
        return s.isEmpty() ? piece : s;
    }

    private static int firstLetter(String t) {
        int i = 0;
        while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || isStray(t.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static String withoutMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && c != '\u0640') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || c == '\u0640';
    }

    /** Punctuation and symbols inside a name: anything but letters, digits, marks, tatweel and spaces. */
    static boolean isStray(char c) {
        return !isWordChar(c) && !Character.isWhitespace(c) && c != '\u00A0' && !isFormat(c);
    }

    private static boolean isFormat(char c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
