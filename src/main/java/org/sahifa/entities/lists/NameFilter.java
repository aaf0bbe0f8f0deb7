package org.sahifa.entities.lists;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.Mention;
import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.gazetteer.GazetteerEntry;
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
        Set<String> organizations = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention c = cut(mentions.get(i));
            c = c == null ? null : arabicWords(c);
            if (c != null && c.type() == EntityType.PERSON) {
                c = trimPerson(text, dropCourtesyTitle(c));
            }
            if (c != null && c.type() == EntityType.PLACE) {
                c = withoutPlaceAdjective(c);
                if (isOrganization(text, c)) {
                    c = as(EntityType.ORGANIZATION, c);
                    if (organizations == null) {
                        organizations = new java.util.HashSet<>();
                    }
                    organizations.add(c.entity());
                } else if (!isPlace(text, c, i + 1 < mentions.size() ? mentions.get(i + 1) : null)) {
                    continue;
                }
            }
            if (c != null && isName(text, c)) {
                out.add(c);
            }
        }
        return organizations == null ? out : sameOrganization(out, organizations);
    }

    /** News agencies, papers, channels and teams: a place's name right after one names it, not the place. */
    private static final Set<String> ORGANIZATION_HEADS = Set.of("وكاله", "انباء", "صحيفه", "جريده", "قناه", "نادي",
            "فريق", "لاعب", "لاعبي", "لاعبو", "مدرب", "مهاجم", "مدافع", "حارس", "جماهير");

    /**
     * Whether a place mention names an organisation: it follows an agency's, paper's, club's or team's noun
     * (وكالة أنباء الأناضول، لاعب برشلونة), or a masculine adjective of relation to a country follows it
     * (برشلونة الإسباني: a city is feminine, «الإسبانية»; the masculine agrees with the club).
     */
    private boolean isOrganization(String text, Mention m) {
        if (afterHead(text, m.start(), ORGANIZATION_HEADS)) {
            return true;
        }
        int b = nextWordStart(text, m.end());
        if (b < 0) {
            return false;
        }
        int e = b;
        while (e < text.length() && isWordChar(text.charAt(e))) {
            e++;
        }
        String next = NameFold.fold(text, b, e);
        return next.endsWith("ي") && isCountryAdjective(next);
    }

    /** The start of the word right after {@code at} (only spaces between), or -1. */
    private static int nextWordStart(String text, int at) {
        int b = at;
        while (b < text.length() && (text.charAt(b) == ' ' || text.charAt(b) == '\u00A0')) {
            b++;
        }
        return b > at && b < text.length() && isWordChar(text.charAt(b)) ? b : -1;
    }

    /**
     * Whether the folded word is a definite adjective of relation to a country (الإيطالية، الإسباني، المصري):
     * without ال and the ending ي / ية, the word with ا، ي+ا or ال is a country's name (ICU's).
     */
    boolean isCountryAdjective(String fold) {
        if (fold.length() < 6 || !fold.startsWith("ال")) {
            return false;
        }
        String w = fold.substring(2);
        if (w.endsWith("يه")) {
            w = w.substring(0, w.length() - 1);
        }
        if (!w.endsWith("ي")) {
            return false;
        }
        String base = w.substring(0, w.length() - 1);
        for (String place : new String[] {w + "ا", base, base + "ا", "ال" + base}) {
            for (GazetteerEntry e : gazetteer.lookup(place, EntityType.PLACE)) {
                if (e.source() == GazetteerEntry.Source.ICU_REGION) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A place of several words ending in an adjective of relation to a country, without it: «ميلانو الإيطالية» is
     * ميلانو (the adjective only says where it is).
     */
    Mention withoutPlaceAdjective(Mention m) {
        String spelling = m.spelling().isBlank() ? m.text() : m.spelling();
        int sp = spelling.stripTrailing().lastIndexOf(' ');
        int tsp = m.text().stripTrailing().lastIndexOf(' ');
        if (sp < 0 || tsp < 0 || !isCountryAdjective(NameFold.fold(spelling.substring(sp + 1).strip()))
                || !gazetteer.lookup(spelling, EntityType.PLACE).isEmpty()) {
            return m; // كوريا الشمالية is a name of its own
        }
        String s = spelling.substring(0, sp).stripTrailing();
        String t = m.text().substring(0, tsp).stripTrailing();
        List<GazetteerEntry> known = gazetteer.lookup(s, EntityType.PLACE);
        return new Mention(m.type(), m.start(), m.start() + t.length(), t, s, known.isEmpty() ? s : known.get(0).canonical());
    }

    private static Mention as(EntityType type, Mention m) {
        return new Mention(type, m.start(), m.end(), m.text(), m.spelling(), m.entity());
    }

    /**
     * One article names one thing by one name: where a place's name was found to be an agency's or a club's, its
     * other mentions there are that organisation too — unless it is a country's name (منتخب مصر, then مصر).
     */
    private List<Mention> sameOrganization(List<Mention> mentions, Set<String> organizations) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean country = false;
            if (m.type() == EntityType.PLACE && organizations.contains(m.entity())) {
                for (GazetteerEntry e : gazetteer.lookup(m.entity(), EntityType.PLACE)) {
                    country |= e.source() == GazetteerEntry.Source.ICU_REGION;
                }
            }
            out.add(m.type() == EntityType.PLACE && organizations.contains(m.entity()) && !country
                    ? as(EntityType.ORGANIZATION, m) : m);
        }
        return out;
    }

    private static final Set<String> COURTESY = Set.of("دكتور", "الدكتور", "الدكتوره", "د", "المهندس", "الاستاذ",
            "السيد", "السيده", "الاستاذه");
    private static final Set<String> NOT_PLACE_HEADS = Set.of("جامعه", "بنك", "مجموعه", "شركه");

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
     * «طريق الملك فهد») or knows only as a short form of a longer place's name without a place cue before it
     * (بدر, محافظة بدر), not a name inside a university's, bank's or company's name.
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
        if (!gazetteer.isGivenName(words[0])) {
            return true;
        }
        List<GazetteerEntry> known = gazetteer.lookup(spelling, EntityType.PLACE);
        if (known.isEmpty()) {
            return !gazetteer.isNameWord(words[0]);
        }
        // a given name that only stands for a longer place's name (بدر for محافظة بدر) needs a cue: محافظة بدر
        for (GazetteerEntry e : known) {
            if (NameFold.fold(e.canonical()).equals(words[0])) {
                return true;
            }
        }
        return afterHead(text, m.start(), PlaceCues.SET);
    }

    private static final class PlaceCues {
        static final Set<String> SET = WordLists.words("/org/sahifa/entities/gazetteer/place-cues.txt");
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
    static int previousWordEnd(String text, int at) {
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
    static int previousWordStart(String text, int at) {
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
        return m.type() != EntityType.PERSON || !afterNamedAfterNoun(text, m.start())
                && !isEvaluativePhrase(words) && !(words.length == 1 && isAdjectiveOfNoun(text, m, words[0]));
    }

    /** Nouns of quality that head a phrase with an abstract noun: حسن الجوار "good neighbourliness", سوء الفهم. */
    private static final Set<String> QUALITY_NOUNS = Set.of("حسن", "سوء");

    /**
     * «حسن الجوار», «سوء الفهم»: a noun of quality before a definite common word that no list knows as a name
     * is a phrase (good / bad X), not the given name حسن and a family name.
     */
    private boolean isEvaluativePhrase(String[] words) {
        if (words.length != 2) {
            return false;
        }
        String first = Clitics.readings(words[0]).get(Clitics.readings(words[0]).size() - 1);
        String w = words[1];
        return (QUALITY_NOUNS.contains(words[0]) || QUALITY_NOUNS.contains(first)) && w.startsWith("ال")
                && w.length() > 4 && commonWords.code(w) != CommonWords.UNKNOWN && !knownName(w)
                && !knownName(w.substring(2));
    }

    private boolean knownName(String fold) {
        return gazetteer.isNameWord(fold) || gazetteer.isFamilyName(fold) || nameWords.code(fold) >= 1;
    }

    /**
     * A one-word person with the article that is a common word, right after a definite word that is no title
     * and no name, is an adjective of that noun: «الذكر الحكيم» "the wise Remembrance", «القائد الحكيم».
     */
    private boolean isAdjectiveOfNoun(String text, Mention m, String w) {
        if (!w.startsWith("ال") || commonWords.code(w) == CommonWords.UNKNOWN) {
            return false;
        }
        int b = previousWordStart(text, m.start());
        if (b < 0) {
            return false;
        }
        List<String> readings = Clitics.readings(NameFold.fold(text, b, previousWordEnd(text, m.start())));
        String before = readings.get(readings.size() - 1);
        return before.startsWith("ال") && before.length() > 3 && !parts.isTitle(before)
                && !gazetteer.isNameWord(before) && !gazetteer.isFamilyName(before) && nameWords.code(before) == 0;
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
                && !gazetteer.isFamilyName(last) && (nameWords.code(last) <= 1 && !gazetteer.isNameWord(last)
                || sw.length >= 4 && PARTICLES.contains(NameFold.fold(sw[sw.length - 3])) && nounEnding(last));
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

    /**
     * A feminine, dual or plural ending (ة، ين، ات): after a father's name a common word so ended is the next
     * word of the sentence, not a family name (… بن عبدالعزيز برقية "a telegram", … ركعتين "two prostrations").
     */
    private static boolean nounEnding(String fold) {
        return fold.endsWith("ه") || fold.endsWith("ين") || fold.endsWith("ات");
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
     * A name written in Arabic script with words of another script in it (a web page's «Previous أحمد حجازي»):
     * the longest run of Arabic words, or the mention itself.
     */
    static Mention arabicWords(Mention m) {
        String t = m.text();
        boolean latin = false;
        for (int i = 0; i < t.length() && !latin; i++) {
            latin = t.charAt(i) < 0x0250 && Character.isLetter(t.charAt(i));
        }
        if (!latin) {
            return m;
        }
        int bestFrom = -1;
        int bestTo = -1;
        int bestWords = 0;
        int from = -1;
        int words = 0;
        int i = 0;
        while (i <= t.length()) {
            int b = i;
            while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            boolean arabic = i > b && isArabicWord(t, b, i);
            if (arabic) {
                if (from < 0) {
                    from = b;
                    words = 0;
                }
                words++;
                if (words > bestWords) {
                    bestWords = words;
                    bestFrom = from;
                    bestTo = i;
                }
            } else if (i > b) {
                from = -1;
            }
            i++;
        }
        if (bestWords == 0) {
            return null;
        }
        if (bestFrom == 0 && bestTo == t.length()) {
            return m;
        }
        String piece = t.substring(bestFrom, bestTo);
        String spelling = withoutMarks(piece);
        return new Mention(m.type(), m.start() + bestFrom, m.start() + bestTo, piece, spelling, spelling);
    }

    private static boolean isArabicWord(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.ARABIC) {
                return false;
            }
        }
        return true;
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
