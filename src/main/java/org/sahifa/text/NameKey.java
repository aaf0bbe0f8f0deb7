package org.sahifa.text;

/**
 * A phonetic key for names, meant for finding candidate spelling variants: two spellings of one
 * transliterated name get the same key, in Arabic or in Latin script. The key is the sequence of consonant
 * classes of the name, read as Arabic spells foreign names ({@link NameShape}):
 * <ul>
 * <li>long vowels ا و ي, the hamza, and ع are not part of the key: ناغورني and ناغوروني → {@code nkrn};</li>
 * <li>letters Arabic uses for one foreign sound share a class: ق ك غ خ ج (g, k, kh), ت ط, س ص ث, د ض,
 *     ز ذ ظ, ح ه; كراباخ and قره باغ → {@code krbk};</li>
 * <li>a word-final ه or ة is a vowel; a repeated class counts once; words of a compound are joined:
 *     قره باغ, قراباغ, كاراباخ, Karabakh → {@code krbk};</li>
 * <li>Latin is read into the same classes: Putin → {@code btn} like بوتين, Aliyev → {@code lyf} like
 *     علييف, Yerevan → {@code yrfn} like يريفان.</li>
 * </ul>
 * A key is deliberately coarse (بوتين and بوتان share {@code btn}); {@link NameMatcher} decides whether two
 * candidates really are the same name. Thread-safe; no instances.
 */
public final class NameKey {

    private NameKey() {
    }

    /** The key of a name or compound name in any spelling; {@code ""} when it has no consonant. */
    public static String of(CharSequence name) {
        return ofShape(NameShape.of(ArabicNormalizer.normalize(name)));
    }

    /** The key of text that is already normalised (saves a normalisation in analyzers). */
    public static String ofNormalized(String normalizedName) {
        return ofShape(NameShape.of(normalizedName));
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
