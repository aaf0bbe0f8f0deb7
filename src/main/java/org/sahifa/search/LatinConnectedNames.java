package org.sahifa.search;

import org.sahifa.search.query.QueryNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An Arabic full name typed in Latin with the words that join its parts (decision 0155): the nasab's «bin», «ibn»,
 * «bint» (Uthman ibn Affan → «عثمان بن عفان», Tamim bin Hamad → «تميم بن حمد»), the kunya's «Abu» (Abu Bakr → «أبو
 * بكر», also «أبا بكر», «أبي بكر» as the case ending writes it) and the theophoric «Abd» before a name with the
 * article (Abd al-Aziz → «عبد العزيز», «عبدالعزيز»; Abdul Aziz, Abdel Aziz alike). Such a run of Latin words is one
 * name: it is searched as the Arabic full name in order, as a phrase, not as each word anywhere in an article (a
 * «بن» and a «حمد» apart, or «حمد بن تميم», are another person). The joining words are Arabic grammar, the same for
 * every name; the name words keep the spellings they are searched by alone. Thread-safe; no instances.
 */
final class LatinConnectedNames {

    /** Arabic full names tried at most for one run (a bound for the worst case; each word has few spellings). */
    static final int MAX_NAMES = 64;
    /** Spellings of one name word used at most, the likeliest first. */
    static final int MAX_SPELLINGS = 3;

    /** The nasab's joining words, Latin (lower case) → Arabic; ibn is also written «ابن». */
    private static final Map<String, List<String>> CONNECTORS = Map.of(
            "bin", List.of("بن"), "ben", List.of("بن"), "ibn", List.of("بن", "ابن"),
            "bint", List.of("بنت"), "binte", List.of("بنت"), "binti", List.of("بنت"));
    /** The kunya's «father of», in its three case forms. */
    private static final Map<String, List<String>> KUNYA = Map.of(
            "abu", List.of("أبو", "أبا", "أبي"), "abou", List.of("أبو", "أبا", "أبي"),
            "abo", List.of("أبو", "أبا", "أبي"));
    private static final String ABD = "abd";
    /** «Abd» with the article of the next word written onto it (Abdul Aziz, Abdel Aziz). */
    private static final List<String> ABD_AL = List.of("abdul", "abdel", "abdal", "abdol", "abdool");
    private static final String ARTICLE = "ال";

    /** Query words {@code from} (inclusive) to {@code to} (exclusive), the Latin text and the Arabic full names. */
    record Run(int from, int to, String latin, List<String> arabic) {
    }

    private LatinConnectedNames() {
    }

    /**
     * The joined full name that starts at query word {@code i}, or null: a name part, then one or more joining words
     * each followed by a name part; or a kunya or an «Abd» part alone. A name part is a Latin name word with
     * spellings, or «Abu» / «Abd» and the name word after it.
     *
     * @param spellings the normalised Arabic spellings a typed Latin word is searched by alone (empty: no Latin name)
     */
    static Run at(List<QueryNode> words, int i, Function<String, List<String>> spellings) {
        String lead = key(words, i);
        if (lead == null || !isPrefix(lead) && !isConnector(lead)
                && !(isConnector(key(words, i + 1)) && i + 2 < words.size())) {
            // no joining word here: nothing to look up (the words are searched as before)
            return null;
        }
        List<List<String>> parts = new ArrayList<>();
        boolean joined = false;
        int k = i;
        if ("ibn".equals(lead)) {
            // a name that starts with «Ibn» (Ibn Khaldun, Ibn Saud): «ابن»
            parts.add(List.of("ابن"));
            k++;
            joined = true;
        }
        int next = part(words, k, spellings, parts);
        if (next < 0) {
            return null;
        }
        joined |= next - k > 1;
        k = next;
        while (k + 1 < words.size() && isConnector(key(words, k))) {
            List<List<String>> more = new ArrayList<>(parts);
            more.add(CONNECTORS.get(key(words, k)));
            int after = part(words, k + 1, spellings, more);
            if (after < 0) {
                break;
            }
            parts = more;
            k = after;
            joined = true;
        }
        if (!joined) {
            return null;
        }
        List<String> arabic = combine(parts);
        return arabic.isEmpty() ? null : new Run(i, k, text(words, i, k), arabic);
    }

    /**
     * One name part at word {@code k}, its spellings added to {@code parts}: the index after it, or -1 when there is
     * none.
     */
    private static int part(List<QueryNode> words, int k, Function<String, List<String>> spellings,
                            List<List<String>> parts) {
        String key = key(words, k);
        if (key == null || isConnector(key)) {
            return -1;
        }
        if (isPrefix(key)) {
            List<String> name = k + 1 < words.size() && !isConnector(key(words, k + 1))
                    ? top(spellings.apply(((QueryNode.Word) words.get(k + 1)).text())) : List.of();
            if (name.isEmpty()) {
                return -1;
            }
            List<String> out = new ArrayList<>();
            for (String s : name) {
                if (KUNYA.containsKey(key)) {
                    KUNYA.get(key).forEach(a -> out.add(a + " " + s));
                } else if (s.indexOf(' ') < 0) {
                    // Abd al-Aziz, Abdul Aziz: «عبد العزيز», «عبدالعزيز»
                    String withArticle = key.equals(ABD) || s.startsWith(ARTICLE) ? s : ARTICLE + s;
                    if (key.equals(ABD) && !withArticle.startsWith(ARTICLE)) {
                        continue;
                    }
                    out.add("عبد " + withArticle);
                    out.add("عبد" + withArticle);
                }
            }
            if (out.isEmpty()) {
                return -1;
            }
            parts.add(out);
            return k + 2;
        }
        List<String> name = top(spellings.apply(((QueryNode.Word) words.get(k)).text()));
        if (name.isEmpty()) {
            return -1;
        }
        parts.add(name);
        return k + 1;
    }

    /** True for a nasab's joining word (bin, ibn, bint); false for null. */
    private static boolean isConnector(String key) {
        return key != null && CONNECTORS.containsKey(key);
    }

    /** True for a kunya's «Abu» or an «Abd» written before the next word. */
    private static boolean isPrefix(String key) {
        return KUNYA.containsKey(key) || key.equals(ABD) || ABD_AL.contains(key);
    }

    private static List<String> top(List<String> spellings) {
        return spellings.size() <= MAX_SPELLINGS ? spellings : spellings.subList(0, MAX_SPELLINGS);
    }

    /** Every full name the parts make, in order, at most {@value #MAX_NAMES}. */
    private static List<String> combine(List<List<String>> parts) {
        List<String> out = new ArrayList<>(List.of(""));
        for (List<String> part : parts) {
            List<String> next = new ArrayList<>();
            for (String head : out) {
                for (String p : part) {
                    if (next.size() < MAX_NAMES) {
                        next.add(head.isEmpty() ? p : head + " " + p);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    /** The lower-case Latin key of query word {@code k}, or null when it is no plain Latin word. */
    private static String key(List<QueryNode> words, int k) {
        if (k >= words.size() || !(words.get(k) instanceof QueryNode.Word w)) {
            return null;
        }
        String key = EnglishNames.key(w.text());
        return key.matches("[a-z]+") ? key : key.matches("[a-z]+ [a-z]+") ? key : null;
    }

    private static String text(List<QueryNode> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(((QueryNode.Word) words.get(k)).text());
        }
        return sb.toString();
    }
}
