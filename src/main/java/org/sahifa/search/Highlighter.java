package org.sahifa.search;

import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NormalizedText;
import org.sahifa.text.analysis.NameKeyTerms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where a query matched in an article's original text, and cuts a snippet around the best place.
 * The text is analysed again with the index's analyses; every token carries offsets into the original text,
 * so marks land on the original letters (with their hamza, diacritics or tatweel) whatever spelling matched.
 */
final class Highlighter {

    /** Snippet length in chars, before snapping to word boundaries. */
    static final int WIDTH = 240;
    /** How far to look for a space when snapping a snippet's ends. */
    private static final int SNAP = 24;
    private static final String ELLIPSIS = "…";

    private final IndexAnalysis analysis;

    Highlighter(IndexAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The title marks, snippet and matched words of one article for what a query matches. */
    Highlight highlight(long id, String title, String body, MatchTerms terms) {
        return prepare(terms).highlight(id, title, body);
    }

    /**
     * What the highlighting of every hit of one query needs from its {@code terms}, worked out once for all of
     * them (decision 0113): the single-word spellings and the two-word ones by their last word. {@code terms} must
     * not change while the result is used.
     */
    Prepared prepare(MatchTerms terms) {
        return new Prepared(terms);
    }

    /** The matched spans of {@code text}, sorted and merged. */
    List<Mark> marks(String text, MatchTerms terms) {
        return marks(text, terms, new ArrayList<>());
    }

    /**
     * The matched spans of {@code text}, sorted and merged; the exact matches also go to {@code exactMarks}.
     * One pass of the exact analysis serves the exact and the name tiers: a name-field term is determined by its
     * spelling, so a word (or the word without its proclitics, or a pair of neighbouring words) is marked when
     * its spelling is one of the accepted ones. The stem analysis runs only when the query has stems that are
     * not also exact words (names are never stemmed).
     */
    List<Mark> marks(String text, MatchTerms terms, List<Mark> exactMarks) {
        return prepare(terms).marks(text, exactMarks);
    }

    /** A query's match terms made ready for highlighting its hits (see {@link #prepare}). Not thread-safe. */
    final class Prepared {

        private final MatchTerms terms;
        private final Set<String> words = new SpellingSet();
        private final Map<String, Set<String>> pairsByTail = new java.util.HashMap<>();
        private final boolean stemPass;
        /** The phrases of the exact and name tiers, and of the stem tier ({@link MatchTerms#phrases}). */
        private final List<PhraseSlots> phrases = new ArrayList<>();
        private final List<PhraseSlots> stemPhrases = new ArrayList<>();
        /** The words of the phrases, where the text is worth analysing ({@link #find}). */
        private final Set<String> phraseNeedles = new java.util.HashSet<>();
        private final Set<String> stemPhraseNeedles = new java.util.HashSet<>();

        private Prepared(MatchTerms terms) {
            this.terms = terms;
            for (String t : terms.names) {
                addSpelling(NameKeyTerms.surface(t), words, pairsByTail);
            }
            for (MatchTerms.Phrase p : terms.phrases) {
                PhraseSlots slots = new PhraseSlots(p);
                (p.kind() == MatchTerms.Kind.STEM ? stemPhrases : phrases).add(slots);
                (p.kind() == MatchTerms.Kind.STEM ? stemPhraseNeedles : phraseNeedles).addAll(slots.needles());
            }
            this.stemPass = !terms.exact.containsAll(terms.stems) || !stemPhrases.isEmpty();
        }

        /** As {@link Highlighter#highlight}. */
        Highlight highlight(long id, String title, String body) {
            String t = title == null ? "" : title;
            String b = body == null ? "" : body;
            List<Mark> titleMarks = marks(t, new ArrayList<>());
            List<Mark> exactMarks = new ArrayList<>();
            List<Mark> bodyMarks = marks(b, exactMarks);
            return new Highlight(id, titleMarks, snippet(b, bodyMarks, exactMarks),
                    matched(t, titleMarks, b, bodyMarks));
        }

        /** As {@link Highlighter#marks(String, MatchTerms, List)}. */
        List<Mark> marks(String text, List<Mark> exactMarks) {
            List<Mark> marks = new ArrayList<>();
            if (terms.isEmpty() || text.isEmpty()) {
                return marks;
            }
            NormalizedText normalized = ArabicNormalizer.normalizeWithOffsets(text); // once for both passes
            // one scan for the needles of both passes: the stem pass's regions are those of its own needles (the
            // words and stems), which the scan lists first
            List<int[]> hits = new ArrayList<>();
            find(normalized, hits, terms.exact, terms.stems);
            find(normalized, hits, stemPhraseNeedles, Set.of());
            List<int[]> stemHits = stemPass ? new ArrayList<>(hits) : null;
            find(normalized, hits, words, pairsByTail.keySet());
            find(normalized, hits, phraseNeedles, Set.of());
            for (int[] region : regions(text, hits)) {
                String part = text.substring(region[0], region[1]);
                Analysis.Token previous = null;
                List<Analysis.Token> tokens = new ArrayList<>();
                for (Analysis.Token r : Analysis.tokens(analysis.exact(), IndexFields.BODY_EXACT, part)) {
                    tokens.add(new Analysis.Token(r.term(), r.position(), r.start() + region[0], r.end() + region[0]));
                }
                for (int i = 0; i < tokens.size(); i++) {
                    Analysis.Token t = tokens.get(i);
                    String word = t.term();
                    if (terms.exact.contains(word)) {
                        Mark m = new Mark(t.start(), t.end());
                        marks.add(m);
                        exactMarks.add(m);
                    }
                    if (spells(word, words)) {
                        marks.add(new Mark(t.start(), t.end()));
                    }
                    Set<String> heads = pairsByTail.get(word);
                    if (heads != null && previous != null && spells(previous.term(), heads)) {
                        marks.add(new Mark(previous.start(), t.end()));
                    }
                    for (PhraseSlots p : phrases) {
                        int last = p.matchAt(tokens, i);
                        if (last >= 0) {
                            Mark m = new Mark(t.start(), tokens.get(last).end());
                            marks.add(m);
                            if (p.kind == MatchTerms.Kind.EXACT) {
                                exactMarks.add(m);
                            }
                        }
                    }
                    previous = t;
                }
            }
            if (stemPass) {
                for (int[] region : regions(text, stemHits)) {
                    String part = text.substring(region[0], region[1]);
                    List<Analysis.Token> tokens = Analysis.tokens(analysis.stemmed(), IndexFields.BODY_STEM, part);
                    for (int i = 0; i < tokens.size(); i++) {
                        Analysis.Token t = tokens.get(i);
                        if (terms.stems.contains(t.term())) {
                            marks.add(new Mark(t.start() + region[0], t.end() + region[0]));
                        }
                        for (PhraseSlots p : stemPhrases) {
                            int last = p.matchAt(tokens, i);
                            if (last >= 0) {
                                marks.add(new Mark(t.start() + region[0], tokens.get(last).end() + region[0]));
                            }
                        }
                    }
                }
            }
            return merge(marks, text.length());
        }
    }

    /**
     * A phrase of {@link MatchTerms} made ready for matching: per slot its one-word spellings and its two-word ones by
     * their last word (a name slot's spelling may be a compound written as two words).
     */
    private final class PhraseSlots {
        private final MatchTerms.Kind kind;
        private final List<Set<String>> single = new ArrayList<>();
        private final List<Map<String, Set<String>>> pairs = new ArrayList<>();

        PhraseSlots(MatchTerms.Phrase phrase) {
            this.kind = phrase.kind();
            for (Set<String> slot : phrase.slots()) {
                Set<String> one = new SpellingSet();
                Map<String, Set<String>> two = new java.util.HashMap<>();
                for (String spelling : slot) {
                    addSpelling(spelling, one, two);
                }
                single.add(one);
                pairs.add(two);
            }
        }

        /** Every word of every spelling (where {@link #find} looks). */
        Set<String> needles() {
            Set<String> out = new java.util.HashSet<>();
            for (int k = 0; k < single.size(); k++) {
                out.addAll(single.get(k));
                out.addAll(pairs.get(k).keySet());
            }
            return out;
        }

        /** The index of the last token of the phrase when it starts at {@code tokens[i]}, else -1. */
        int matchAt(List<Analysis.Token> tokens, int i) {
            int j = i;
            for (int k = 0; k < single.size(); k++) {
                if (j >= tokens.size()) {
                    return -1;
                }
                String word = tokens.get(j).term();
                if (single.get(k).isEmpty() && pairs.get(k).isEmpty()) {
                    j++; // a slot of no spelling is any one word (a father's name of a nasab, decision 0230)
                    continue;
                }
                if (kind == MatchTerms.Kind.NAME ? spells(word, single.get(k)) : single.get(k).contains(word)) {
                    j++;
                    continue;
                }
                Set<String> heads = j + 1 < tokens.size() ? pairs.get(k).get(tokens.get(j + 1).term()) : null;
                if (heads != null && (kind == MatchTerms.Kind.NAME ? spells(word, heads) : heads.contains(word))) {
                    j += 2;
                    continue;
                }
                return -1;
            }
            return j - 1;
        }
    }

    /** A one-word spelling goes to {@code words}, a two-word one to {@code pairsByTail} under its last word. */
    private static void addSpelling(String spelling, Set<String> words, Map<String, Set<String>> pairsByTail) {
        int space = spelling.lastIndexOf(' ');
        if (space < 0) {
            words.add(spelling);
        } else {
            pairsByTail.computeIfAbsent(spelling.substring(space + 1), k -> new SpellingSet())
                    .add(spelling.substring(0, space));
        }
    }

    /**
     * True when {@code word} is one of {@code spellings}, or is one behind proclitics (وكراباخ, لبوتين) as the
     * name field reads it. The stemmer is asked only when the word ends with a spelling, so most words cost a
     * few hash look-ups.
     */
    private boolean spells(String word, Set<String> spellings) {
        if (spellings.isEmpty()) {
            return false;
        }
        if (spellings.contains(word)) {
            return true;
        }
        if (spellings instanceof SpellingSet set) {
            // only a spelling with the word's last letter can end it (decision 0219): most words stop here
            if (!set.mayEnd(word)) {
                return false;
            }
            if (spellings.size() <= word.length()) {
                List<String> bare = null;
                for (String s : set.array()) {
                    if (word.length() > s.length() && word.endsWith(s)) {
                        bare = bare == null ? analysis.withoutProclitics(word) : bare;
                        if (bare.contains(s)) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
        List<String> bare = null;
        if (spellings.size() > word.length()) {
            // the same test, by the word's endings: fewer look-ups than spellings (decision 0204)
            for (int k = 1; k <= word.length(); k++) {
                String s = word.substring(k);
                if (spellings.contains(s)) {
                    bare = bare == null ? analysis.withoutProclitics(word) : bare;
                    if (bare.contains(s)) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (String s : spellings) {
            if (word.length() > s.length() && word.endsWith(s)) {
                // another spelling may end the word too (ظبي and ابوظبي in بأبوظبي): each is asked
                bare = bare == null ? analysis.withoutProclitics(word) : bare;
                if (bare.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds to {@code hits} where the {@code normalized} text contains each needle of {@code first}, then of {@code
     * second}, as a substring (a cheap table-driven scan), as spans of the original text.
     */
    private static void find(NormalizedText normalized, List<int[]> hits, Set<String> first, Set<String> second) {
        String norm = normalized.text();
        for (Set<String> needles : List.of(first, second)) {
            for (String needle : needles) {
                if (needle.isEmpty()) {
                    continue;
                }
                for (int at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + needle.length())) {
                    hits.add(new int[] {normalized.originalStart(at), normalized.originalEnd(at + needle.length())});
                }
            }
        }
    }

    /**
     * The parts of {@code text} worth analysing: around every one of {@code hits} (the places where its normalised
     * form contains one of the query's words, stems or name spellings, {@link #find}), widened to whole words with
     * some context, merged. A match the analysis would find always lies in one of them, so the analysis (the
     * costly part) runs over a few hundred chars instead of the whole article. Sorts {@code hits}.
     */
    private static List<int[]> regions(String text, List<int[]> hits) {
        hits.sort(Comparator.comparingInt(h -> h[0]));
        List<int[]> regions = new ArrayList<>();
        for (int[] h : hits) {
            int start = wordStart(text, Math.max(0, h[0] - CONTEXT));
            int end = wordEnd(text, Math.min(text.length(), h[1] + CONTEXT));
            if (!regions.isEmpty() && regions.get(regions.size() - 1)[1] >= start) {
                regions.get(regions.size() - 1)[1] = Math.max(regions.get(regions.size() - 1)[1], end);
            } else {
                regions.add(new int[] {start, end});
            }
        }
        return regions;
    }

    /** Chars of context analysed around a candidate match (enough for the word before a compound's tail). */
    private static final int CONTEXT = 48;

    private static int wordStart(String text, int at) {
        int k = at;
        while (k > 0 && !Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static int wordEnd(String text, int at) {
        int k = at;
        while (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    static List<Mark> merge(List<Mark> marks, int length) {
        marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        List<Mark> out = new ArrayList<>();
        for (Mark m : marks) {
            Mark clipped = new Mark(Math.min(m.start(), length), Math.min(m.end(), length));
            if (clipped.start() == clipped.end()) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= clipped.start()) {
                Mark last = out.remove(out.size() - 1);
                out.add(new Mark(last.start(), Math.max(last.end(), clipped.end())));
            } else {
                out.add(clipped);
            }
        }
        return out;
    }

    /**
     * The original words under the marks, each once, in order; marks separated by white space only are one entry, as
     * the article writes them together («مجلس الشورى», not «مجلس» where the article first wrote it alone).
     */
    static List<String> words(String text, List<Mark> marks, Set<String> into) {
        int i = 0;
        while (i < marks.size()) {
            int start = marks.get(i).start();
            int end = marks.get(i).end();
            while (i + 1 < marks.size() && marks.get(i + 1).start() > end
                    && text.substring(end, marks.get(i + 1).start()).isBlank()) {
                end = marks.get(++i).end();
            }
            String part = text.substring(start, end);
            into.add(singleSpaced(part) ? part : SPACES.matcher(part).replaceAll(" "));
            i++;
        }
        return new ArrayList<>(into);
    }

    /**
     * True when {@link #SPACES} would leave {@code s} as it is: every run of its white space is one space (decision
     * 0219: most matched words are, and the regex is not run for them).
     */
    static boolean singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i + 1 < s.length() && isRegexSpace(s.charAt(i + 1))) {
                    return false;
                }
            } else if (isRegexSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The white space of the regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == (char) 0x0B || c == '\f' || c == '\r';
    }

    /** A run of white space ({@link #words}), compiled once. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static List<String> matched(String title, List<Mark> titleMarks, String body, List<Mark> bodyMarks) {
        Set<String> words = new LinkedHashSet<>();
        words(title, titleMarks, words);
        return words(body, bodyMarks, words);
    }

    /** A passage of about {@link #WIDTH} chars around the densest group of marks (the start when none). */
    static Snippet snippet(String text, List<Mark> marks) {
        return snippet(text, marks, List.of());
    }

    /**
     * A passage of about {@link #WIDTH} chars around the best group of marks: the most marks, an exact match
     * (one of {@code exactMarks}) counting three times, so the passage shows the spelling the user typed when the
     * article has it. The start of the text when there are no marks.
     */
    static Snippet snippet(String text, List<Mark> marks, List<Mark> exactMarks) {
        if (text.length() <= WIDTH) {
            return new Snippet(flatten(text), marks);
        }
        java.util.Set<Integer> strong = new java.util.HashSet<>();
        for (Mark m : exactMarks) {
            strong.add(m.start());
        }
        int best = 0;
        int bestCount = 0;
        int bestWeight = 0;
        int weight = 0;
        for (int i = 0, j = 0; i < marks.size(); i++) {
            if (j < i) {
                j = i;
                weight = 0;
            }
            while (j < marks.size() && marks.get(j).end() - marks.get(i).start() <= WIDTH) {
                weight += strong.contains(marks.get(j).start()) ? 3 : 1;
                j++;
            }
            if (weight > bestWeight) {
                bestWeight = weight;
                bestCount = j - i;
                best = i;
            }
            if (j > i) {
                weight -= strong.contains(marks.get(i).start()) ? 3 : 1;
            }
        }
        int start;
        if (marks.isEmpty()) {
            start = 0;
        } else {
            Mark first = marks.get(best);
            int lastEnd = marks.get(Math.max(best, best + bestCount - 1)).end();
            int lead = Math.max(0, Math.min(WIDTH / 3, (WIDTH - (lastEnd - first.start())) / 2));
            start = Math.max(0, first.start() - lead);
            start = Math.min(start, Math.max(0, text.length() - WIDTH));
            if (start > 0) {
                start = snapForward(text, start, first.start());
            }
        }
        int end = Math.min(text.length(), start + WIDTH);
        if (end < text.length()) {
            end = snapBack(text, end, start);
        }
        List<Mark> inside = new ArrayList<>();
        String prefix = start > 0 ? ELLIPSIS : "";
        for (Mark m : marks) {
            if (m.start() >= start && m.end() <= end) {
                inside.add(new Mark(m.start() - start + prefix.length(), m.end() - start + prefix.length()));
            }
        }
        String body = prefix + flatten(text.substring(start, end)) + (end < text.length() ? ELLIPSIS : "");
        return new Snippet(body, inside);
    }

    /** Moves a cut forward to just after a space (not past {@code limit}). */
    private static int snapForward(String text, int at, int limit) {
        for (int k = at; k < Math.min(limit, at + SNAP); k++) {
            if (Character.isWhitespace(text.charAt(k))) {
                return k + 1;
            }
        }
        return at;
    }

    /** Moves a cut back to a space (not before {@code limit}). */
    private static int snapBack(String text, int at, int limit) {
        for (int k = at; k > Math.max(limit, at - SNAP); k--) {
            if (Character.isWhitespace(text.charAt(k - 1))) {
                return k - 1;
            }
        }
        return at;
    }

    /** Line breaks become spaces (same length, so marks stay put). */
    private static String flatten(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\u2029', ' ').replace('\u2028', ' ');
    }
}
