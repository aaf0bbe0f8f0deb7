package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

/**
 * Normalises text for matching: the many ways Arabic (and Persian, Urdu, Kurdish) script can write one word
 * become one form. The result is for matching only; show the original. Rules, each with an example:
 *
 * <ol>
 * <li>alef forms آ أ إ ٱ ٲ ٳ ٵ → ا: {@code أذربيجان → اذربيجان}, {@code إلهام → الهام}, {@code آنار → انار}</li>
 * <li>hamza on a seat ؤ ئ (and the high-hamza forms) → ء, the seatless hamza is kept, so the two spellings of
 *     one word meet: {@code مسؤول, مسئول → مسءول}; {@code رئيس → رءيس} (decision record 0021)</li>
 * <li>ى → ي: {@code مستشفى → مستشفي}; ة → ه: {@code غزة → غزه}</li>
 * <li>tatweel removed: {@code بـــوتين → بوتين}</li>
 * <li>harakat, shadda, sukun, dagger alef, small high letters and Quranic marks removed:
 *     {@code شنّتها → شنتها}, {@code مُحَمَّد → محمد}, {@code هٰذا → هذا}</li>
 * <li>Persian, Urdu and Kurdish letters → the Arabic letter Arabic media use: ک گ ڭ → ك, ی ې ێ ے ۍ → ي,
 *     ۀ ہ ھ ە ۃ → ه, پ → ب, چ → ج, ژ → ز, ڤ → ف, ڨ → ق, ٹ → ت, ڈ → د, ڑ ڕ → ر, ڵ → ل, ں → ن, ۆ ۇ ۋ → و:
 *     {@code پوتین → بوتين}</li>
 * <li>presentation forms and other compatibility characters through NFKC: {@code ﻻ → لا}, {@code ﷲ → الله},
 *     {@code ﺑﻮﺗﻴﻦ → بوتين}, full-width Latin → ASCII</li>
 * <li>decimal digits of every script → ASCII: {@code ٢٠٢٣ → 2023}, {@code ۱۴۰۲ → 1402}; ٫ → ., ٬ → ,, ٪ → %</li>
 * <li>invisible controls removed: ZWNJ, ZWJ, LRM, RLM, ALM, LRE RLE PDF LRO RLO, LRI RLI FSI PDI, soft hyphen,
 *     BOM (every character of category Cf); the zero-width space becomes a space (it separates words)</li>
 * <li>Latin, Greek and Cyrillic: full Unicode case folding (locale independent) and removal of accents:
 *     {@code Erdoğan → erdogan}, {@code PUTIN → putin}, {@code Straße → strasse}</li>
 * <li>an unpaired surrogate becomes U+FFFD; everything else is kept as it is.</li>
 * </ol>
 *
 * <p>Every rule works on one character at a time, through a table computed once ({@link NormalizationTable}),
 * so normalisation is idempotent ({@code normalize(normalize(s)).equals(normalize(s))}), never throws and
 * runs one array look-up per character. {@link #normalizeWithOffsets(CharSequence)} also returns where each
 * normalised character came from, so a match on normalised text can be highlighted on the original letters.
 * Thread-safe; no instances.
 */
public final class ArabicNormalizer {

    private ArabicNormalizer() {
    }

    /** The normalised form of {@code text} ({@code ""} for {@code null}). */
    public static String normalize(CharSequence text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        char[] out = null;
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char one = NormalizationTable.ONE[c];
            if (one == c) { // unchanged (surrogates and the combining hamza never map to themselves)
                if (out != null) {
                    out = ensure(out, o, 1);
                    out[o++] = c;
                }
                continue;
            }
            if (out == null) {
                out = new char[n + 16];
                for (int k = 0; k < i; k++) {
                    out[k] = text.charAt(k);
                }
                o = i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                String r = NormalizationTable.supplementary(Character.toCodePoint(c, text.charAt(i + 1)));
                i++;
                out = ensure(out, o, r.length());
                r.getChars(0, r.length(), out, o);
                o += r.length();
                continue;
            }
            if (c == HAMZA_ABOVE && o > 0 && (out[o - 1] == WAW || out[o - 1] == YEH)) {
                out[o - 1] = HAMZA; // و + combining hamza is ؤ, ي + combining hamza is ئ: both → ء
                continue;
            }
            if (one != '\uFFFF') {
                out = ensure(out, o, 1);
                out[o++] = one;
            } else {
                String r = NormalizationTable.MANY[c];
                out = ensure(out, o, r.length());
                r.getChars(0, r.length(), out, o);
                o += r.length();
            }
        }
        return out == null ? text.toString() : new String(out, 0, o);
    }

    /**
     * Normalises {@code src[offset, offset + length)} into {@code dst} from index 0 and returns the normalised
     * length; when {@code dst} is too small nothing useful is written and the result is {@code -needed}, so
     * the caller can grow its buffer and call again. For analyzers, which normalise token by token without
     * allocating.
     */
    public static int normalize(char[] src, int offset, int length, char[] dst) {
        int o = 0;
        int cap = dst.length;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = src[i];
            char one = NormalizationTable.ONE[c];
            if (one != '\uFFFF' && !Character.isSurrogate(c) && c != HAMZA_ABOVE) {
                if (o < cap) {
                    dst[o] = one;
                }
                o++;
                continue;
            }
            String r;
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(src[i + 1])) {
                r = NormalizationTable.supplementary(Character.toCodePoint(c, src[i + 1]));
                i++;
            } else if (c == HAMZA_ABOVE && o > 0 && o <= cap && (dst[o - 1] == WAW || dst[o - 1] == YEH)) {
                dst[o - 1] = HAMZA;
                continue;
            } else {
                r = NormalizationTable.replacement(c);
            }
            for (int k = 0; k < r.length(); k++) {
                if (o < cap) {
                    dst[o] = r.charAt(k);
                }
                o++;
            }
        }
        return o <= cap ? o : -o;
    }

    /** Normalises {@code text} and keeps, for each normalised char, the span of original chars it came from. */
    public static NormalizedText normalizeWithOffsets(CharSequence text) {
        String original = text == null ? "" : text.toString();
        int n = original.length();
        char[] out = new char[n + 16];
        int[] starts = new int[n + 16];
        int[] ends = new int[n + 16];
        int o = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            int from = i;
            String r;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(original.charAt(i + 1))) {
                r = NormalizationTable.supplementary(Character.toCodePoint(c, original.charAt(i + 1)));
                i++;
            } else if (c == HAMZA_ABOVE && o > 0 && (out[o - 1] == WAW || out[o - 1] == YEH)) {
                out[o - 1] = HAMZA;
                ends[o - 1] = i + 1;
                continue;
            } else {
                char one = NormalizationTable.ONE[c];
                if (one != '\uFFFF') {
                    if (o == out.length) {
                        out = grow(out);
                        starts = grow(starts);
                        ends = grow(ends);
                    }
                    out[o] = one;
                    starts[o] = from;
                    ends[o] = i + 1;
                    o++;
                    continue;
                }
                r = NormalizationTable.MANY[c];
            }
            while (o + r.length() > out.length) {
                out = grow(out);
                starts = grow(starts);
                ends = grow(ends);
            }
            for (int k = 0; k < r.length(); k++) {
                out[o] = r.charAt(k);
                starts[o] = from;
                ends[o] = i + 1;
                o++;
            }
        }
        return new NormalizedText(original, new String(out, 0, o), starts, ends);
    }

    private static char[] ensure(char[] out, int o, int extra) {
        if (o + extra <= out.length) {
            return out;
        }
        char[] bigger = new char[Math.max(out.length * 2, o + extra)];
        System.arraycopy(out, 0, bigger, 0, o);
        return bigger;
    }

    private static char[] grow(char[] a) {
        char[] b = new char[a.length * 2 + 16];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    private static int[] grow(int[] a) {
        int[] b = new int[a.length * 2 + 16];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }
}
