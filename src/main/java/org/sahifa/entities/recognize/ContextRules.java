package org.sahifa.entities.recognize;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.gazetteer.GazetteerEntry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Rules applied over the model's tags, only where the model tagged nothing (they add names, never remove them):
 * <ul>
 *   <li>{@link Rule#GAZETTEER}: a curated or ICU-region phrase (any length, clitics allowed on its first word)
 *       becomes a name of its type where the model tagged nothing, where it cut the phrase into pieces of
 *       that type (ناغوروني | كاراباخ becomes one place), or where it tagged only part of it (قره [باغ]); with {@code allSources} also world-cities and time-zone cities;</li>
 *   <li>{@link Rule#TITLE}: after a person title (الرئيس، وزير الخارجية، المتحدث باسم ...; nisba adjectives and a
 *       comma may sit between, as in «الرئيس الروسي، فلاديمير بوتين») a run of known given/family names is a
 *       person;</li>
 *   <li>{@link Rule#CUE}: after a place cue (مدينة، إقليم، منطقة ...) a known place of any source is a place.</li>
 *   <li>{@link Rule#ATOMIC}: a curated or ICU-region phrase is never cut by a name the model found: a span that
 *       crosses its boundary («رئيس [أذربيجان إلهام] علييف») is cut there and the phrase becomes a name of its
 *       type; a person span that is a curated person plus words no list or training name knows
 *       («[بوتين يلتقي]», «[لصالح شوماخر]») is trimmed to the curated person; a span made only of two or more
 *       such phrases («[أذربيجان إلهام علييف]») becomes those names; a span that is exactly a curated person is a
 *       person, whatever type the model gave it, and one that is exactly a known country or curated place taken
 *       for an organisation is a place.</li>
 *   <li>{@link Rule#CONJ}: a person span with an inner word و + a known given name («شاهين ونور الشريف») is two
 *       persons.</li>
 *   <li>{@link Rule#QUOTED}: a one-word name the model found between quotation marks («إلى "فردوس"») is dropped
 *       when no gazetteer, name list or training name supports the word (quoted common words are not names).</li>
 * </ul>
 */
public final class ContextRules {

    /** The individual rules, switchable for measurement. */
    public enum Rule { GAZETTEER, TITLE, CUE, ATOMIC, QUOTED, CONJ, NISBA, PLACE_NAME }

    private final Set<Rule> rules;
    private final boolean allSources;
    private final Gazetteer gazetteer;

    public ContextRules(Set<Rule> rules, boolean allSources) {
        this(rules, allSources, Gazetteer.standard());
    }

    public ContextRules(Set<Rule> rules, boolean allSources, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
        this.allSources = allSources;
    }

    /** The rules switched on. */
    public Set<Rule> rules() {
        return rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    /** Whether the gazetteer rule trusts every source. */
    public boolean allSources() {
        return allSources;
    }

    public void apply(Features.Sentence s, int[] tags) {
        int n = s.size();
        if (rules.contains(Rule.QUOTED)) {
            dropQuoted(s, tags);
        }
        if (rules.contains(Rule.ATOMIC)) {
            atomic(s, tags);
        }
        if (rules.contains(Rule.CONJ)) {
            splitAtConjunction(s, tags);
        }
        if (rules.contains(Rule.NISBA)) {
            dropNisba(s, tags);
        }
        if (rules.contains(Rule.PLACE_NAME)) {
            placeNames(s, tags);
        }
        if (rules.contains(Rule.GAZETTEER)) {
            for (int i = 0; i < n; i++) {
                var m = s.gazMatch[i];
                if (m == null || m.start() != i || m.weak()) {
                    continue;
                }
                GazetteerEntry.Source src = m.entry().source();
                boolean trusted = src == GazetteerEntry.Source.CURATED || src == GazetteerEntry.Source.ICU_REGION;
                if ((trusted || allSources) && (allO(tags, i, i + m.length())
                        || fragmentsOf(tags, i, i + m.length(), Tags.clsOf(m.entry().type()))
                        || partOf(s, tags, i, i + m.length(), m.entry().type()))) {
                    set(tags, i, i + m.length(), m.entry().type());
                }
            }
        }
        if (rules.contains(Rule.TITLE)) {
            for (int i = 0; i < n; i++) {
                if (s.title[i] > 0 && tags[i] == Tags.O && (s.name[i] & 3) != 0 && s.tokens.get(i).word()
                        && !Features.isNisba(s.tokens.get(i))) {
                    int j = i + 1;
                    while (j < n && j - i < 4 && tags[j] == Tags.O && s.name[j] != 0) {
                        j++;
                    }
                    set(tags, i, j, EntityType.PERSON);
                    i = j - 1;
                }
            }
        }
        if (rules.contains(Rule.CUE)) {
            for (int i = 0; i < n; i++) {
                var m = s.gazMatch[i];
                if (s.cue[i] > 0 && m != null && m.start() == i && !m.weak() && m.entry().type() == EntityType.PLACE
                        && allO(tags, i, i + m.length())) {
                    set(tags, i, i + m.length(), EntityType.PLACE);
                }
            }
        }
    }

    private static boolean trusted(Gazetteer.Match m) {
        GazetteerEntry.Source src = m.entry().source();
        return !m.weak() && (src == GazetteerEntry.Source.CURATED || src == GazetteerEntry.Source.ICU_REGION);
    }

    /** The end (exclusive) of the span that starts at or contains token {@code i}. */
    /** What a rule does to one tagged span, tokens {@code [start, end)}. */
    private interface SpanRule {
        void apply(int start, int end);
    }

    /**
     * Runs {@code rule} on every tagged span of the first {@code n} tokens, left to right. A span's end is read
     * before the rule runs, so a rule may retag its own span.
     */
    private static void forEachSpan(int[] tags, int n, SpanRule rule) {
        for (int st = 0; st < n; ) {
            if (tags[st] == Tags.O) {
                st++;
                continue;
            }
            int en = spanEnd(tags, st);
            rule.apply(st, en);
            st = en;
        }
    }

    private static int spanEnd(int[] tags, int i) {
        int cls = Tags.cls(tags[i]);
        int j = i + 1;
        while (j < tags.length && tags[j] == Tags.inside(cls)) {
            j++;
        }
        return j;
    }

    /** The start of the span that contains token {@code i} (not O). */
    private static int spanStart(int[] tags, int i) {
        int j = i;
        while (j > 0 && Tags.isInside(tags[j])) {
            j--;
        }
        return j;
    }

    private static boolean unsupported(Features.Sentence s, int i) {
        return s.tokens.get(i).word() && s.name[i] == 0 && s.lex[i] == 0 && s.gaz[i] == 0 && s.title[i] == 0;
    }

    private static void atomic(Features.Sentence s, int[] tags) {
        atomicPhrases(s, tags);
        // after the cuts: a span that is exactly a known country or curated place, taken for an organisation
        for (int a = 0; a < s.size(); a++) {
            Gazetteer.Match m = s.gazMatch[a];
            if (m != null && m.start() == a && trusted(m) && m.entry().type() == EntityType.PLACE
                    && Tags.isBegin(tags[a]) && Tags.cls(tags[a]) == Tags.clsOf(EntityType.ORGANIZATION)
                    && spanEnd(tags, a) == a + m.length()) {
                set(tags, a, a + m.length(), EntityType.PLACE);
            }
        }
    }

    private static void atomicPhrases(Features.Sentence s, int[] tags) {
        int n = s.size();
        forEachSpan(tags, n, (st, en) -> splitIntoKnownNames(s, tags, st, en));
        for (int a = 0; a < n; a++) {
            Gazetteer.Match m = s.gazMatch[a];
            if (m == null || m.start() != a || !trusted(m)) {
                continue;
            }
            int b = a + m.length();
            boolean crossed = false;
            if (Tags.isInside(tags[a]) && spanEnd(tags, a) < b) {
                crossed = true; // a span from before ends inside the phrase
            }
            for (int k = a + 1; k < b && !crossed; k++) {
                if (Tags.isBegin(tags[k]) && spanEnd(tags, k) > b) {
                    crossed = true; // a span from inside runs past its end
                }
            }
            if (crossed) {
                set(tags, a, b, m.entry().type());
                if (b < n && Tags.isInside(tags[b])) {
                    tags[b] = Tags.begin(Tags.cls(tags[b]));
                }
                a = b - 1;
                continue;
            }
            if (m.entry().type() != EntityType.PERSON || tags[a] == Tags.O) {
                continue;
            }
            if (Tags.cls(tags[a]) != Tags.clsOf(EntityType.PERSON)) {
                if (Tags.isBegin(tags[a]) && spanEnd(tags, a) == b) {
                    set(tags, a, b, EntityType.PERSON); // exactly a curated person, typed otherwise
                }
                continue;
            }
            int start = spanStart(tags, a);
            int end = spanEnd(tags, a);
            if (end < b) {
                continue;
            }
            boolean junkBefore = start < a;
            for (int k = start; k < a; k++) {
                junkBefore &= unsupported(s, k);
            }
            boolean junkAfter = end > b;
            for (int k = b; k < end; k++) {
                junkAfter &= unsupported(s, k);
            }
            if (junkBefore || junkAfter) {
                int from = junkBefore ? start : a;
                int to = junkAfter ? end : b;
                for (int k = from; k < to; k++) {
                    tags[k] = Tags.O;
                }
                set(tags, a, b, EntityType.PERSON);
                if (!junkBefore && start < a) {
                    // the kept part before the phrase stays one span with it
                    for (int k = a; k < b; k++) {
                        tags[k] = Tags.inside(Tags.clsOf(EntityType.PERSON));
                    }
                }
                if (!junkAfter && end > b) {
                    for (int k = b; k < end; k++) {
                        tags[k] = Tags.inside(Tags.clsOf(EntityType.PERSON));
                    }
                }
                a = b - 1;
            }
        }
    }

    /** A span made only of two or more trusted known names («[أذربيجان إلهام علييف]») becomes those names. */
    private static void splitIntoKnownNames(Features.Sentence s, int[] tags, int st, int en) {
        int phrases = 0;
        for (int k = st; k < en; ) {
            Gazetteer.Match m = s.gazMatch[k];
            if (m == null || m.start() != k || !trusted(m) || k + m.length() > en) {
                return;
            }
            phrases++;
            k += m.length();
        }
        if (phrases < 2) {
            return;
        }
        for (int k = st; k < en; ) {
            Gazetteer.Match m = s.gazMatch[k];
            set(tags, k, k + m.length(), m.entry().type());
            k += m.length();
        }
    }

    private static final int PERS = Tags.clsOf(EntityType.PERSON);

    /** بن، ابن، ابو (folded): words that start the second of two coordinated names («وبن عيسى»). */
    private static final java.util.Set<String> NAME_STARTERS = java.util.Set.of(
            "\u0628\u0646", "\u0627\u0628\u0646", "\u0627\u0628\u0648");

    /**
     * A person span with an inner word و + a known given name («شاهين ونور الشريف», «وموسى وبن عيسى») is two
     * persons: the second starts at that word.
     */
    private void splitAtConjunction(Features.Sentence s, int[] tags) {
        int n = s.size();
        for (int i = 1; i < n; i++) {
            if (tags[i] != Tags.inside(PERS)) {
                continue;
            }
            String f = s.tokens.get(i).fold();
            if (f.length() < 3 || f.charAt(0) != '\u0648' || (s.name[i] & 3) != 0 && gazetteerKnowsWhole(s, i)) {
                continue;
            }
            String rest = f.substring(1);
            if (gazetteer.isGivenName(rest) || NAME_STARTERS.contains(rest)) {
                tags[i] = Tags.begin(PERS);
            }
        }
    }

    /** Whether the token itself (with its و) is a known name word, like وليد or وديع. */
    private boolean gazetteerKnowsWhole(Features.Sentence s, int i) {
        String f = s.tokens.get(i).fold();
        return gazetteer.isNameWord(f) || gazetteer.isFamilyName(f);
    }

    private static final String ARTICLE = "\u0627\u0644";
    private static final char YA = '\u064A';
    private static final char ALEF = '\u0627';

    /**
     * Whether the folded word is an indefinite adjective of relation to a known country or curated place:
     * ليبي (ليبيا)، فرنسي (فرنسا)، مصري (مصر)، عراقي (العراق). Words with the article are family names as often
     * (المصري) and are left alone.
     */
    boolean isPlaceNisba(String fold) {
        if (fold.length() < 4 || fold.charAt(fold.length() - 1) != YA || fold.startsWith(ARTICLE)) {
            return false;
        }
        String base = fold.substring(0, fold.length() - 1);
        for (String place : new String[] {fold + ALEF, base, base + ALEF, ARTICLE + base}) {
            for (GazetteerEntry e : gazetteer.lookup(place, EntityType.PLACE)) {
                if (e.source() == GazetteerEntry.Source.CURATED || e.source() == GazetteerEntry.Source.ICU_REGION) {
                    return true;
                }
            }
        }
        return false;
    }

    private void dropNisba(Features.Sentence s, int[] tags) {
        int n = s.size();
        forEachSpan(tags, n, (st, en) -> {
            if (Tags.cls(tags[st]) == PERS && isPlaceNisba(s.tokens.get(en - 1).fold())) {
                boolean bare = true;
                for (int k = st; k < en - 1; k++) {
                    bare &= unsupported(s, k);
                }
                if (bare) {
                    for (int k = st; k < en; k++) {
                        tags[k] = Tags.O;
                    }
                }
            }
        });
    }

    private static void placeNames(Features.Sentence s, int[] tags) {
        int n = s.size();
        forEachSpan(tags, n, (st, en) -> {
            Gazetteer.Match m = s.gazMatch[st];
            if (Tags.cls(tags[st]) == PERS && m != null && m.start() == st && m.length() == en - st && trusted(m)
                    && m.entry().type() == EntityType.PLACE && s.title[st] == 0
                    && (en >= n || !s.tokens.get(en).word() || s.name[en] == 0)) {
                set(tags, st, en, EntityType.PLACE);
            }
        });
    }

    private static boolean isQuote(Token t) {
        if (t.word() || t.fold().length() != 1) {
            return false;
        }
        char c = t.fold().charAt(0);
        return c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D' || c == '\'';
    }

    private static void dropQuoted(Features.Sentence s, int[] tags) {
        int n = s.size();
        for (int i = 1; i + 1 < n; i++) {
            if (Tags.isBegin(tags[i]) && !Tags.isInside(tags[i + 1]) && isQuote(s.tokens.get(i - 1))
                    && isQuote(s.tokens.get(i + 1)) && unsupported(s, i)) {
                tags[i] = Tags.O;
            }
        }
    }

    /** The model split a known multi-word name into pieces of the same class (ناغوروني | كاراباخ). */
    private static boolean fragmentsOf(int[] tags, int from, int to, int cls) {
        if (to - from < 2 || Tags.isInside(tags[from])) {
            return false;
        }
        int begins = 0;
        for (int i = from; i < to; i++) {
            if (tags[i] == Tags.O || Tags.cls(tags[i]) != cls) {
                return false;
            }
            if (Tags.isBegin(tags[i])) {
                begins++;
            }
        }
        return begins >= 2 && (to >= tags.length || !Tags.isInside(tags[to]));
    }

    /**
     * Whether the model tagged only part of the phrase {@code [from, to)}, as a name of the phrase's type lying
     * wholly inside it, that is no known name of that type on its own, and nothing else there: «أحداث قره [باغ]»
     * — the phrase then becomes the name. A part that is a name by itself stays as tagged («جنوب [لبنان]»).
     */
    private boolean partOf(Features.Sentence s, int[] tags, int from, int to, EntityType type) {
        int cls = Tags.clsOf(type);
        if (to - from < 2 || Tags.isInside(tags[from]) || (to < tags.length && Tags.isInside(tags[to]))) {
            return false;
        }
        boolean untagged = false;
        int tagged = 0;
        for (int i = from; i < to; i++) {
            if (tags[i] == Tags.O) {
                untagged = true;
            } else if (Tags.cls(tags[i]) != cls) {
                return false;
            } else if (Tags.isBegin(tags[i])) {
                int end = spanEnd(tags, i);
                StringBuilder part = new StringBuilder();
                for (int k = i; k < end; k++) {
                    part.append(k > i ? " " : "").append(s.tokens.get(k).fold());
                }
                if (!gazetteer.lookup(part.toString(), type).isEmpty()) {
                    return false;
                }
                tagged++;
            }
        }
        return tagged > 0 && untagged;
    }

    private static boolean allO(int[] tags, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tags[i] != Tags.O) {
                return false;
            }
        }
        // do not glue onto a name that continues right after
        return to >= tags.length || !Tags.isInside(tags[to]);
    }

    private static void set(int[] tags, int from, int to, EntityType type) {
        int cls = Tags.clsOf(type);
        for (int i = from; i < to; i++) {
            tags[i] = i == from ? Tags.begin(cls) : Tags.inside(cls);
        }
    }
}
