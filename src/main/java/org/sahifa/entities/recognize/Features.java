package org.sahifa.entities.recognize;

import org.sahifa.entities.EntityType;
import org.sahifa.entities.gazetteer.Gazetteer;

import java.util.List;

/**
 * Turns a sentence of tokens into hashed features, {@link #PER_TOKEN} per token: the word and its neighbours
 * (folded and without clitics), prefixes and suffixes (the clitic-free word's 1–4-letter prefixes, its 2-letter
 * suffix with its length), the clitic pattern, bigrams, gazetteer phrase matches (B/I, type and source) around the
 * word, given/family-name membership up to two words around it, a person title or place cue
 * before it (skipping nisba adjectives and commas: «الرئيس الروسي، فلاديمير»), the word's shape, whether it and
 * its neighbours are common Arabic words ({@link CommonWords}) and how name-like its letters are
 * ({@link NameLikeness}); and, only when word classes are given ({@link WordClusters}, not shipped: decision
 * record 0072), the word's and its neighbours' classes.
 * Features are 64-bit hashes of (template, value); no strings are built per feature.
 */
public final class Features {

    /** Features per token. */
    public static final int PER_TOKEN = 61;

    /** Positions of the features that name the word itself (hidden by word dropout in training). */
    public static final int[] WORD_IDENTITY = {1, 6, 16, 17, 29, 32, 35};

    /** Added to a name code when the given name is a foreign one (جورج، فلاديمير). */
    public static final int FOREIGN_GIVEN = 8;

    private static final long NONE = 0x5bd1e995L;
    private static final long BOS = 0x1b873593L;
    private static final long EOS = 0xcc9e2d51L;
    private static final char COMMA_AR = '\u060C';

    private final Gazetteer gazetteer;
    private final CommonWords commonWords;

    private final NameWordList nameWordList;
    private final WordClusters clusters;

    public Features(Gazetteer gazetteer) {
        this(gazetteer, CommonWords.standard(), NameWordList.standard());
    }

    public Features(Gazetteer gazetteer, CommonWords commonWords, NameWordList nameWordList) {
        this(gazetteer, commonWords, nameWordList, WordClusters.standard());
    }

    public Features(Gazetteer gazetteer, CommonWords commonWords, NameWordList nameWordList, WordClusters clusters) {
        this(gazetteer, commonWords, nameWordList, clusters, GENERATION);
    }

    /** With {@code generation} words per generation of the per-word cache (tests use small ones). */
    Features(Gazetteer gazetteer, CommonWords commonWords, NameWordList nameWordList, WordClusters clusters,
             int generation) {
        this.generation = generation;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.commonWords = commonWords;
        this.nameWordList = nameWordList;
        java.util.Set<String> names = new java.util.HashSet<>(gazetteer.nameWords());
        names.addAll(nameWordList.words());
        this.likeness = NameLikeness.of(names, commonWords);
    }

    private final NameLikeness likeness;

    /** Per-token facts shared by the features and the context rules. */
    public static final class Sentence {
        public final List<Token> tokens;
        /** Each token's per-word facts ({@link Word}); null in a sentence not made by {@link #analyse}. */
        final Word[] words;
        final long[] word;
        final long[] stem;
        final String[] stems;
        /** Gazetteer code per token: 0 none, else 1 + 2·(type·4 + source) + (inside ? 1 : 0), + 100 when weak. */
        public final int[] gaz;
        public final Gazetteer.Match[] gazMatch;
        /** 1 given name, 2 family name, 3 both, 4 a word of a curated person; + {@link #FOREIGN_GIVEN}. */
        public final int[] name;
        /** 0 none, else 1 + the number of skipped tokens between a person title and this token. */
        public final int[] title;
        /** 0 none, 1 a place cue right before this token. */
        public final int[] cue;
        /**
         * What the rest of the document says about this word (see {@link DocumentEvidence}): 0 nothing, else
         * class·100 + count bucket·10 + majority flag. Zero in the first pass.
         */
        public final int[] doc;
        /** What the training text said about this word ({@link TrainingLexicon#code}). */
        public final int[] lex;
        /** Whether the word is a common Arabic word ({@link CommonWords#code}). */
        final int[] common;
        /** How name-like the word's letters are ({@link NameLikeness#bucket}). */
        final int[] like;
        /** How often Wikidata writes the word in person names ({@link NameWordList#code}). */
        final int[] wiki;
        /** The word's distributional class ({@link WordClusters}): fine, coarse. */
        final int[] fine;
        final int[] coarse;

        Sentence(List<Token> tokens) {
            this.tokens = tokens;
            int n = tokens.size();
            words = new Word[n];
            word = new long[n];
            stem = new long[n];
            stems = new String[n];
            gaz = new int[n];
            gazMatch = new Gazetteer.Match[n];
            name = new int[n];
            title = new int[n];
            cue = new int[n];
            doc = new int[n];
            lex = new int[n];
            common = new int[n];
            like = new int[n];
            wiki = new int[n];
            fine = new int[n];
            coarse = new int[n];
        }

        public int size() {
            return tokens.size();
        }

        /** The clitic- and article-free form of token {@code i} (what document evidence is keyed by). */
        public String stem(int i) {
            return stems[i];
        }
    }

    /** Computes the per-token facts of a sentence. */
    public Sentence analyse(List<Token> tokens) {
        Sentence s = new Sentence(tokens);
        int n = tokens.size();
        boolean[] phraseStart = new boolean[n];
        boolean[] triggerEnd = new boolean[n];
        Recent recent = this.recent.get();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            Word w = word(t, recent);
            s.words[i] = w;
            s.word[i] = w.hash;
            s.stems[i] = w.stem;
            s.stem[i] = w.stemHash;
            s.name[i] = w.name;
            s.common[i] = w.common;
            s.like[i] = w.like;
            s.wiki[i] = w.wiki;
            s.fine[i] = w.fine;
            s.coarse[i] = w.coarse;
            phraseStart[i] = w.phraseStart;
            triggerEnd[i] = w.triggerEnd;
        }
        for (int i = 0; i < n; ) {
            Gazetteer.Match m = phraseStart[i] ? gazetteer.match(tokens, i) : null;
            if (m == null) {
                i++;
                continue;
            }
            int base = 1 + 2 * (m.entry().type().ordinal() * 4 + m.entry().source().ordinal()) + (m.weak() ? WEAK : 0);
            for (int k = 0; k < m.length(); k++) {
                s.gaz[i + k] = base + (k == 0 ? 0 : 1);
                s.gazMatch[i + k] = m;
            }
            i += m.length();
        }
        for (int i = 0; i < n; i++) {
            int j = i - 1;
            int skipped = 0;
            while (j >= 0 && skipped < 2 && (isNisba(tokens.get(j)) || isComma(tokens.get(j)))) {
                j--;
                skipped++;
            }
            if (j >= 0 && triggerEnd[j] && gazetteer.titleEndingAt(tokens, j) > 0) {
                s.title[i] = 1 + skipped;
            }
            if (i > 0 && triggerEnd[i - 1] && gazetteer.placeCueEndingAt(tokens, i - 1) > 0) {
                s.cue[i] = 1;
            }
        }
        return s;
    }

    /**
     * What does not depend on a word's context, computed once per distinct word (news repeats words a lot): its
     * facts, and the keys of the features that are a function of this one word ({@link #WORD_SLOT}), which
     * {@link #extract} copies and the models look up once per word ({@link ModelPair}).
     */
    static final class Word {
        final long hash;
        final String stem;
        final long stemHash;
        final int name;
        final int common;
        final int like;
        final int wiki;
        final int fine;
        final int coarse;
        final boolean phraseStart;
        final boolean triggerEnd;
        /** The keys of the word's own features and of the features that see it as a neighbour: {@link #WORD_SLOT}. */
        final long[] keys;
        /** What a model pair found for {@link #keys} ({@link ModelPair#entries}): set once by the first look-up. */
        Object lookups;

        Word(String f, boolean isWord, long hash, String stem, long stemHash, int name, int common, int like,
             int wiki, int fine, int coarse, boolean phraseStart, boolean triggerEnd) {
            this.hash = hash;
            this.stem = stem;
            this.stemHash = stemHash;
            this.name = name;
            this.common = common;
            this.like = like;
            this.wiki = wiki;
            this.fine = fine;
            this.coarse = coarse;
            this.phraseStart = phraseStart;
            this.triggerEnd = triggerEnd;
            this.keys = wordKeys(f, isWord, hash, stem, stemHash);
        }
    }

    /**
     * Per feature position, the slot of {@link Word#keys} that holds its key when the key is a function of one
     * word (the token's own or a neighbour's, {@link #WORD_OFFSET}), else -1. The keys are computed by the same
     * expressions {@link #extract} used to compute per token.
     */
    static final int[] WORD_SLOT = new int[PER_TOKEN];
    /** Per feature position with a {@link #WORD_SLOT}: which token's word it is, relative to the token (-2 .. 2). */
    static final int[] WORD_OFFSET = new int[PER_TOKEN];
    /** The feature positions of {@link Word#keys}, in slot order, and their token offsets. */
    private static final int[] SLOT_POSITION = {1, 6, 9, 10, 11, 12, 13, 14, 15, 27, 33, 42, 43, 2, 7, 3, 8, 4, 5};
    private static final int[] SLOT_OFFSET = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 1, 1, -2, 2};
    /** The number of {@link Word#keys}. */
    static final int WORD_KEYS = SLOT_POSITION.length;

    static {
        java.util.Arrays.fill(WORD_SLOT, -1);
        for (int j = 0; j < SLOT_POSITION.length; j++) {
            WORD_SLOT[SLOT_POSITION[j]] = j;
            WORD_OFFSET[SLOT_POSITION[j]] = SLOT_OFFSET[j];
        }
    }

    /** The keys of {@link #SLOT_POSITION}'s features for the word folded {@code f} (stem {@code st}). */
    private static long[] wordKeys(String f, boolean isWord, long hash, String st, long stemHash) {
        long[] k = new long[WORD_KEYS];
        k[0] = mix(1, hash);
        k[1] = mix(6, stemHash);
        k[2] = mix(9, prefix(st, 1));
        k[3] = mix(10, prefix(st, 2));
        k[4] = mix(11, prefix(st, 3));
        k[5] = mix(12, suffix(f, 1));
        k[6] = mix(13, suffix(f, 2));
        k[7] = mix(14, suffix(f, 3));
        k[8] = mix(15, isWord ? Clitics.pattern(f) : 99);
        k[9] = mix(27, shape(f, isWord));
        k[10] = mix(33, suffix(f, 4));
        k[11] = mix(42, prefix(st, 4));
        k[12] = mix(43, mix(suffix(st, 2), Math.min(st.length(), 9)));
        k[13] = mix(2, hash);
        k[14] = mix(7, stemHash);
        k[15] = mix(3, hash);
        k[16] = mix(8, stemHash);
        k[17] = mix(4, hash);
        k[18] = mix(5, hash);
        return k;
    }

    /**
     * Words computed lately; when it holds {@link #generation} words it becomes {@link #older} and a new one starts.
     * A word found only in the older generation is moved to the new one, so the words a text keeps using stay.
     * Two generations hold as many words as the single map did before, which was emptied all at once when full,
     * so that every frequent word was computed again (60,000 extra computations in an import of SaudiNewsNet).
     */
    private volatile java.util.concurrent.ConcurrentHashMap<String, Word> words = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.concurrent.ConcurrentHashMap<String, Word> older = new java.util.concurrent.ConcurrentHashMap<>();
    /** Words per generation of the cache (two generations at most are held). */
    static final int GENERATION = 100_000;
    private final int generation;

    /**
     * The words this thread looked up lately, by string identity: a direct-mapped table of {@value #RECENT} slots
     * that is small enough to stay in the processor's cache. The tokenizer hands out the same string instance for
     * a repeated word ({@link FoldCache}), so most tokens are answered here with one read of a slot, without the
     * shared map's hash-table and entry reads (each a cache miss in a table of 200,000 words). A word is a
     * function of its string alone, so where it is found does not change it. Punctuation tokens, which the shared
     * map does not hold, have a table of their own. One thread's.
     */
    private static final class Recent {
        final String[] keys = new String[RECENT];
        final Word[] words = new Word[RECENT];
        final String[] otherKeys = new String[OTHER];
        final Word[] otherWords = new Word[OTHER];
    }

    /** Slots of a thread's table of recent non-word tokens (punctuation). */
    private static final int OTHER = 1 << 8;

    /** Slots of a thread's {@link Recent} table. */
    private static final int RECENT = 1 << 13;
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    private Word word(Token t, Recent recent) {
        String f = t.fold();
        int hc = f.hashCode();
        if (!t.word()) { // punctuation (mostly the tokenizer's one string per character): its own small table
            int at = (hc ^ (hc >>> 7)) & (OTHER - 1);
            if (recent.otherKeys[at] == f) {
                return recent.otherWords[at];
            }
            long h = hash(f);
            Word w = new Word(f, false, h, f, h, 0, CommonWords.UNKNOWN, 0, 0, 0, 0, false, false);
            recent.otherKeys[at] = f;
            recent.otherWords[at] = w;
            return w;
        }
        int slot = (hc ^ (hc >>> 13)) & (RECENT - 1);
        if (recent.keys[slot] == f) {
            return recent.words[slot];
        }
        Word w = word(f);
        recent.keys[slot] = f;
        recent.words[slot] = w;
        return w;
    }

    /** The word of the folded word {@code f}, from the shared per-word cache or computed. */
    private Word word(String f) {
        java.util.concurrent.ConcurrentHashMap<String, Word> current = words;
        Word w = current.get(f);
        if (w != null) {
            return w;
        }
        w = older.get(f);
        if (w == null) {
            w = compute(f);
        }
        if (current.size() >= generation) {
            synchronized (this) {
                if (words == current) {
                    older = current;
                    words = new java.util.concurrent.ConcurrentHashMap<>();
                }
            }
        }
        words.put(f, w);
        return w;
    }

    /** The sizes of the per-word cache's generations, the current one first (for tests). */
    int[] cacheSizes() {
        return new int[] {words.size(), older.size()};
    }

    private Word compute(String f) {
        String stem = Clitics.stem(f);
        int code = 0;
        if (gazetteer.isGivenName(f)) {
            code |= 1;
        }
        if (gazetteer.isFamilyName(f)) {
            code |= 2;
        }
        if (code == 0 && gazetteer.isNameWord(f)) {
            code = 4;
        }
        if (gazetteer.isForeignGivenName(f)) {
            code |= FOREIGN_GIVEN;
        }
        return new Word(f, true, hash(f), stem, hash(stem), code, commonWords.code(f), likeness.bucket(stem), nameWordList.code(f),
                clusters.fine(stem), clusters.coarse(stem), gazetteer.mayStartPhrase(f), gazetteer.mayEndTrigger(f));
    }

    /** An adjective of relation with the article: الروسي، الأمريكية. */
    public static boolean isNisba(Token t) {
        String f = t.fold();
        return t.word() && f.length() > 4 && f.startsWith("\u0627\u0644")
                && (f.endsWith("\u064A") || f.endsWith("\u064A\u0647"));
    }

    static boolean isComma(Token t) {
        return !t.word() && t.fold().length() == 1 && (t.fold().charAt(0) == ',' || t.fold().charAt(0) == COMMA_AR);
    }

    private static final long MIX_2_BOS = mix(2, BOS);
    private static final long MIX_3_EOS = mix(3, EOS);
    private static final long MIX_4_BOS = mix(4, BOS);
    private static final long MIX_5_EOS = mix(5, EOS);
    private static final long MIX_7_BOS = mix(7, BOS);
    private static final long MIX_8_EOS = mix(8, EOS);

    /** Writes the features of every token into {@code out} ({@link #PER_TOKEN} per token). */
    public long[] extract(Sentence s, long[] out) {
        int n = s.size();
        if (out == null || out.length < n * PER_TOKEN) {
            out = new long[n * PER_TOKEN];
        }
        extract(s, out, 0);
        return out;
    }

    /** Writes the features of every token into {@code out} from {@code offset} on ({@link #PER_TOKEN} per token). */
    public void extract(Sentence s, long[] out, int offset) {
        int n = s.size();
        for (int i = 0; i < n; i++) {
            int o = offset + i * PER_TOKEN;
            Token t = s.tokens.get(i);
            long wm1 = i > 0 ? s.word[i - 1] : BOS;
            long wp1 = i + 1 < n ? s.word[i + 1] : EOS;
            out[o] = mix(0, 1);
            long[] own = s.words[i].keys;
            out[o + 1] = own[0];
            out[o + 2] = i > 0 ? s.words[i - 1].keys[13] : MIX_2_BOS;
            out[o + 3] = i + 1 < n ? s.words[i + 1].keys[15] : MIX_3_EOS;
            out[o + 4] = i > 1 ? s.words[i - 2].keys[17] : MIX_4_BOS;
            out[o + 5] = i + 2 < n ? s.words[i + 2].keys[18] : MIX_5_EOS;
            out[o + 6] = own[1];
            out[o + 7] = i > 0 ? s.words[i - 1].keys[14] : MIX_7_BOS;
            out[o + 8] = i + 1 < n ? s.words[i + 1].keys[16] : MIX_8_EOS;
            System.arraycopy(own, 2, out, o + 9, 7); // 9 .. 15

            out[o + 16] = mix(16, mix(wm1, s.word[i]));
            out[o + 17] = mix(17, mix(s.word[i], wp1));
            int g = s.gaz[i];
            int gm1 = i > 0 ? s.gaz[i - 1] : -1;
            int gp1 = i + 1 < n ? s.gaz[i + 1] : -1;
            out[o + 18] = mix(18, g);
            out[o + 19] = mix(19, gm1);
            out[o + 20] = mix(20, gp1);
            out[o + 21] = mix(21, g * 1000L + gp1);
            out[o + 22] = mix(22, s.name[i]);
            out[o + 23] = mix(23, i > 0 ? s.name[i - 1] : -1);
            out[o + 24] = mix(24, i + 1 < n ? s.name[i + 1] : -1);
            out[o + 25] = mix(25, s.title[i]);
            out[o + 26] = mix(26, s.cue[i]);
            out[o + 27] = own[9];
            out[o + 28] = mix(28, t.lineStart() ? 1 : 0);
            out[o + 29] = mix(29, mix(s.stem[i], s.title[i] * 16L + s.cue[i]));
            out[o + 30] = mix(30, s.name[i] * 64L + (g == 0 ? 0 : gazType(g) + 1) * 8 + s.title[i]);
            int nisba = (i > 0 && isNisba(s.tokens.get(i - 1)) ? 1 : 0) + (i > 1 && isNisba(s.tokens.get(i - 2)) ? 2 : 0);
            out[o + 31] = mix(31, nisba);
            out[o + 32] = mix(32, mix(nisba, s.stem[i]));
            out[o + 33] = own[10];
            out[o + 34] = mix(34, mix(wm1, s.name[i]));
            out[o + 35] = mix(35, mix(i > 0 ? s.stem[i - 1] : BOS, s.stem[i]));
            documentFeatures(s, i, out, o);
            out[o + 39] = mix(39, s.lex[i]);
            out[o + 40] = mix(40, i > 0 ? s.lex[i - 1] : -1);
            out[o + 41] = mix(41, i + 1 < n ? s.lex[i + 1] : -1);
            out[o + 42] = own[11];
            out[o + 43] = own[12];
            out[o + 44] = mix(44, i > 1 ? s.name[i - 2] : -1);
            out[o + 45] = mix(45, i + 2 < n ? s.name[i + 2] : -1);
            out[o + 46] = mix(46, s.common[i]);
            out[o + 47] = mix(47, i > 0 ? s.common[i - 1] : -1);
            out[o + 48] = mix(48, i + 1 < n ? s.common[i + 1] : -1);
            out[o + 49] = mix(49, s.common[i] * 1000L + s.name[i] * 10L + Math.min(s.title[i], 3));
            out[o + 50] = mix(50, s.like[i]);
            out[o + 51] = mix(51, s.like[i] * 10L + s.common[i]);
            out[o + 52] = mix(52, s.wiki[i]);
            out[o + 53] = mix(53, i > 0 ? s.wiki[i - 1] : -1);
            out[o + 54] = mix(54, i + 1 < n ? s.wiki[i + 1] : -1);
            out[o + 55] = mix(55, s.wiki[i] * 10L + s.common[i]);
            if (clusters.size() > 0) {
                out[o + 56] = mix(56, s.fine[i]);
                out[o + 57] = mix(57, s.coarse[i]);
                out[o + 58] = mix(58, i > 0 ? s.fine[i - 1] : -1);
                out[o + 59] = mix(59, i + 1 < n ? s.fine[i + 1] : -1);
                out[o + 60] = mix(60, s.fine[i] * 100L + s.common[i] * 10L + s.wiki[i]);
            } else { // no word classes (the shipped configuration): 0 is no feature, skipped by training and decoding
                for (int k = 56; k <= 60; k++) {
                    out[o + k] = 0;
                }
            }
        }
    }

    /**
     * Rewrites the features that depend on document evidence ({@link Sentence#doc}, which
     * {@link DocumentEvidence} fills after the first pass) in features {@link #extract(Sentence, long[], int)}
     * wrote at {@code offset}: the same as extracting them all again, for a fraction of the work.
     */
    public void updateDocumentFeatures(Sentence s, long[] out, int offset) {
        for (int i = 0; i < s.size(); i++) {
            documentFeatures(s, i, out, offset + i * PER_TOKEN);
        }
    }

    private static void documentFeatures(Sentence s, int i, long[] out, int o) {
        int n = s.size();
        out[o + 36] = mix(36, s.doc[i]);
        out[o + 37] = mix(37, i > 0 ? s.doc[i - 1] : -1);
        out[o + 38] = mix(38, i + 1 < n ? s.doc[i + 1] : -1);
    }

    /** Added to the gazetteer code of a weak match. */
    static final int WEAK = 100;

    private static int gazType(int code) {
        return (((code % WEAK) - 1) / 2) / 4;
    }

    /** The entity type of a gazetteer code, or {@code null}. */
    public static EntityType gazEntityType(int code) {
        return code == 0 ? null : EntityType.values()[gazType(code)];
    }

    private static long shape(String f, boolean isWord) {
        if (!isWord) {
            return 1000 + f.hashCode() % 50;
        }
        boolean digit = false;
        boolean latin = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            digit |= c >= '0' && c <= '9';
            latin |= c >= 'a' && c <= 'z';
        }
        return Math.min(f.length(), 12) * 4 + (digit ? 1 : 0) + (latin ? 2 : 0);
    }

    private static long prefix(String s, int k) {
        return s.length() <= k ? NONE + k : hash(s, 0, k);
    }

    private static long suffix(String s, int k) {
        return s.length() <= k ? NONE + k : hash(s, s.length() - k, s.length());
    }

    static long hash(String s) {
        return hash(s, 0, s.length());
    }

    /** FNV-1a over UTF-16 units. */
    static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return h == 0 ? 1 : h;
    }
}
