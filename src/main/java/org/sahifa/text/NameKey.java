package org.sahifa.text;

import java.util.List;

/**
 * A phonetic key for names, meant for finding candidate spelling variants: two spellings of one
 * transliterated name get the same key, in Arabic or in Latin script. The key is the sequence of consonant
 * classes of the name, read as Arabic spells foreign names ({@link NameShape}):
 * <ul>
 * <li>long vowels and semivowels ا و ي, the hamza, and ع are not part of the key: ناغورني and ناغوروني →
 *     {@code nkrn}, بايدن and Biden → {@code bdn};</li>
 * <li>letters Arabic uses for one foreign sound share a class: ق ك غ خ ج (g, k, kh), ت ط, س ص ث, د ض,
 *     ز ذ ظ, ح ه; كراباخ and قره باغ → {@code krbk};</li>
 * <li>a word-final ه or ة is a vowel; a repeated class counts once; words of a compound are joined:
 *     قره باغ, قراباغ, كاراباخ, Karabakh → {@code krbk};</li>
 * <li>Latin is read into the same classes: Putin → {@code btn} like بوتين, Aliyev → {@code lf} like
 *     علييف, Yerevan → {@code rfn} like يريفان.</li>
 * </ul>
 * A key is deliberately coarse (بوتين and بوتان share {@code btn}); {@link NameMatcher} decides whether two
 * candidates really are the same name. Thread-safe; no instances.
 */
public final class NameKey {

    private NameKey() {
    }

    /** The key of a name or compound name in any spelling; {@code ""} when it has no consonant. */
    public static String of(CharSequence name) {
        return ofNormalized(ArabicNormalizer.normalize(name));
    }

    /**
     * The keys under which {@link NameMatcher} may find variants of a name with key {@code key}: the key itself and,
     * when its last class is s or ش, the key with the other one last — a final ش and a final س or ز write one sound
     * (Portuguese and Spanish final s: غوتيريش / غوتيريس), and the key keeps them apart everywhere else.
     */
    public static List<String> variantKeys(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        char last = key.charAt(key.length() - 1);
        if (last != 's' && last != 'c') {
            return List.of(key);
        }
        String other = key.substring(0, key.length() - 1) + (last == 's' ? 'c' : 's');
        return other.length() > 1 && other.charAt(other.length() - 2) == other.charAt(other.length() - 1)
                ? List.of(key, other.substring(0, other.length() - 1)) : List.of(key, other);
    }

    /**
     * The class of an Arabic or Latin consonant letter in the key (ج خ غ ق ك one class, ت ط one, س ص ث ز ذ ظ one, د ض
     * one); 0 for a letter the key leaves out (vowel letters, ه ح ع).
     */
    public static char consonantClass(char c) {
        return NameShape.consonantClass(c);
    }

    /** Fewest classes both keys need before one edit apart counts as {@link #near}: shorter keys match too much. */
    static final int MIN_NEAR_LENGTH = 3;

    /**
     * True when two keys are equal or, both of at least {@value #MIN_NEAR_LENGTH} classes, one class apart (one
     * changed, added or left out): the keys of a Latin name and its Arabic spelling where a Latin letter group is
     * written with a letter the key's Latin reading does not give — Gaddafi {@code kdf} / قذافي {@code ksf},
     * Wenger {@code nkr} / فينجر {@code fnkr}, Qunfudhah {@code knfd} / القنفذة {@code lknfs} is two apart.
     */
    public static boolean near(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.min(la, lb) < MIN_NEAR_LENGTH || Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.regionMatches(i + 1, b, i + 1, la - i - 1);        // one class changed
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);  // one class added
    }

    /** The key of text that is already normalised (saves a normalisation in analyzers). */
    public static String ofNormalized(String normalizedName) {
        int n = normalizedName.length();
        char[] key = new char[n];
        int k = arabicKey(normalizedName, n, key);
        if (k >= 0) {
            return new String(key, 0, k);
        }
        return ofShape(NameShape.of(normalizedName));
    }

    /**
     * Writes the key of the normalised text {@code src[offset, offset + length)} into {@code dst} from
     * {@code dstOffset} (which must have room for {@code length} chars) and returns its length. No allocation for
     * Arabic script; text with Latin letters takes the general path. For analyzers.
     */
    public static int keyInto(char[] src, int offset, int length, char[] dst, int dstOffset) {
        int k = 0;
        char last = 0;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = src[i];
            if (c >= 'a' && c <= 'z') {
                String key = ofShape(NameShape.of(new String(src, offset, length)));
                key.getChars(0, key.length(), dst, dstOffset);
                return key.length();
            }
            if (c == ArabicLetters.TEH && i + 1 < end && src[i + 1] == ArabicLetters.SHEEN) {
                continue;
            }
            char cls = NameShape.consonantClass(c);
            if (cls == 0 || cls == last) {
                continue;
            }
            dst[dstOffset + k++] = cls;
            last = cls;
        }
        return k;
    }

    /**
     * The key of Arabic-script text in one pass without building a {@link NameShape} (the letters left out of
     * a key — ا و ي ء ع ه ح — need no reading as vowel or consonant); -1 when the text has Latin letters.
     */
    private static int arabicKey(String s, int n, char[] key) {
        int k = 0;
        char last = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return -1;
            }
            if (c == ArabicLetters.TEH && i + 1 < n && s.charAt(i + 1) == ArabicLetters.SHEEN) {
                continue; // تش is ch: the ش stands for both
            }
            char cls = NameShape.consonantClass(c);
            if (cls == 0 || cls == last) {
                continue;
            }
            key[k++] = cls;
            last = cls;
        }
        return k;
    }

    static String ofShape(NameShape shape) {
        String cons = shape.consonants;
        StringBuilder key = new StringBuilder(cons.length());
        char last = 0;
        for (int i = 0; i < cons.length(); i++) {
            char k = NameShape.consonantClass(cons.charAt(i));
            if (k == 0 || k == last) {
                continue;
            }
            key.append(k);
            last = k;
        }
        return key.toString();
    }
}
