package org.sahifa.text;

import static org.sahifa.text.ArabicLetters.*;

import java.util.ArrayList;
import java.util.List;

/**
 * A name seen as the sequence of its consonants with the vowels written between them, the representation
 * {@link NameKey} and {@link NameMatcher} compare. Arabic words are read by Arabic spelling: ا and ء are
 * vowels; و and ي are consonants at the start of a word or after a vowel (واشنطن, علييف has ل-ي-ي where the
 * second ي is the consonant y) and long vowels otherwise; a word-final ه (ة after normalisation) is the vowel
 * a; تش is one consonant (ch). Latin words are read with English-like spelling rules into the same Arabic
 * consonant letters ({@code kh → خ}, {@code sh, ch → ش}, {@code p → ب}, {@code v → ف}, {@code g → غ or ج},
 * {@code c → ك or س}, {@code y, w} consonants before a vowel) and their vowels kept as Latin letters.
 */
final class NameShape {

    /** The vowel a written as a word-final ه (from ة or ه); compared as ا. */
    private static final char FINAL_A = ALEF;

    final String consonants;
    /** gaps.get(i) = vowels before consonant i; the last gap is after the last consonant. */
    final List<String> gaps;
    final boolean latin;
    /** Number of letters read (vowels and consonants). */
    final int letters;

    private NameShape(String consonants, List<String> gaps, boolean latin, int letters) {
        this.consonants = consonants;
        this.gaps = gaps;
        this.latin = latin;
        this.letters = letters;
    }

    /** Reads normalised text (one word or several: a compound is read as one joined word). */
    static NameShape of(String normalized) {
        StringBuilder cons = new StringBuilder();
        List<String> gaps = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        int latinLetters = 0;
        int arabicLetters = 0;
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(normalized.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(normalized.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            String word = normalized.substring(start, i);
            if (word.charAt(0) >= 'a' && word.charAt(0) <= 'z') {
                latinLetters += readLatin(word, cons, gaps, gap);
            } else {
                arabicLetters += readArabic(word, cons, gaps, gap);
            }
        }
        gaps.add(gap.toString());
        return new NameShape(cons.toString(), List.copyOf(gaps), latinLetters > arabicLetters,
                latinLetters + arabicLetters);
    }

    private static boolean isWordChar(char c) {
        return isArabicLetter(c) || c >= 'a' && c <= 'z';
    }

    private static void consonant(char c, StringBuilder cons, List<String> gaps, StringBuilder gap) {
        if (gap.length() == 0 && cons.length() > 0 && cons.charAt(cons.length() - 1) == c) {
            return; // a doubled consonant is one: Hollande = هولاند
        }
        cons.append(c);
        gaps.add(gap.toString());
        gap.setLength(0);
    }

    private static int readArabic(String w, StringBuilder cons, List<String> gaps, StringBuilder gap) {
        int n = w.length();
        boolean prevVowel = false;
        int read = 0;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (!isArabicLetter(c)) {
                continue; // Latin mixed into an Arabic word: ignored
            }
            read++;
            if (c == HAMZA) {
                continue; // the hamza carries no consonant for matching: رئيس / رييس
            }
            if (c == ALEF) {
                gap.append(ALEF);
                prevVowel = true;
                continue;
            }
            if (c == WAW || c == YEH) {
                boolean afterInitialAlef = i == 1 && w.charAt(0) == ALEF;
                boolean isConsonant = i == 0 || prevVowel && !afterInitialAlef;
                if (isConsonant) {
                    consonant(c, cons, gaps, gap);
                    prevVowel = false;
                } else {
                    gap.append(c);
                    prevVowel = true;
                }
                continue;
            }
            if (c == HEH && i == n - 1 && n > 2) {
                gap.append(FINAL_A);
                prevVowel = true;
                continue;
            }
            if (c == TEH && i + 1 < n && w.charAt(i + 1) == SHEEN) {
                continue; // تش = ch: the ش that follows stands for both
            }
            consonant(c, cons, gaps, gap);
            prevVowel = false;
        }
        return read;
    }

    private static boolean latinVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static int readLatin(String w, StringBuilder cons, List<String> gaps, StringBuilder gap) {
        int n = w.length();
        int read = 0;
        int i = 0;
        while (i < n) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char next2 = i + 2 < n ? w.charAt(i + 2) : 0;
            boolean vowelBefore = i > 0 && (latinVowel(w.charAt(i - 1)));
            if (!(c >= 'a' && c <= 'z')) {
                i++;
                continue;
            }
            read++;
            if (latinVowel(c)) {
                gap.append(c);
                i++;
                continue;
            }
            // digraphs and trigraphs
            if (c == 's' && next == 'c' && next2 == 'h' || c == 't' && next == 'c' && next2 == 'h') {
                consonant(SHEEN, cons, gaps, gap);
                i += 3;
                continue;
            }
            if (next == 'h' && (c == 's' || c == 'c')) {
                consonant(SHEEN, cons, gaps, gap);
                i += 2;
                continue;
            }
            if (next == 'h' && c == 'k') {
                consonant(KHAH, cons, gaps, gap);
                i += 2;
                continue;
            }
            if (next == 'h' && c == 'g') {
                consonant(GHAIN, cons, gaps, gap);
                i += 2;
                continue;
            }
            if (next == 'h' && c == 'z') {
                consonant(JEEM, cons, gaps, gap);
                i += 2;
                continue;
            }
            if (next == 'h' && (c == 'p')) {
                consonant(FEH, cons, gaps, gap);
                i += 2;
                continue;
            }
            if (next == 'h' && c == 't') {
                consonant(TEH, cons, gaps, gap);
                i += 2;
                continue;
            }
            if (c == 'c' && next == 'k') {
                consonant(KAF, cons, gaps, gap);
                i += 2;
                continue;
            }
            if (c == 'n' && next == 'g' && next2 != 0 && !latinVowel(next2) && next2 != 'y') {
                consonant(NOON, cons, gaps, gap);
                i += 2;
                continue;
            }
            switch (c) {
                case 'b', 'p' -> consonant(BEH, cons, gaps, gap);
                case 'c' -> consonant(next == 'e' || next == 'i' || next == 'y' ? SEEN : KAF, cons, gaps, gap);
                case 'd' -> consonant(DAL, cons, gaps, gap);
                case 'f', 'v' -> consonant(FEH, cons, gaps, gap);
                case 'g' -> consonant(next == 'e' || next == 'i' ? JEEM : GHAIN, cons, gaps, gap);
                case 'j' -> consonant(JEEM, cons, gaps, gap);
                case 'k' -> consonant(KAF, cons, gaps, gap);
                case 'q' -> consonant(QAF, cons, gaps, gap);
                case 'l' -> consonant(LAM, cons, gaps, gap);
                case 'm' -> consonant(MEEM, cons, gaps, gap);
                case 'n' -> consonant(NOON, cons, gaps, gap);
                case 'r' -> consonant(REH, cons, gaps, gap);
                case 's' -> consonant(SEEN, cons, gaps, gap);
                case 't' -> consonant(TEH, cons, gaps, gap);
                case 'z' -> consonant(ZAIN, cons, gaps, gap);
                case 'x' -> {
                    consonant(KAF, cons, gaps, gap);
                    consonant(SEEN, cons, gaps, gap);
                }
                case 'h' -> {
                    if (!(vowelBefore && (next == 0 || !latinVowel(next)))) { // John, Allah: silent h
                        consonant(HEH, cons, gaps, gap);
                    }
                }
                case 'w', 'y' -> {
                    boolean beforeVowel = next != 0 && latinVowel(next);
                    if (i == 0 && beforeVowel || vowelBefore && beforeVowel) {
                        consonant(c == 'w' ? WAW : YEH, cons, gaps, gap);
                    } else {
                        gap.append(c == 'w' ? 'u' : 'i');
                    }
                }
                default -> {
                    // unreachable for a-z
                }
            }
            i++;
        }
        return read;
    }

    /** The consonant class of a letter: the letters Arabic uses interchangeably for one foreign sound. */
    static char consonantClass(char c) {
        switch (c) {
            case BEH:
                return 'b';
            case TEH:
            case TAH:
                return 't';
            case THEH:
            case SEEN:
            case SAD:
                return 's';
            case JEEM:
            case KHAH:
            case GHAIN:
            case QAF:
            case KAF:
                return 'k';
            case HAH:
            case HEH:
                return 0; // h: Arabic writes it where Latin leaves it out (طهران / Tehran) and the reverse (John)
            case DAL:
            case DAD:
                return 'd';
            case THAL:
            case ZAIN:
            case ZAH:
                return 's'; // s and z: Arabic writes a voiced s with ز (ناغازاكي) and German z with س (شولتس)
            case REH:
                return 'r';
            case SHEEN:
                return 'c';
            case FEH:
                return 'f';
            case LAM:
                return 'l';
            case MEEM:
                return 'm';
            case NOON:
                return 'n';
            case WAW:
            case YEH:
                return 0; // semivowels: Arabic writes them where Latin has a vowel and the reverse (بايدن, Biden)
            case AIN:
                return 0; // ع has no Latin counterpart: not part of the key
            default:
                return 0;
        }
    }
}
