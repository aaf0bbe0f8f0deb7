package org.sahifa.search;

import org.sahifa.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short form the press writes for an institution whose Arabic name the English-names list gives (decision 0174):
 * after the full name, or alone where the reader knows it, the press writes its first two words — «مجلس التعاون» for
 * «مجلس التعاون لدول الخليج العربية» (GCC), «مؤسسة النقد» for «مؤسسة النقد العربي السعودي» (SAMA). An Arabic name of
 * at least {@value #MIN_WORDS} words is also searched by its two-word head when
 * <ul>
 *   <li>the head is a construct with a definite genitive ({@link #isConstruct}: مجلس التعاون; not the noun and
 *       adjective الوكالة الدولية of the IAEA),</li>
 *   <li>no other name of the list starts with that head (صندوق النقد is the IMF's and the Arab Monetary Fund's), and</li>
 *   <li>the library says the head stands for this name: at least half of the articles that write the head write one
 *       of the name's full forms too ({@link QueryIndex#articlesWriting}; a head written mostly for other bodies —
 *       «وزارة الخارجية» of every country — is not this one's).</li>
 * </ul>
 * An index that cannot count phrases (an archive client) answers no evidence, and the names stay as listed.
 * Thread-safe; no instances.
 */
final class InstitutionShortNames {

    private static final String ARTICLE = "\u0627\u0644";
    /** Fewest words of an Arabic name whose head is searched. */
    static final int MIN_WORDS = 3;
    /** Words of the head. */
    static final int HEAD_WORDS = 2;
    /** One article in this many that write the head writes the full name too. */
    static final int SHARE = 2;

    private InstitutionShortNames() {
    }

    private static final class Holder {
        /** The normalised heads of the list's long Arabic names, with how many different names start with each. */
        static final Map<String, Integer> OWNERS = owners(EnglishNames.standard());
    }

    static Map<String, Integer> owners(EnglishNames english) {
        Map<String, Set<List<String>>> byHead = new HashMap<>();
        for (String key : english.keys()) {
            List<String> arabic = english.arabicOf(key);
            for (String name : arabic) {
                List<String> words = words(name);
                if (words.size() >= MIN_WORDS) {
                    byHead.computeIfAbsent(String.join(" ", words.subList(0, HEAD_WORDS)), h -> new HashSet<>())
                            .add(arabic);
                }
            }
        }
        Map<String, Integer> out = new HashMap<>();
        byHead.forEach((h, names) -> out.put(h, names.size()));
        return out;
    }

    /** The Arabic names of one English name ({@code arabic}, as listed) and the short forms the library confirms. */
    static List<String> with(QueryIndex index, List<String> arabic) {
        return with(index, arabic, Holder.OWNERS);
    }

    static List<String> with(QueryIndex index, List<String> arabic, Map<String, Integer> owners) {
        Map<String, List<List<String>>> full = new LinkedHashMap<>();
        for (String name : arabic) {
            List<String> words = words(name);
            if (words.size() >= MIN_WORDS && !coordinatedAfterHead(words)) {
                full.computeIfAbsent(String.join(" ", words.subList(0, HEAD_WORDS)), h -> new ArrayList<>())
                        .add(words);
            }
        }
        List<String> out = new ArrayList<>(arabic);
        full.forEach((head, names) -> {
            if (owners.getOrDefault(head, 0) > 1 || !isConstruct(words(head))
                    || arabic.stream().anyMatch(a -> words(a).equals(words(head)))) {
                return;
            }
            long headArticles = index.articlesWriting(List.of(words(head)));
            long fullArticles = index.articlesWriting(names);
            if (fullArticles >= NameWords.MIN_ARTICLES_FOR_STATISTICS && fullArticles * SHARE >= headArticles) {
                out.add(head);
            }
        });
        return out;
    }

    /**
     * True when two words are a construct (iḍāfa) with a definite genitive: the first without the article, the second
     * with it (مجلس التعاون, مؤسسة النقد) — a name phrase of its own; a noun with its adjective (الوكالة الدولية of the
     * IAEA, اللجنة الدولية of the Red Cross) describes, and a head that cuts a name (شبكة سي of «شبكة سي إن إن») is none.
     */
    static boolean isConstruct(List<String> head) {
        return head.size() == HEAD_WORDS && !head.get(0).startsWith(ARTICLE) && head.get(1).startsWith(ARTICLE)
                && head.get(1).length() > ARTICLE.length() + 1;
    }

    /**
     * True when the word after the two-word head is a definite noun joined to its genitive by «و» (decision 0227): «وزارة الثقافة
     * والإعلام» is the ministry of culture AND information, and its head «وزارة الثقافة» names a body of culture alone
     * (another ministry, in another country or year), not a short form of this one: an English name's words joined by
     * «and» are all the body's, and the press keeps them all (Ministry of Water and Electricity, of Economy and
     * Planning). A head cut before an adjective or a complement (مؤسسة النقد of «… العربي السعودي», مجلس التعاون of
     * «… لدول الخليج العربية») still names this body.
     */
    static boolean coordinatedAfterHead(List<String> words) {
        return words.size() > HEAD_WORDS && words.get(HEAD_WORDS).startsWith(WAW + ARTICLE)
                && words.get(HEAD_WORDS).length() > WAW.length() + ARTICLE.length() + 1;
    }

    private static final String WAW = "\u0648";

    private static List<String> words(String name) {
        String n = ArabicNormalizer.normalize(name).strip();
        return n.isEmpty() ? List.of() : List.of(n.split("\\s+"));
    }
}
