package org.sahifa.search;

import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.NameWordList;
import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.NameKey;
import org.sahifa.text.NameMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two spellings of a name a written vowel letter apart (دافيد / ديفيد, والتر / وولتر) write one name, by the
 * full names they occur in (decision 0126): a given name's two spellings are one name when the recogniser tagged
 * both in front of the same family names (دافيد لويز and ديفيد لويز, دافيد سيلفا and ديفيد سيلفا), a family name's two
 * spellings when both follow the same given names. Where the words around a given name are as broad as the people
 * who bear it (a prime minister and a footballer are both David), their full names still agree; two different
 * names (باريس / بيريس, رايس / رويس) do not share the people they name (شمعون بيريس, سوزان رايس, ماركو رويس).
 *
 * <p>A spelling's {@linkplain FullNames full names} are the two-word names the recogniser tagged anywhere in the
 * library or collection with the spelling as one of the words (the pairs of {@link NameWords#wordCounts}, the
 * archive's {@code name.tagged} terms): the library reads them from its tagged spellings, the archive client from
 * a facet over the collection, and both call {@link #same}. A partner counts when it is tagged at all (presence,
 * which the library and the archive count alike), is a word of at least three letters, no name particle
 * (فان, ابو, سان; دي or بن are shorter: دافيد دي خيا says nothing of the family name), and before the spelling no
 * dictionary word unless Wikidata's person names often use it (مدينة باريس and مدينة بيريس share no person; جون
 * كيري does); after it a family name may be a word (ميشال بلاتيني, ميشال عون). Thread-safe; no instances.
 */
public final class SharedFullNames {

    /**
     * Partners (family names and given names together) both spellings must share: two people, so that one person's
     * name written both ways (بارك اوباما beside باراك اوباما; بارك is mostly the Korean Park) does not decide.
     */
    static final int MIN_SHARED = 2;

    /** Words that join the parts of a name and say nothing about whose name it is. */
    private static final Set<String> PARTICLES = Set.of("ابن", "بنت", "ابو", "ابي", "عبد", "ولد", "فان", "فون", "دير",
            "دوس", "داس", "ديل", "دال", "سان", "سانت", "سانتا", "ماك", "اوف");

    /**
     * The full names one spelling is tagged in.
     *
     * @param after  the words tagged right after the spelling (its family names, when it is a given name), by the
     *               articles they were tagged in
     * @param before the words tagged right before it (its given names, when it is a family name)
     */
    public record FullNames(Map<String, Long> after, Map<String, Long> before) {

        /** No full name known. */
        public static final FullNames NONE = new FullNames(Map.of(), Map.of());

        public FullNames {
            after = Map.copyOf(after);
            before = Map.copyOf(before);
        }
    }

    private SharedFullNames() {
    }

    /**
     * The full names of {@code spelling} from tagged words and pairs and their counts (other entries are ignored):
     * {@code ديفيد لويز} gives the family name لويز, {@code كامب ديفيد} the word before it, كامب.
     */
    public static FullNames of(String spelling, Map<String, Long> tagged) {
        Map<String, Long> after = new HashMap<>();
        Map<String, Long> before = new HashMap<>();
        tagged.forEach((w, n) -> {
            int space = w.indexOf(' ');
            if (n <= 0 || space < 0 || w.indexOf(' ', space + 1) >= 0) {
                return;
            }
            String first = w.substring(0, space);
            String second = w.substring(space + 1);
            if (first.equals(spelling)) {
                after.merge(second, n, Long::sum);
            } else if (second.equals(spelling)) {
                before.merge(first, n, Long::sum);
            }
        });
        return new FullNames(after, before);
    }

    /** True when a tagged word or pair holds {@code spelling} as one of two words (what {@link #of} reads). */
    public static boolean isFullNameOf(String tagged, String spelling) {
        int space = tagged.indexOf(' ');
        return space > 0 && tagged.indexOf(' ', space + 1) < 0
                && (tagged.length() == space + 1 + spelling.length() && tagged.startsWith(spelling, space + 1)
                || space == spelling.length() && tagged.startsWith(spelling));
    }

    /**
     * True when the two spellings share at least {@value #MIN_SHARED} partners: family names (words after them) and
     * given names (words before them) together — two people whose names are written both ways.
     */
    public static boolean same(String a, FullNames fa, String b, FullNames fb) {
        return sharedNames(a, fa, b, fb) >= MIN_SHARED;
    }

    /** How many names the two spellings' partners share, family and given names together ({@link #same}). */
    public static int sharedNames(String a, FullNames fa, String b, FullNames fb) {
        return people(shared(a, fa, b, fb, true)) + people(shared(a, fa, b, fb, false));
    }

    /**
     * How many names the partners write: spellings of one name (مورجان, مورغان: Morgan Schneiderlin written with
     * both) count once.
     */
    static int people(Set<String> partners) {
        List<String> names = new ArrayList<>();
        for (String p : partners) {
            boolean known = false;
            for (String n : names) {
                if (NameMatcher.standard().matchNormalized(n, p) != NameMatcher.Match.NONE) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                names.add(p);
            }
        }
        return names.size();
    }

    /** The partners both spellings are tagged with: the words after them ({@code after}) or before them. */
    static Set<String> shared(String a, FullNames fa, String b, FullNames fb, boolean after) {
        String keyA = NameKey.ofNormalized(a);
        String keyB = NameKey.ofNormalized(b);
        Set<String> pa = partners(after ? fa.after() : fa.before(), after, keyA, keyB);
        Set<String> pb = partners(after ? fb.after() : fb.before(), after, keyA, keyB);
        pa.retainAll(pb);
        return pa;
    }

    /**
     * True when Wikidata's person labels write the word as a name at least five times: a dictionary word that is a
     * name word too (عون in ميشال عون, جون, بوب), unlike the head of a place's or body's name (مدينة, جامعة, منتخب).
     */
    private static boolean isPersonNameWord(String w) {
        return NameWordList.standard().code(NameFold.fold(w)) >= 3;
    }

    /**
     * The words that say whose name it is, without the article: no native Arabic given name (محمد, أحمد, صالح are
     * in the names of too many people to tell two names apart: ناجي صالح, نجوى صالح). A word before the spelling
     * that is a dictionary word is the head of a place's or body's name (مدينة, جامعة, منتخب) unless it is a
     * person's name word too; a word after it is a family name even when it is a word (بلاتيني, عون).
     */
    private static Set<String> partners(Map<String, Long> words, boolean after, String keyA, String keyB) {
        Set<String> out = new TreeSet<>();
        for (String w : words.keySet()) {
            String p = w.length() >= 5 && w.startsWith("ال") ? w.substring(2) : w;
            if (p.length() < 3 || PARTICLES.contains(p) || ArabicGivenNames.lexicon().isName(p)
                    || !after && NameWords.isCommonWord(p) && !isPersonNameWord(p)) {
                continue;
            }
            String k = NameKey.ofNormalized(p);
            if (!k.isEmpty() && !k.equals(keyA) && !k.equals(keyB)) {
                out.add(p);
            }
        }
        return out;
    }
}
