package org.sahifa.search;

import org.junit.jupiter.api.Test;
import org.sahifa.bench.BenchCorpus;
import org.sahifa.store.Article;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameKey;
import org.sahifa.text.NormalizedText;
import org.sahifa.text.analysis.NameKeyTerms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query's terms prepared once and used for every hit ({@link Highlighter#prepare}, decision 0113) mark what the
 * former per-text code (written out below) marked: the same marks and exact marks, over the seed article and the
 * first SaudiNewsNet articles (when {@code ../shared} is there), for hundreds of term sets drawn from the texts'
 * own words, stems and name spellings (single and two-word, behind proclitics), each prepared once and asked of
 * every text.
 */
class HighlighterPreparedTest {

    private final Highlighter highlighter = new Highlighter(SahifaAnalysis.INSTANCE);

    @Test
    void preparedTermsMarkWhatThePerTextCodeMarked() throws Exception {
        compareWithFormerCode(5, 113);
    }

    /**
     * With more name spellings than a word has letters, a word is tested by its endings instead of by every
     * spelling (decision 0204): the marks stay those of the former code.
     */
    @Test
    void manySpellingsMarkWhatThePerTextCodeMarked() throws Exception {
        compareWithFormerCode(40, 204);
    }

    private void compareWithFormerCode(int maxNames, long seed) throws Exception {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(SeedSearchTest.SEED));
        if (Files.isRegularFile(BenchCorpus.FILE)) {
            for (Article a : BenchCorpus.load(BenchCorpus.FILE, 60)) {
                texts.add(a.title());
                texts.add(a.bodyText());
            }
        }
        texts.add("");
        texts.add("عاد إلى وكراباخ ثم إلى قرة باغ، لا إلى بوتان ولا إلى باغ وحدها. بأبوظبي");
        Random random = new Random(seed);
        int compared = 0;
        for (int set = 0; set < 200; set++) {
            MatchTerms terms = randomTerms(texts.get(random.nextInt(texts.size())), random, maxNames);
            Highlighter.Prepared prepared = highlighter.prepare(terms);
            for (String text : texts) {
                List<Mark> exact = new ArrayList<>();
                List<Mark> expectedExact = new ArrayList<>();
                List<Mark> expected = formerMarks(text, terms, expectedExact);
                assertThat(prepared.marks(text, exact)).isEqualTo(expected);
                assertThat(exact).isEqualTo(expectedExact);
                compared += expected.size();
            }
            String body = texts.get(random.nextInt(texts.size()));
            assertThat(prepared.highlight(7, texts.get(0), body))
                    .isEqualTo(highlighter.prepare(terms).highlight(7, texts.get(0), body));
        }
        assertThat(compared).isGreaterThan(1_000); // the sets do mark something
    }

    /** Words, stems and name spellings of {@code text}, a few of each (sometimes none of a kind). */
    private MatchTerms randomTerms(String text, Random random, int maxNames) {
        List<Analysis.Token> words = Analysis.tokens(SahifaAnalysis.INSTANCE.exact(), IndexFields.BODY_EXACT, text);
        List<Analysis.Token> stems = Analysis.tokens(SahifaAnalysis.INSTANCE.stemmed(), IndexFields.BODY_STEM, text);
        MatchTerms terms = new MatchTerms();
        if (words.isEmpty()) {
            terms.exact.add("بوتين");
            return terms;
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            terms.exact.add(words.get(random.nextInt(words.size())).term());
        }
        for (int i = random.nextInt(4); i > 0 && !stems.isEmpty(); i--) {
            terms.stems.add(stems.get(random.nextInt(stems.size())).term());
        }
        for (int i = random.nextInt(maxNames); i > 0; i--) {
            int k = random.nextInt(words.size());
            String spelling = words.get(k).term();
            if (random.nextBoolean() && k + 1 < words.size()) {
                spelling = spelling + " " + words.get(k + 1).term();
            } else if (random.nextInt(3) == 0) {
                List<String> bare = SahifaAnalysis.INSTANCE.withoutProclitics(spelling);
                spelling = bare.isEmpty() ? spelling : bare.get(bare.size() - 1);
            }
            terms.names.add(NameKeyTerms.term(NameKey.ofNormalized(spelling), spelling));
        }
        return terms;
    }

    // ---- the former code (before decision 0113), per text ----

    private List<Mark> formerMarks(String text, MatchTerms terms, List<Mark> exactMarks) {
        List<Mark> marks = new ArrayList<>();
        if (terms.isEmpty() || text.isEmpty()) {
            return marks;
        }
        Set<String> words = new HashSet<>();
        Map<String, Set<String>> pairsByTail = new HashMap<>();
        for (String t : terms.names) {
            String spelling = NameKeyTerms.surface(t);
            int space = spelling.lastIndexOf(' ');
            if (space < 0) {
                words.add(spelling);
            } else {
                pairsByTail.computeIfAbsent(spelling.substring(space + 1), k -> new HashSet<>())
                        .add(spelling.substring(0, space));
            }
        }
        NormalizedText normalized = ArabicNormalizer.normalizeWithOffsets(text);
        for (int[] region : formerRegions(text, normalized, terms, words, pairsByTail.keySet())) {
            String part = text.substring(region[0], region[1]);
            Analysis.Token previous = null;
            for (Analysis.Token r : Analysis.tokens(SahifaAnalysis.INSTANCE.exact(), IndexFields.BODY_EXACT, part)) {
                Analysis.Token t = new Analysis.Token(r.term(), r.position(), r.start() + region[0], r.end() + region[0]);
                String word = t.term();
                if (terms.exact.contains(word)) {
                    Mark m = new Mark(t.start(), t.end());
                    marks.add(m);
                    exactMarks.add(m);
                }
                if (formerSpells(word, words)) {
                    marks.add(new Mark(t.start(), t.end()));
                }
                Set<String> heads = pairsByTail.get(word);
                if (heads != null && previous != null && formerSpells(previous.term(), heads)) {
                    marks.add(new Mark(previous.start(), t.end()));
                }
                previous = t;
            }
        }
        if (!terms.exact.containsAll(terms.stems)) {
            for (int[] region : formerRegions(text, normalized, terms, Set.of(), Set.of())) {
                String part = text.substring(region[0], region[1]);
                for (Analysis.Token t : Analysis.tokens(SahifaAnalysis.INSTANCE.stemmed(), IndexFields.BODY_STEM, part)) {
                    if (terms.stems.contains(t.term())) {
                        marks.add(new Mark(t.start() + region[0], t.end() + region[0]));
                    }
                }
            }
        }
        return Highlighter.merge(marks, text.length());
    }

    private static boolean formerSpells(String word, Set<String> spellings) {
        if (spellings.isEmpty()) {
            return false;
        }
        if (spellings.contains(word)) {
            return true;
        }
        List<String> bare = null;
        for (String s : spellings) {
            if (word.length() > s.length() && word.endsWith(s)) {
                bare = bare == null ? SahifaAnalysis.INSTANCE.withoutProclitics(word) : bare;
                if (bare.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<int[]> formerRegions(String text, NormalizedText normalized, MatchTerms terms,
                                             Set<String> names, Set<String> tails) {
        String norm = normalized.text();
        List<int[]> hits = new ArrayList<>();
        for (Set<String> needles : List.of(terms.exact, terms.stems, names, tails)) {
            for (String needle : needles) {
                if (needle.isEmpty()) {
                    continue;
                }
                for (int at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + needle.length())) {
                    hits.add(new int[] {normalized.originalStart(at), normalized.originalEnd(at + needle.length())});
                }
            }
        }
        hits.sort(Comparator.comparingInt(h -> h[0]));
        List<int[]> regions = new ArrayList<>();
        for (int[] h : hits) {
            int start = Math.max(0, h[0] - 48);
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int end = Math.min(text.length(), h[1] + 48);
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (!regions.isEmpty() && regions.get(regions.size() - 1)[1] >= start) {
                regions.get(regions.size() - 1)[1] = Math.max(regions.get(regions.size() - 1)[1], end);
            } else {
                regions.add(new int[] {start, end});
            }
        }
        return regions;
    }
}
