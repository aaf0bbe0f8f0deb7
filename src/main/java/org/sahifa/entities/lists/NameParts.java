package org.sahifa.entities.lists;

import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.recognize.Clitics;
import org.sahifa.entities.recognize.CommonWords;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.entities.recognize.NameWordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parts of a person's name that tell one person from another, for comparing its short and long forms.
 * Titles (الملك، الأمير، الرئيس …, {@code titles.txt}) are left out; the particles بن، ابن، بنت are left out but
 * remembered (a name part after بن is a father's name, not a family name); عبد، أبو and آل are joined to the
 * next word (عبد العزيز = عبدالعزيز, آل سعود). Parts are {@link org.sahifa.entities.recognize.NameFold folded}.
 */
public final class NameParts {

    /** The parts of one name. {@code afterParticle[i]} says whether part i followed بن، ابن or بنت. */
    public record Parts(List<String> parts, boolean[] afterParticle, boolean startsWithParticle) {

        public int size() {
            return parts.size();
        }

        public String first() {
            return parts.get(0);
        }

        public String last() {
            return parts.get(parts.size() - 1);
        }
    }

    private static final String ABD = "عبد";
    private static final Set<String> JOINED = Set.of(ABD, "ابو", "ال", "اب");
    private static final Set<String> PARTICLES = Set.of("بن", "ابن", "بنت");

    private final Set<String> titles;
    private final Gazetteer gazetteer;
    private final CommonWords commonWords;
    private final Set<String> functionWords;
    private final NameWordList nameWords;

    NameParts(Set<String> titles, Gazetteer gazetteer, CommonWords commonWords, Set<String> functionWords,
              NameWordList nameWords) {
        this.nameWords = nameWords;
        this.titles = titles;
        this.gazetteer = gazetteer;
        this.commonWords = commonWords;
        this.functionWords = functionWords;
    }

    /** The shipped lists: titles, the gazetteer's given names, the common and function words. */
    public static NameParts standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final NameParts STANDARD = new NameParts(WordLists.words("/org/sahifa/entities/lists/titles.txt"),
                Gazetteer.standard(), CommonWords.standard(), NameFilter.functionWords(), NameWordList.standard());
    }

    /**
     * Titles of rank that tell two men of one name apart: in one article «الملك خالد» is not «الأمير خالد الفيصل».
     * Folded.
     */
    private static final Set<String> RANKS = Set.of("الملك", "الملكه", "الامير", "الاميره", "السلطان", "الرئيس");

    /**
     * The title of rank a person's name carries in its text (folded: الملك، الأمير، السلطان، الرئيس …), or null:
     * the first word of the spelling, else the nearest one among the titles written right before the name
     * (الأمير الدكتور فيصل …).
     */
    public String rankTitle(String text, int start, String spelling) {
        String[] w = WordLists.foldedWords(spelling);
        for (int i = 0; i < w.length && titles.contains(w[i]); i++) {
            if (RANKS.contains(w[i])) {
                return w[i];
            }
        }
        int end = start;
        for (int hops = 0; hops < 3; hops++) {
            int b = NameFilter.previousWordStart(text, end);
            if (b < 0) {
                return null;
            }
            String t = null;
            for (String r : Clitics.readings(NameFold.fold(text, b, NameFilter.previousWordEnd(text, end)))) {
                if (titles.contains(r)) {
                    t = r;
                }
            }
            if (t == null) {
                return null;
            }
            if (RANKS.contains(t)) {
                return t;
            }
            if ("الشريفين".equals(t)) {
                return "الملك"; // خادم الحرمين الشريفين, the king's title
            }
            end = b;
        }
        return null;
    }

    /** Ranks one person at a time holds in a country: a short form with one names only a full name with it. */
    private static final Set<String> SOVEREIGN = Set.of("الملك", "الملكه", "السلطان");

    /**
     * Whether a short form's title of rank and a longer name's (null: none known) allow them to be one person:
     * not two different ranks, and «الملك خالد» only the full name of a king («… عهد الملك خالد» is not «قصيد
     * خالد الفيصل»).
     */
    public static boolean sameRank(String shortForm, String longForm) {
        if (shortForm == null) {
            return true;
        }
        return longForm == null ? !SOVEREIGN.contains(shortForm) : shortForm.equals(longForm);
    }

    /** Whether the folded word is a title (الملك، الأمير …). */
    boolean isTitle(String fold) {
        return titles.contains(fold);
    }

    /** The parts of a name as written (any spelling; folded here). */
    public Parts of(String name) {
        String[] w = WordLists.foldedWords(name);
        int i = 0;
        while (i < w.length && titles.contains(w[i])) {
            i++;
        }
        List<String> parts = new ArrayList<>(w.length);
        boolean[] after = new boolean[w.length];
        boolean particle = false;
        boolean startsWithParticle = false;
        for (; i < w.length; i++) {
            String t = w[i];
            if (PARTICLES.contains(t)) {
                if (parts.isEmpty()) {
                    startsWithParticle = true;
                }
                particle = true;
                continue;
            }
            if (JOINED.contains(t) && i + 1 < w.length) {
                t = t + w[++i];
            }
            after[parts.size()] = particle;
            parts.add(t);
            particle = false;
        }
        boolean[] a = new boolean[parts.size()];
        System.arraycopy(after, 0, a, 0, a.length);
        return new Parts(List.copyOf(parts), a, startsWithParticle);
    }

    /**
     * Whether the short form names the same person as the long form written in the same article: its parts are
     * the first parts of the long form (سلمان، سلمان بن عبد العزيز ⊂ سلمان بن عبدالعزيز آل سعود), or its first and
     * last when the last is a family name, not a father's name after بن (عادل الجبير ⊂ عادل بن أحمد الجبير;
     * خالد بن عبد العزيز ⊄ خالد الفيصل بن عبد العزيز), or it is one part equal to the long form's last part when that is a
     * family name, not a father's name after بن (الجبير ⊂ عادل الجبير; سعود ⊄ … آل سعود; خالد ⊄ فيصل بن خالد).
     */
    public static boolean isShortFormOf(Parts s, Parts l) {
        int n = s.size();
        if (n == 0 || n >= l.size()) {
            return false;
        }
        if (s.startsWithParticle()) {
            return isSuffix(s, l);
        }
        if (l.parts().subList(0, n).equals(s.parts())) {
            return true;
        }
        if (n == 2 && !s.afterParticle()[1] && s.first().equals(l.first()) && s.last().equals(l.last())) {
            return true; // first and family name; a father's name after بن must stand second (خالد بن عبدالعزيز ⊄ خالد الفيصل بن عبدالعزيز)
        }
        return n == 1 && s.first().equals(l.last()) && !l.afterParticle()[l.size() - 1];
    }

    private static boolean isSuffix(Parts s, Parts l) {
        int off = l.size() - s.size();
        return off > 0 && l.parts().subList(off, l.size()).equals(s.parts());
    }

    /**
     * Whether a person name names nobody in particular without its article's context: a single given name
     * (سلمان، محمد، عبد الله — a name with عبد is one), a single common or function word (على، صالح «good») unless
     * it is a family name with the article that name lists know (المالكي, الأسد), a
     * father's name without its bearer (بن عبد العزيز, بن سلمان, بن الحسين; بن + a common word: بن ربيعة), or
     * titles alone.
     */
    public boolean isAmbiguous(Parts p) {
        if (p.size() == 0) {
            return true;
        }
        if (p.startsWithParticle()) {
            // بن سلمان, بن الحسين, بن ربيعة: a father's name; بن لادن: a family name
            String f = p.first();
            return isGiven(f) || f.startsWith("ال") && isGiven(f.substring(2)) || commonWords.code(f) == CommonWords.AS_WRITTEN;
        }
        if (p.size() > 1) {
            return false;
        }
        String u = p.first();
        if (isGiven(u) || functionWords.contains(u)) {
            return true;
        }
        if (commonWords.code(u) == CommonWords.UNKNOWN) {
            return false;
        }
        // a family name that is also a word (المالكي "Maliki", الأسد "the lion") is left to the library's evidence
        return !(u.startsWith("ال") && u.length() > 4 && (gazetteer.isNameWord(u) || gazetteer.isFamilyName(u)
                || nameWords.code(u) >= 1 || nameWords.code(u.substring(2)) >= 1));
    }

    private boolean isGiven(String u) {
        if (u.startsWith(ABD) && u.length() > ABD.length()) {
            return true;
        }
        return gazetteer.isGivenName(u);
    }
}
