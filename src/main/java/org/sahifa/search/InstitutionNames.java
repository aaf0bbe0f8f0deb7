package org.sahifa.search;

import org.sahifa.search.query.QueryNode;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.LatinReadings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * An institution's English name that Arabic news translates word by word (decision 0192): Taibah University →
 * «جامعة طيبة», Naif Arab University → «جامعة نايف العربية», a General Authority for X → «الهيئة العامة لـX». The
 * Arabic is composed from the English, as Arabic orders a name:
 * <ul>
 *   <li>the <b>head</b> first (the English word before «of»/«for», or the last word: {@link InstitutionWords#head});</li>
 *   <li>then the words before it in English, in reverse order (Saudi Credit Bank → «بنك التسليف السعودي»), the
 *       nouns and names before the adjectives (Naif Arab University → «جامعة نايف العربية»); the words of a person's
 *       or place's name (its title, «الملك», and the Arabic spellings of its Latin words) stay together in order;</li>
 *   <li>then the words after «of» or «for», each part joined by «and» read the same way and joined by «و», the first
 *       behind «ل» after «for» or after an adjective (after «of», also as written: «البنك المركزي المصري»);</li>
 *   <li>a head with an adjective and a noun before it is also written head, adjective, ل and the noun (Saudi
 *       Electricity Company → «الشركة السعودية للكهرباء»);</li>
 *   <li>the head takes the article unless a noun or name follows it (a construct), and is also tried the other way
 *       (a word read as a name may be an adjective: European Union → «الاتحاد الأوروبي»); a noun that a noun follows
 *       has none; an adjective is written in both genders (the head's gender is not known).</li>
 * </ul>
 * Words other than heads are translated by the words {@link InstitutionWords} learned from the English-names list,
 * or, failing that, read as a name (their Arabic spellings). A composed phrase is searched only where the library
 * writes it in at least {@value #MIN_ARTICLES} articles ({@code confirmed}): the words found apart never count. No
 * instances.
 */
final class InstitutionNames {

    /** Fewest articles that must write a composed phrase. */
    static final int MIN_ARTICLES = NameWords.MIN_ARTICLES_FOR_STATISTICS;
    /** At most this many phrases are composed for one run. */
    static final int MAX_PHRASES = 48;
    /** At most this many Arabic spellings of one name word are tried. */
    private static final int MAX_SPELLINGS = 6;
    private static final String ARTICLE = "\u0627\u0644";
    private static final String LAM = "\u0644";
    private static final String WAW = "\u0648";
    private static final String ABD = "\u0639\u0628\u062f";

    private InstitutionNames() {
    }

    /**
     * The run at query word {@code i} of an institution's name the library writes, the longest first, or null.
     *
     * @param keys      the keys ({@link EnglishNames#key}) of the Latin words from {@code i} on
     * @param confirmed the composed phrases the library writes for an English name's key ({@link #confirmed})
     */
    static LatinRuns.Run at(List<QueryNode> words, int i, List<String> keys, InstitutionWords vocabulary,
                            Function<String, List<String>> confirmed) {
        for (int n = keys.size(); n >= 2; n--) {
            List<String> sub = keys.subList(0, n);
            if (headAt(sub, vocabulary) < 0) {
                continue;
            }
            List<String> arabic = confirmed.apply(String.join(" ", sub));
            if (!arabic.isEmpty()) {
                return new LatinRuns.Run(i, i + n, LatinRuns.Kind.INSTITUTION, LatinRuns.text(words, i, i + n), arabic,
                        false);
            }
        }
        return null;
    }

    /**
     * The phrases composed for the English name of {@code key} ({@link #compose}) that the library writes in at
     * least {@value #MIN_ARTICLES} articles, as written or behind the proclitics of the first word ({@link
     * QueryIndex#articlesWriting}, {@link ProcliticForms}; an index that cannot count phrases confirms none).
     */
    static List<String> confirmed(QueryIndex index, String key, InstitutionWords vocabulary,
                                  Function<String, EnglishNames.Title> titles,
                                  Function<String, List<String>> spellings) {
        List<String> out = new ArrayList<>();
        for (String phrase : compose(key, vocabulary, titles, spellings)) {
            // as written, or behind the proclitics of its first word (بجامعة, وللهيئة)
            List<String> words = List.of(phrase.split(" "));
            List<List<String>> forms = new ArrayList<>();
            for (String first : ProcliticForms.of(words.get(0))) {
                List<String> form = new ArrayList<>(words);
                form.set(0, first);
                forms.add(form);
            }
            if (index.articlesWriting(forms) >= MIN_ARTICLES) {
                out.add(phrase);
            }
        }
        return out;
    }

    /**
     * Where the head of an English institution's name is: the word before the first «of»/«for» when words follow it,
     * else the last word; -1 when that word is no head, the name has fewer than two words or starts or ends with a
     * joining word.
     */
    static int headAt(List<String> keys, InstitutionWords vocabulary) {
        if (keys.size() < 2 || InstitutionWords.JOINERS.contains(keys.get(0))
                || InstitutionWords.JOINERS.contains(keys.get(keys.size() - 1))) {
            return -1;
        }
        int h = keys.size() - 1;
        for (int k = 1; k + 1 < keys.size(); k++) {
            if (keys.get(k).equals("of") || keys.get(k).equals("for")) {
                h = k - 1;
                break;
            }
        }
        return vocabulary.head(keys.get(h)).isEmpty() ? -1 : h;
    }

    /** The Arabic phrases (normalised) composed for the English name of {@code key}, at most {@value #MAX_PHRASES}. */
    static List<String> compose(String key, InstitutionWords vocabulary, Function<String, EnglishNames.Title> titles,
                                Function<String, List<String>> spellings) {
        List<String> keys = List.of(key.split(" "));
        int h = headAt(keys, vocabulary);
        if (h < 0) {
            return List.of();
        }
        List<Unit> before = units(keys.subList(0, h), vocabulary, titles, spellings);
        if (before == null) {
            return List.of();
        }
        List<Unit> nouns = ordered(before, false);
        List<Unit> adjectives = ordered(before, true);
        List<List<String>> slots = new ArrayList<>();
        boolean hasAfter = h + 1 < keys.size();
        boolean construct = !nouns.isEmpty() || adjectives.isEmpty() && hasAfter && keys.get(h + 1).equals("of");
        // the head as the composition reads it first, then the other way (an untranslated adjective reads as a name)
        List<String> head = new ArrayList<>();
        for (String a : vocabulary.head(keys.get(h))) {
            head.add(construct ? a : ARTICLE + a);
        }
        for (String a : vocabulary.head(keys.get(h))) {
            head.add(construct ? ARTICLE + a : a);
        }
        slots.add(head);
        for (int u = 0; u < nouns.size(); u++) {
            slots.addAll(nouns.get(u).slots(u + 1 < nouns.size()));
        }
        adjectives.forEach(a -> slots.addAll(a.slots(false)));
        if (hasAfter) {
            // after «for», or «of» after an adjective or a noun: behind ل; after «of» right after the head: genitive
            boolean lam = keys.get(h + 1).equals("for") || !construct || !nouns.isEmpty();
            List<String> rest = keys.subList(h + 2, keys.size());
            int start = 0;
            boolean first = true;
            for (int k = 0; k <= rest.size(); k++) {
                if (k < rest.size() && !rest.get(k).equals("and")) {
                    continue;
                }
                List<Unit> part = units(rest.subList(start, k), vocabulary, titles, spellings);
                if (part == null || part.isEmpty()) {
                    return List.of();
                }
                List<Unit> partNouns = ordered(part, false);
                List<Unit> partAdjectives = ordered(part, true);
                List<List<String>> partSlots = new ArrayList<>();
                for (int u = 0; u < partNouns.size(); u++) {
                    partSlots.addAll(partNouns.get(u).slots(u + 1 < partNouns.size()));
                }
                partAdjectives.forEach(a -> partSlots.addAll(a.slots(false)));
                String prefix = first ? (lam ? LAM : "") : WAW;
                List<String> firstWords = prefixed(partSlots.get(0), prefix);
                if (first && lam && (keys.get(h + 1).equals("of") || before.isEmpty())) {
                    // «of» a country after an adjective: also its adjective as written (البنك المركزي المصري); «for»
                    // right after the head: also the genitive (Society for Culture → «جمعية الثقافة», decision 0216)
                    firstWords = new ArrayList<>(new LinkedHashSet<>(firstWords));
                    firstWords.addAll(partSlots.get(0));
                }
                partSlots.set(0, firstWords);
                slots.addAll(partSlots);
                first = false;
                start = k + 1;
            }
        }
        List<String> out = new ArrayList<>();
        expand(slots, 0, new StringBuilder(), out);
        if (!hasAfter && !adjectives.isEmpty() && !nouns.isEmpty() && nouns.stream().noneMatch(Unit::name)) {
            // the other order of a head, an adjective and a noun: the noun behind ل after the adjective (Saudi
            // Electricity Company → «الشركة السعودية للكهرباء»)
            List<List<String>> other = new ArrayList<>();
            List<String> definite = new ArrayList<>();
            vocabulary.head(keys.get(h)).forEach(a -> definite.add(ARTICLE + a));
            other.add(definite);
            adjectives.forEach(a -> other.addAll(a.slots(false)));
            List<List<String>> behind = new ArrayList<>();
            for (int u = 0; u < nouns.size(); u++) {
                behind.addAll(nouns.get(u).slots(u + 1 < nouns.size()));
            }
            behind.set(0, prefixed(behind.get(0), LAM));
            other.addAll(behind);
            expand(other, 0, new StringBuilder(), out);
        }
        return out;
    }

    private static void expand(List<List<String>> slots, int k, StringBuilder sb, List<String> out) {
        if (out.size() >= MAX_PHRASES) {
            return;
        }
        if (k == slots.size()) {
            out.add(sb.toString());
            return;
        }
        for (String s : slots.get(k)) {
            int len = sb.length();
            sb.append(k > 0 ? " " : "").append(s);
            expand(slots, k + 1, sb, out);
            sb.setLength(len);
        }
    }

    /** {@code words} behind the prefix ل (للعلوم, لرعاية) or و. */
    private static List<String> prefixed(List<String> words, String prefix) {
        if (prefix.isEmpty()) {
            return words;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(prefix.equals(LAM) && w.startsWith(ARTICLE) && w.length() > 3 ? LAM + w.substring(1) : prefix + w);
        }
        return new ArrayList<>(out);
    }

    /** Nouns (and names) or adjectives of {@code units}, in Arabic order: the English order reversed. */
    private static List<Unit> ordered(List<Unit> units, boolean adjective) {
        List<Unit> out = new ArrayList<>();
        for (int u = units.size() - 1; u >= 0; u--) {
            if (units.get(u).adjective() == adjective) {
                out.add(units.get(u));
            }
        }
        return out;
    }

    /**
     * The English words as units: a translated word each, and each run of name words (a title, or words the
     * vocabulary does not translate, read by their Arabic spellings) one unit; null when a word has no reading.
     */
    private static List<Unit> units(List<String> words, InstitutionWords vocabulary,
                                    Function<String, EnglishNames.Title> titles,
                                    Function<String, List<String>> spellings) {
        List<Unit> out = new ArrayList<>();
        List<List<String>> name = new ArrayList<>();
        for (String k : withArticle(words)) {
            if (InstitutionWords.JOINERS.contains(k)) {
                return null;
            }
            EnglishNames.Title title = titles.apply(k);
            if (title != null) {
                name.add(normalised(title.arabic()));
                continue;
            }
            List<String> s = spellings.apply(ArabicNormalizer.normalize(k).strip());
            // a word the vocabulary translates by the article and a word, unless that word is one of its spellings
            List<String> translated = new ArrayList<>();
            for (String t : vocabulary.translations(k)) {
                if (t.startsWith(ARTICLE) && t.length() > 3) {
                    translated.add(t);
                }
            }
            if (!translated.isEmpty() && normalised(s).stream().noneMatch(vocabulary.translations(k)::contains)) {
                if (!name.isEmpty()) {
                    out.add(new Unit(name, false, true));
                    name = new ArrayList<>();
                }
                boolean adjective = isAdjective(k, translated);
                out.add(new Unit(List.of(adjective ? genders(translated) : translated), adjective, false));
                continue;
            }
            s = s.stream().filter(x -> x.length() > 2).toList(); // not the article alone (the «al» of «Al Bahah»)
            if (s.isEmpty()) {
                return null;
            }
            name.add(writtenForms(k, normalised(s.subList(0, Math.min(MAX_SPELLINGS, s.size())))));
        }
        if (!name.isEmpty()) {
            out.add(new Unit(name, false, true));
        }
        return out;
    }

    /**
     * The words with a romanised article written apart ({@link LatinReadings#withArticle}: al, el, ad before d…)
     * joined to the word after it as one word with the article (Umm al Qura → umm, alqura; Ad Dammam → aldammam).
     */
    static List<String> withArticle(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            String joined = k + 1 < words.size() && !InstitutionWords.JOINERS.contains(words.get(k + 1))
                    ? LatinReadings.withArticle(w, words.get(k + 1)) : null;
            if (joined != null) {
                out.add(joined);
                k++;
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A name word's spellings and the forms the press also writes them in ({@link #withTaMarbuta}): «عبد العزيز» also
     * joined, «عبدالعزيز» also apart (decision 0178's two words written as one); a relative adjective without the
     * article («سوفيتي») also with it (Soviet Union → «الاتحاد السوفيتي»). Only a phrase the library writes is searched.
     */
    static List<String> writtenForms(String latin, List<String> spellings) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : withTaMarbuta(latin, spellings)) {
            out.add(s);
            if (s.startsWith(ABD + " ")) {
                out.add(ABD + s.substring(ABD.length() + 1));
            } else if (s.startsWith(ABD + ARTICLE) && s.indexOf(' ') < 0) {
                out.add(ABD + " " + s.substring(ABD.length()));
            } else if (s.indexOf(' ') < 0 && !s.startsWith(ARTICLE) && s.length() > 3 && s.endsWith("\u064a")) {
                out.add(ARTICLE + s);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A name word's spellings, and for a Latin word ending in -ah or -a also each spelling that ends in a consonant
     * with ة (normalised ه) after it: Taibah → «طيب», «طيبة» (the romanised feminine ending; only a phrase the library
     * writes is searched).
     */
    static List<String> withTaMarbuta(String latin, List<String> spellings) {
        if (!latin.endsWith("a") && !latin.endsWith("ah")) {
            return spellings;
        }
        Set<String> out = new LinkedHashSet<>(spellings);
        for (String s : spellings) {
            char last = s.charAt(s.length() - 1);
            if (s.indexOf(' ') < 0 && "\u0647\u0627\u064a\u0648\u0621".indexOf(last) < 0) {
                out.add(s + "\u0647");
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> normalised(List<String> arabic) {
        Set<String> out = new LinkedHashSet<>();
        arabic.forEach(a -> out.add(ArabicNormalizer.normalize(a).strip()));
        return new ArrayList<>(out);
    }

    /**
     * True when an English word reads as an adjective: by its English ending (General, Islamic, European, Spanish,
     * Saudi) or its Arabic one, the masculine relative adjective with the article («العربي»; «التقنية», technology,
     * is a noun).
     */
    static boolean isAdjective(String english, List<String> translated) {
        if (english.matches(".*(al|ic|an|ish|ese|i)")) {
            return true;
        }
        for (String t : translated) {
            if (t.startsWith(ARTICLE) && t.endsWith("\u064a")) {
                return true;
            }
        }
        return false;
    }

    /** An adjective in both genders, with the article: العربي, العربيه; العام, العامه. */
    private static List<String> genders(List<String> translated) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : translated) {
            String w = t.startsWith(ARTICLE) ? t : ARTICLE + t;
            String masculine = w.endsWith("\u0647") ? w.substring(0, w.length() - 1) : w;
            out.add(masculine);
            out.add(masculine + "\u0647");
        }
        return new ArrayList<>(out);
    }

    /**
     * One unit of a name: its words' Arabic choices (one slot a word); a translated noun is written with the article,
     * or without it when a noun follows it (a construct: «رعاية الشباب»).
     */
    private record Unit(List<List<String>> words, boolean adjective, boolean name) {

        List<List<String>> slots(boolean construct) {
            if (name || adjective) {
                return words;
            }
            Set<String> out = new LinkedHashSet<>();
            for (String w : words.get(0)) {
                String bare = w.startsWith(ARTICLE) && w.length() > 3 ? w.substring(2) : w;
                out.add(construct ? bare : ARTICLE + bare);
            }
            if (construct) {
                // before a word read as a noun that is an adjective («انباء الشرق الاوسط»): also with the article
                for (String w : words.get(0)) {
                    out.add(w.startsWith(ARTICLE) ? w : ARTICLE + w);
                }
            }
            return List.of(new ArrayList<>(out));
        }
    }
}
