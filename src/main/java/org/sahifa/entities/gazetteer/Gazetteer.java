package org.sahifa.entities.gazetteer;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.Token;
import org.sahifa.entities.recognize.Tokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known names: multi-word phrases of places, persons and organisations (each alias pointing at its entry),
 * given and family names, person titles and place cues. All keys are {@link NameFold folded}; a phrase's
 * first word may carry proclitics in the text (لروسيا, وبموسكو). Immutable once built; safe to share.
 */
public final class Gazetteer {

    /** A gazetteer match in a token list. */
    public record Match(GazetteerEntry entry, int start, int length, boolean clitic, boolean weak) {
    }

    /** A phrase; a weak one is also a common word (مبارك، صور) and never marks a name by itself. */
    private record Phrase(String[] rest, GazetteerEntry entry, boolean weak) {
    }

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> familyNames = new HashSet<>();
    private final Map<String, List<String[]>> titlesByLast = new HashMap<>();
    private final Map<String, List<String[]>> cuesByLast = new HashMap<>();
    private int phraseCount;

    Gazetteer() {
    }

    /** The gazetteer built from ICU and the bundled lists; loaded once. */
    public static Gazetteer standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = GazetteerLoader.loadStandard();
    }

    // ---- building ------------------------------------------------------------------------------------------

    void addAlias(String alias, GazetteerEntry entry) {
        addAlias(alias, entry, false);
    }

    void addAlias(String alias, GazetteerEntry entry, boolean weak) {
        String[] toks = foldTokens(alias);
        if (toks.length == 0) {
            return;
        }
        String key = String.join(" ", toks);
        List<GazetteerEntry> named = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (named.contains(entry)) {
            return;
        }
        named.add(entry);
        String[] rest = new String[toks.length - 1];
        System.arraycopy(toks, 1, rest, 0, rest.length);
        byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>(2)).add(new Phrase(rest, entry, weak));
        phraseCount++;
    }

    /** Written forms of single name words (persons' words, given and family names, one-word places). */
    private final Set<String> rawNameWords = new HashSet<>();

    /** Every single word known as (part of) a proper name, as written in the lists. */
    public Set<String> nameWords() {
        return Collections.unmodifiableSet(rawNameWords);
    }

    void addRawNameWord(String w) {
        rawNameWords.add(w.strip());
    }

    void addGivenName(String name) {
        rawNameWords.add(name.strip());
        String f = NameFold.fold(name.trim());
        if (!f.isEmpty()) {
            givenNames.add(f);
        }
    }

    /**
     * A foreign given name in Arabic script (جورج، فلاديمير، أنجيلا): a given name that is also marked as
     * foreign, since such names are rarely common Arabic words. Multi-word variants are ignored.
     */
    void addForeignGivenName(String name) {
        String n = name.strip();
        if (n.isEmpty() || n.contains(" ")) {
            return;
        }
        addGivenName(n);
        foreignGivenNames.add(NameFold.fold(n));
    }

    private final Set<String> foreignGivenNames = new HashSet<>();

    /** True when the folded word (or its reading without proclitics) is a known foreign given name. */
    public boolean isForeignGivenName(String fold) {
        return anyReading(fold, foreignGivenNames);
    }

    /**
     * Forgets a given or family name of a bundled list that is mostly a common word: it no longer counts as a
     * given, family or name word.
     */
    void removeListedName(String name) {
        String n = name.strip();
        givenNames.remove(NameFold.fold(n));
        familyNames.remove(NameFold.fold(n));
        rawNameWords.remove(n);
    }

    void addFamilyName(String name) {
        rawNameWords.add(name.strip());
        String f = NameFold.fold(name.trim());
        if (!f.isEmpty()) {
            familyNames.add(f);
        }
    }

    void addTitle(String title) {
        addTrigger(title, titlesByLast);
    }

    void addPlaceCue(String cue) {
        addTrigger(cue, cuesByLast);
    }

    private static void addTrigger(String phrase, Map<String, List<String[]>> index) {
        String[] toks = foldTokens(phrase);
        if (toks.length > 0) {
            index.computeIfAbsent(toks[toks.length - 1], k -> new ArrayList<>(1)).add(toks);
        }
    }

    /** The folded tokens of a name, as the tokenizer would produce them from text. */
    public static String[] foldTokens(String name) {
        List<Token> toks = Tokenizer.tokenize(name);
        List<String> out = new ArrayList<>(toks.size());
        for (Token t : toks) {
            if (!t.fold().isEmpty()) {
                out.add(t.fold());
            }
        }
        return out.toArray(new String[0]);
    }

    /** The folded key of a name: its folded tokens joined by single spaces. */
    public static String key(String name) {
        return String.join(" ", foldTokens(name));
    }

    // ---- look-ups ------------------------------------------------------------------------------------------

    /**
     * The longest known phrase starting at token {@code i} (its first word read with or without proclitics),
     * or {@code null}. Among equally long matches, a literal reading beats a clitic reading and a more trusted
     * source beats a less trusted one.
     */
    public Match match(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.word()) {
            return null;
        }
        List<String> readings = Clitics.readings(first.fold());
        Match best = null;
        for (int r = 0; r < readings.size(); r++) {
            List<Phrase> phrases = byFirst.get(readings.get(r));
            if (phrases == null) {
                continue;
            }
            for (Phrase p : phrases) {
                int len = 1 + p.rest.length;
                if (i + len > tokens.size() || !restMatches(tokens, i + 1, p.rest)) {
                    continue;
                }
                if (best == null || len > best.length
                        || (len == best.length && r == 0 && best.clitic)
                        || (len == best.length && (r == 0) == !best.clitic && best.weak && !p.weak)
                        || (len == best.length && (r == 0) == !best.clitic && best.weak == p.weak
                            && p.entry.source().ordinal() < best.entry.source().ordinal())) {
                    best = new Match(p.entry, i, len, r != 0, p.weak);
                }
            }
        }
        return best;
    }

    private static boolean restMatches(List<Token> tokens, int from, String[] rest) {
        for (int k = 0; k < rest.length; k++) {
            Token t = tokens.get(from + k);
            if (!t.fold().equals(rest[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when some phrase may start with this folded word (read with or without proclitics). */
    public boolean mayStartPhrase(String fold) {
        for (String r : Clitics.readings(fold)) {
            if (byFirst.containsKey(r)) {
                return true;
            }
        }
        return false;
    }

    /** True when a person title or a place cue may end with this folded word. */
    public boolean mayEndTrigger(String fold) {
        for (String r : Clitics.readings(fold)) {
            if (titlesByLast.containsKey(r) || cuesByLast.containsKey(r)) {
                return true;
            }
        }
        return false;
    }

    /** Entries whose name or alias is exactly {@code name} (folded token-wise); empty when unknown. */
    public List<GazetteerEntry> lookup(String name) {
        return Collections.unmodifiableList(byName.getOrDefault(key(name), List.of()));
    }

    /** Entries of one type whose name or alias is {@code name}, most trusted first. */
    public List<GazetteerEntry> lookup(String name, EntityType type) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (GazetteerEntry e : byName.getOrDefault(key(name), List.of())) {
            if (e.type() == type) {
                out.add(e);
            }
        }
        out.sort((a, b) -> a.source().ordinal() - b.source().ordinal());
        return out;
    }

    /** True when the folded word (or its reading without proclitics) is a known given name. */
    public boolean isGivenName(String fold) {
        return anyReading(fold, givenNames);
    }

    /** True when the folded word (or its reading without proclitics) is a known family name. */
    public boolean isFamilyName(String fold) {
        return anyReading(fold, familyNames);
    }

    /**
     * True when the folded word is part of a known person name (given, family, or a word of a curated person).
     * This is what keeps names away from the stemmer.
     */
    public boolean isNameWord(String fold) {
        return givenNames.contains(fold) || familyNames.contains(fold) || personWords.contains(fold);
    }

    private final Set<String> personWords = new HashSet<>();

    void addPersonWords(String name) {
        for (String t : foldTokens(name)) {
            if (t.length() > 2) {
                personWords.add(t);
            }
        }
        for (String w : name.split("\\s+")) {
            if (w.length() > 2) {
                rawNameWords.add(w);
            }
        }
    }

    private static boolean anyReading(String fold, Set<String> set) {
        if (set.contains(fold)) {
            return true;
        }
        List<String> r = Clitics.readings(fold);
        for (int k = 1; k < r.size(); k++) {
            if (set.contains(r.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The number of tokens of a person title ending at token {@code last}, or 0. */
    public int titleEndingAt(List<Token> tokens, int last) {
        return triggerEndingAt(tokens, last, titlesByLast);
    }

    /** The number of tokens of a place cue ending at token {@code last}, or 0. */
    public int placeCueEndingAt(List<Token> tokens, int last) {
        return triggerEndingAt(tokens, last, cuesByLast);
    }

    private static int triggerEndingAt(List<Token> tokens, int last, Map<String, List<String[]>> index) {
        if (last < 0 || !tokens.get(last).word()) {
            return 0;
        }
        String lastFold = tokens.get(last).fold();
        List<String[]> phrases = index.get(lastFold);
        int best = 0;
        if (phrases != null) {
            for (String[] p : phrases) {
                int first = last - p.length + 1;
                if (p.length > best && first >= 0 && triggerMatches(tokens, first, p)) {
                    best = p.length;
                }
            }
        }
        if (best == 0) {
            // a one-word trigger with a proclitic: والرئيس، بمدينة
            List<String> readings = Clitics.readings(lastFold);
            for (int r = 1; r < readings.size() && best == 0; r++) {
                List<String[]> ps = index.get(readings.get(r));
                if (ps != null) {
                    for (String[] p : ps) {
                        if (p.length == 1) {
                            best = 1;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static boolean triggerMatches(List<Token> tokens, int first, String[] p) {
        for (int k = 0; k < p.length; k++) {
            String f = tokens.get(first + k).fold();
            if (!f.equals(p[k]) && !(k == 0 && Clitics.readings(f).contains(p[k]))) {
                return false;
            }
        }
        return true;
    }

    /** How many alias phrases are known. */
    public int size() {
        return phraseCount;
    }
}
