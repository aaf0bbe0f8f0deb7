package org.sahifa.search;

import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.NameKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Whether two spellings of a name that differ by a written vowel letter (جيزان / جازان, بارما / بورما) write one
 * name, decided by the words around each spelling in the library (decision 0125): letters cannot tell such a pair
 * from a real confusable, the names the recogniser tagged in the articles that write each spelling can (جازان and
 * جيزان both come with نجران, عسير; بارما with يوفنتوس, بورما with ميانمار).
 *
 * <p>A spelling's {@linkplain Signature signature}: the articles that write it as a word ({@code body.exact}), at
 * most the {@value #MAX_ARTICLES} with the highest article ids; for each word the recogniser tagged in those
 * articles ({@link NameWords#articleTaggedWords}, what the archive's {@code name.tagged} holds), in how many of them,
 * kept from {@value #MIN_COUNT} articles. Two signatures are compared by the cosine of their weighted
 * {@value #TOP} most frequent context words (the spellings' own words left out), each weighted by its share of the
 * spelling's articles times its rarity in the library ({@code ln(1 + articles / (1 + tagged))}). Below
 * {@value #MIN_ARTICLES} articles on either side, or with no context word, the answer is "not known to be
 * the same" and letters decide as before.
 *
 * <p>The library ({@link LibraryIndex}) and the archive client (over the whole collection, through Solr facets
 * on {@code name.tagged}) compute the same signatures and call the same {@link #compare}; the shards are told the
 * answers. Thread-safe; no instances.
 */
public final class SpellingContext {

    /**
     * {@code -Dsahifa.search.context=false} leaves the context out (letters decide alone, as before decision 0125):
     * to measure before and after with one build.
     */
    public static final boolean ENABLED = !"false".equals(System.getProperty("sahifa.search.context"));

    /** Articles a spelling is read in at most: the ones with the highest ids (a deterministic cap on the work). */
    public static final int MAX_ARTICLES = 500;
    /** A context word counts from this many of the spelling's articles. */
    public static final int MIN_COUNT = 2;
    /** Context words compared per spelling. */
    static final int TOP = 40;
    /** Articles each spelling needs before its context is evidence. */
    static final int MIN_ARTICLES = 3;
    /** Cosine from which two spellings are one name. */
    static final double SAME = 0.6;
    /**
     * Cosine from which a rare spelling is one name with a spelling one vowel letter away and written in at least
     * {@value #RARE_RATIO} times as many articles: a writer's other spelling of an established name (جيزان of
     * جازان), where two established names (غانا, غينيا; رايس, رويس) share the context of their kind as much.
     */
    static final double SAME_RARE = 0.3;
    /**
     * Cosine from which two spellings that share one full name (one person written both ways: سانشيز / سانشيس
     * اليكسيس) are one name (decision 0130): two weaker evidences together. On the development pairs left to the
     * context, the confusables that share a full name (لويس / لويز, باراك / بارك) have cosines up to 0.15, the
     * variants that share one mostly 0.3 to 0.58.
     */
    static final double SAME_WITH_ONE_NAME = 0.3;
    /**
     * {@code -Dsahifa.search.oneNameWithContext=false} leaves out {@link #SAME_WITH_ONE_NAME} (to measure before and
     * after with one build).
     */
    static final boolean ONE_NAME_WITH_CONTEXT = !"false".equals(System.getProperty("sahifa.search.oneNameWithContext"));
    /** How many times more articles write the usual spelling than a rare one. */
    static final int RARE_RATIO = 5;

    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';
    private static final char YEH = '\u064A';
    private static final char HEH = '\u0647';
    private static final char TEH_MARBUTA = '\u0629';

    /**
     * The context of one spelling.
     *
     * @param written  the articles that write the spelling
     * @param articles the articles read (at most {@link #MAX_ARTICLES} of them)
     * @param counts   for each tagged word seen in at least {@link #MIN_COUNT} of them, in how many
     */
    public record Signature(long written, long articles, Map<String, Long> counts) {

        /** No article writes the spelling. */
        public static final Signature NONE = new Signature(0, 0, Map.of());

        public Signature {
            counts = Map.copyOf(counts);
        }
    }

    private SpellingContext() {
    }

    /**
     * True when two normalised one-word Arabic spellings differ only by one or two written vowel letters (ا و ي)
     * inside the word (جيزان / جازان, ماريلاند / ميريلاند; not at its start, where و is a conjunction and ي a verb's
     * prefix, nor at its end, where a vowel tells روسيا from روسي and ماريا from ماريو), both at least 4 letters and neither native-looking (a given name, ال, or a
     * letter of ع ح ض ظ ذ ث: سعد / سعيد stay apart): the pairs whose candidacy only context can decide.
     */
    public static boolean vowelLetterPair(String a, String b) {
        if (!ENABLED || a.equals(b) || a.length() < 4 || b.length() < 4 || !isForeignLooking(a) || !isForeignLooking(b)) {
            return false;
        }
        String sa = skeleton(a);
        if (sa.length() < 2 || !sa.equals(skeleton(b)) || a.charAt(0) != b.charAt(0)
                || a.charAt(a.length() - 1) != b.charAt(b.length() - 1)) {
            return false;
        }
        return editDistance(a, b) <= 2;
    }

    /**
     * {@code -Dsahifa.search.consonantPairs=false} leaves out the consonant pairs of {@link #contextPair} (decision
     * 0130): to measure before and after with one build.
     */
    static final boolean CONSONANT_PAIRS = !"false".equals(System.getProperty("sahifa.search.consonantPairs"));

    /**
     * The pairs search leaves to the library's context (decision 0130): a {@link #vowelLetterPair}, or two spellings
     * whose letters other than ا و ي differ at one or two places, each by two letters of one consonant class of the
     * name key (ج / خ: سيرجيو / سيرخيو, جوان / خوان; ك / خ: يواكيم / يواخيم; ج / ك: انجلترا / انكلترا; a final س / ز after a
     * vowel: ديفيز / ديفيس, سانشيز / سانشيس) or by an ه one of them writes (هولاند / اولاند; Portuguese nh: مورينهو /
     * مورينيو), at most two letter edits in all. The alternations the letters reject because the name pairs write
     * them for different Latin letters too (decision 0129: ج / خ 0.105, a final s / z after a vowel) or not at all:
     * the words around both spellings, or the full names they are tagged in, tell a writer's other spelling of one
     * name (سيرخيو راموس / سيرجيو راموس) from two names (لويس / لويز). Both at least 4 letters, neither
     * native-looking, and the same last letter unless both end in a consonant (a final vowel carries grammar: روسي /
     * روسيا).
     */
    public static boolean contextPair(String a, String b) {
        if (!ENABLED || a.equals(b) || a.length() < 4 || b.length() < 4 || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        // the letters first (cheap, and most words of a name key differ there), then the name tests and the edits
        String sa = skeleton(a);
        String sb = skeleton(b);
        if (sa.length() < 2 || sb.length() < 2) {
            return false;
        }
        boolean candidate;
        if (sa.equals(sb)) {
            // a vowelLetterPair
            candidate = a.charAt(0) == b.charAt(0) && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
        } else {
            char la = a.charAt(a.length() - 1);
            char lb = b.charAt(b.length() - 1);
            candidate = CONSONANT_PAIRS && (la == lb || !isVowelLetter(la) && !isVowelLetter(lb))
                    && (sa.length() == sb.length() ? keyClassDifferences(sa, sb) : oneHehApart(sa, sb));
        }
        return candidate && isForeignLooking(a) && isForeignLooking(b) && editDistance(a, b) <= 2;
    }

    /** True when two skeletons of one length differ at one or two places, each by letters of one key class. */
    private static boolean keyClassDifferences(String sa, String sb) {
        int differences = 0;
        for (int i = 0; i < sa.length(); i++) {
            char x = sa.charAt(i);
            char y = sb.charAt(i);
            if (x != y) {
                char k = NameKey.consonantClass(x);
                if (k == 0 || k != NameKey.consonantClass(y) || ++differences > 2) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when one skeleton is the other with one ه more. */
    private static boolean oneHehApart(String sa, String sb) {
        String longer = sa.length() > sb.length() ? sa : sb;
        String shorter = sa.length() > sb.length() ? sb : sa;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if (longer.charAt(i) == HEH && longer.regionMatches(0, shorter, 0, i)
                    && longer.regionMatches(i + 1, shorter, i, shorter.length() - i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowelLetter(char c) {
        return c == ALEF || c == WAW || c == YEH || c == HEH || c == TEH_MARBUTA;
    }

    /**
     * The signature of a spelling from the articles read and each tagged word's count among them (every count;
     * those under {@link #MIN_COUNT} are dropped here, as the archive's facet drops them).
     */
    public static Signature signature(long written, long articles, Map<String, Long> counts) {
        Map<String, Long> kept = new HashMap<>();
        counts.forEach((w, n) -> {
            if (n >= MIN_COUNT) {
                kept.put(w, n);
            }
        });
        return new Signature(written, articles, kept);
    }

    /**
     * {@code -Dsahifa.search.fullNames=false} leaves out the full names' evidence ({@link SharedFullNames}, decision
     * 0126): to measure before and after with one build.
     */
    public static final boolean FULL_NAMES = !"false".equals(System.getProperty("sahifa.search.fullNames"));

    /**
     * The verdict search takes on two spellings a written vowel letter apart, from their signatures: one name when
     * the words around them agree ({@link #compare}, decision 0125) or they share the full names they are tagged in
     * ({@link SharedFullNames}, decision 0126); both need {@value #MIN_ARTICLES} articles.
     */
    public static boolean sameName(String a, Signature sa, SharedFullNames.FullNames fa, String b, Signature sb,
                                   SharedFullNames.FullNames fb, ToLongFunction<String> tagged, long total) {
        if (sa.articles() < MIN_ARTICLES || sb.articles() < MIN_ARTICLES) {
            return false;
        }
        if (compare(a, sa, b, sb, tagged, total)) {
            return true;
        }
        if (!FULL_NAMES) {
            return false;
        }
        int shared = SharedFullNames.sharedNames(a, fa, b, fb);
        return shared >= SharedFullNames.MIN_SHARED
                || ONE_NAME_WITH_CONTEXT && shared >= 1 && similarity(a, sa, b, sb, tagged, total) >= SAME_WITH_ONE_NAME;
    }

    /**
     * False when {@link #sameName} is false for the spelling with this signature and these full names whatever the
     * other spelling: too few articles, and neither a tagged word around it nor a full name it is tagged in. Lets a
     * caller skip reading the other spelling's articles (a library without recognised names, as the 310k bench).
     */
    public static boolean mayShareContext(Signature s, SharedFullNames.FullNames f) {
        return s.articles() >= MIN_ARTICLES
                && (!s.counts().isEmpty() || !f.after().isEmpty() || !f.before().isEmpty());
    }

    /**
     * True when the context says spellings {@code a} and {@code b} write one name, from their signatures; {@code tagged} gives each word's
     * tagged count in the library or collection ({@link NameWords#wordCounts}), {@code total} its number of articles.
     */
    public static boolean compare(String a, Signature sa, String b, Signature sb, ToLongFunction<String> tagged,
                                  long total) {
        if (sa.articles() < MIN_ARTICLES || sb.articles() < MIN_ARTICLES) {
            return false;
        }
        String key = NameKey.ofNormalized(a);
        String keyB = NameKey.ofNormalized(b);
        Map<String, Double> va = weights(sa, key, keyB, tagged, total);
        Map<String, Double> vb = weights(sb, key, keyB, tagged, total);
        if (va.isEmpty() || vb.isEmpty()) {
            return false;
        }
        double cos = cosine(va, vb);
        long rare = Math.min(sa.written(), sb.written());
        long usual = Math.max(sa.written(), sb.written());
        boolean rareSpelling = usual >= RARE_RATIO * rare && editDistance(a, b) == 1;
        return cos >= SAME || rareSpelling && cos >= SAME_RARE;
    }

    /**
     * Cosine below which two spellings are written in different contexts (decision 0176): the confusables of the
     * development parts lie under 0.03 (السويد / الزويد, ريونيون / روني, كينيا / كنون), the variants the letters join and
     * the context does not at 0.1 and above (هارفارد / هارفرد 0.10, اسكتلندا / اسكوتلندا 0.29, البنتاغون / البنتاجون 0.40).
     */
    static final double DIFFERENT = 0.05;

    /**
     * True when two spellings, each written in at least {@value #MIN_ARTICLES} articles, are written in different
     * contexts: the cosine of their context under {@value #DIFFERENT} and no full name shared (decision 0176).
     */
    public static boolean differentContexts(String a, Signature sa, SharedFullNames.FullNames fa, String b,
                                            Signature sb, SharedFullNames.FullNames fb, ToLongFunction<String> tagged,
                                            long total) {
        return sa.articles() >= MIN_ARTICLES && sb.articles() >= MIN_ARTICLES
                && similarity(a, sa, b, sb, tagged, total) < DIFFERENT && SharedFullNames.sharedNames(a, fa, b, fb) == 0;
    }

    /** The cosine of the two spellings' weighted context (for tests and reports). */
    static double similarity(String a, Signature sa, String b, Signature sb, ToLongFunction<String> tagged,
                             long total) {
        String key = NameKey.ofNormalized(a);
        String keyB = NameKey.ofNormalized(b);
        return cosine(weights(sa, key, keyB, tagged, total), weights(sb, key, keyB, tagged, total));
    }

    /** The weighted context words of both spellings, best first (for reports). */
    static String describe(String a, Signature sa, String b, Signature sb, ToLongFunction<String> tagged, long total) {
        String key = NameKey.ofNormalized(a);
        String keyB = NameKey.ofNormalized(b);
        StringBuilder out = new StringBuilder();
        for (Signature s : List.of(sa, sb)) {
            Map<String, Double> w = weights(s, key, keyB, tagged, total);
            List<Map.Entry<String, Double>> e = new ArrayList<>(w.entrySet());
            e.sort(Map.Entry.<String, Double>comparingByValue(Collections.reverseOrder()));
            out.append(s == sa ? a : b).append(':');
            for (int i = 0; i < e.size() && i < 20; i++) {
                out.append(String.format(java.util.Locale.ROOT, " %s %.2f", e.get(i).getKey(), e.get(i).getValue()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * The context of a signature that counts, the {@link #TOP} most frequent: the words tagged in the spelling's
     * articles (not the spellings' own, by name key; a word behind the article ال as its bare form, which the
     * tagged words also hold), and the words tagged together with the spelling, as a slot ({@code سوزان _},
     * {@code _ بيساو}): the name's own first name or place word, which a variant shares and a confusable rarely.
     */
    static List<Map.Entry<String, Long>> contextWords(Signature s, String key, String keyB) {
        Map<String, Long> tokens = new HashMap<>();
        for (Map.Entry<String, Long> e : s.counts().entrySet()) {
            String t = token(e.getKey(), key, keyB);
            if (t != null) {
                tokens.merge(t, e.getValue(), Math::max);
            }
        }
        List<Map.Entry<String, Long>> entries = new ArrayList<>(tokens.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Collections.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries.size() > TOP ? entries.subList(0, TOP) : entries;
    }

    private static final String SLOT = "_ ";
    private static final String SLOT_AFTER = " _";

    /** The context token of a tagged word or pair, or null when it does not count. */
    private static String token(String w, String key, String keyB) {
        int space = w.indexOf(' ');
        if (space < 0) {
            if (w.length() < 2 || w.length() >= 5 && w.startsWith("ال")) {
                return null;
            }
            String k = NameKey.ofNormalized(w);
            return k.isEmpty() || k.equals(key) || k.equals(keyB) ? null : w;
        }
        String first = w.substring(0, space);
        String second = w.substring(space + 1);
        boolean own1 = isOwn(first, key, keyB);
        boolean own2 = isOwn(second, key, keyB);
        if (own1 == own2 || second.indexOf(' ') >= 0) {
            return null;
        }
        return own1 ? SLOT + bare(second) : bare(first) + SLOT_AFTER;
    }

    private static boolean isOwn(String w, String key, String keyB) {
        String k = NameKey.ofNormalized(bare(w));
        return !k.isEmpty() && (k.equals(key) || k.equals(keyB));
    }

    private static String bare(String w) {
        return w.length() >= 5 && w.startsWith("ال") ? w.substring(2) : w;
    }

    private static Map<String, Double> weights(Signature s, String key, String keyB, ToLongFunction<String> tagged,
                                               long total) {
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Long> e : contextWords(s, key, keyB)) {
            String t = e.getKey();
            double share = (double) e.getValue() / s.articles();
            String partner = t.startsWith(SLOT) ? t.substring(SLOT.length()) : t.endsWith(SLOT_AFTER)
                    ? t.substring(0, t.length() - SLOT_AFTER.length()) : t;
            double rarity = Math.log1p((double) total / (1 + Math.max(0, tagged.applyAsLong(partner))));
            out.merge(t, share * rarity, Double::sum);
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            na += e.getValue() * e.getValue();
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        for (double v : b.values()) {
            nb += v * v;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The letters without ا و ي. */
    static String skeleton(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != ALEF && c != WAW && c != YEH) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * An Arabic word that may transliterate a foreign name: Arabic letters only, not a given name of the shipped
     * lexicon, not behind the article, none of ع ح ض ظ ذ ث (the letters Arabic hardly uses for foreign sounds).
     */
    static boolean isForeignLooking(String w) {
        if (w.startsWith("ال") || ArabicGivenNames.lexicon().isName(w)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < '\u0621' || c > '\u064A' || "عحضظذث".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
