package org.sahifa.text;

/**
 * Named constants for the code points the text engine treats specially, one per code point (the habit of
 * Lucene's {@code analysis/ar}): the normaliser, the stemmer and the name key read better with
 * {@code ALEF_HAMZA_ABOVE} than with {@code '\u0623'}.
 */
final class ArabicLetters {

    // Hamza and alef forms
    static final char HAMZA = '\u0621';              // ء
    static final char ALEF_MADDA = '\u0622';         // آ
    static final char ALEF_HAMZA_ABOVE = '\u0623';   // أ
    static final char WAW_HAMZA = '\u0624';          // ؤ
    static final char ALEF_HAMZA_BELOW = '\u0625';   // إ
    static final char YEH_HAMZA = '\u0626';          // ئ
    static final char ALEF = '\u0627';               // ا
    static final char ALEF_WASLA = '\u0671';         // ٱ
    static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672'; // ٲ
    static final char ALEF_WAVY_HAMZA_BELOW = '\u0673'; // ٳ
    static final char HIGH_HAMZA = '\u0674';         // ٴ
    static final char HIGH_HAMZA_ALEF = '\u0675';    // ٵ
    static final char HIGH_HAMZA_WAW = '\u0676';     // ٶ
    static final char HIGH_HAMZA_YEH = '\u0678';     // ٸ
    static final char HAMZA_ABOVE = '\u0654';        // combining ٔ
    static final char HAMZA_BELOW = '\u0655';        // combining ٕ
    static final char MADDA_ABOVE = '\u0653';        // combining ٓ

    // Letters of the Arabic alphabet used by the rules
    static final char BEH = '\u0628';                // ب
    static final char TEH_MARBUTA = '\u0629';        // ة
    static final char TEH = '\u062A';                // ت
    static final char THEH = '\u062B';               // ث
    static final char JEEM = '\u062C';               // ج
    static final char HAH = '\u062D';                // ح
    static final char KHAH = '\u062E';               // خ
    static final char DAL = '\u062F';                // د
    static final char THAL = '\u0630';               // ذ
    static final char REH = '\u0631';                // ر
    static final char ZAIN = '\u0632';               // ز
    static final char SEEN = '\u0633';               // س
    static final char SHEEN = '\u0634';              // ش
    static final char SAD = '\u0635';                // ص
    static final char DAD = '\u0636';                // ض
    static final char TAH = '\u0637';                // ط
    static final char ZAH = '\u0638';                // ظ
    static final char AIN = '\u0639';                // ع
    static final char GHAIN = '\u063A';              // غ
    static final char TATWEEL = '\u0640';            // ـ
    static final char FEH = '\u0641';                // ف
    static final char QAF = '\u0642';                // ق
    static final char KAF = '\u0643';                // ك
    static final char LAM = '\u0644';                // ل
    static final char MEEM = '\u0645';               // م
    static final char NOON = '\u0646';               // ن
    static final char HEH = '\u0647';                // ه
    static final char WAW = '\u0648';                // و
    static final char ALEF_MAKSURA = '\u0649';       // ى
    static final char YEH = '\u064A';                // ي

    // Harakat and Quranic marks (removed)
    static final char FATHATAN = '\u064B';
    static final char SUKUN = '\u0652';
    static final char SUPERSCRIPT_ALEF = '\u0670';   // dagger alef ٰ
    static final char QURANIC_MARKS_FIRST = '\u06D6';
    static final char QURANIC_MARKS_LAST = '\u06ED';

    // Persian, Urdu, Kurdish and Maghrebi letters (mapped to the Arabic letter Arabic media use for them)
    static final char TTEH = '\u0679';               // ٹ Urdu
    static final char PEH = '\u067E';                // پ
    static final char TCHEH = '\u0686';              // چ
    static final char DDAL = '\u0688';               // ڈ Urdu
    static final char RREH = '\u0691';               // ڑ Urdu
    static final char REH_V = '\u0695';              // ڕ Kurdish
    static final char JEH = '\u0698';                // ژ
    static final char VEH = '\u06A4';                // ڤ
    static final char QAF_THREE_DOTS = '\u06A8';     // ڨ Maghrebi g
    static final char KEHEH = '\u06A9';              // ک
    static final char NG = '\u06AD';                 // ڭ
    static final char GAF = '\u06AF';                // گ
    static final char LAM_V = '\u06B5';              // ڵ Kurdish
    static final char NOON_GHUNNA = '\u06BA';        // ں
    static final char HEH_DOACHASHMEE = '\u06BE';    // ھ
    static final char HEH_YEH = '\u06C0';            // ۀ
    static final char HEH_GOAL = '\u06C1';           // ہ
    static final char HEH_GOAL_HAMZA = '\u06C2';     // ۂ
    static final char TEH_MARBUTA_GOAL = '\u06C3';   // ۃ
    static final char WAW_O = '\u06C6';              // ۆ Kurdish
    static final char WAW_U = '\u06C7';              // ۇ
    static final char WAW_VE = '\u06CB';             // ۋ
    static final char FARSI_YEH = '\u06CC';          // ی
    static final char YEH_TAIL = '\u06CD';           // ۍ
    static final char YEH_V = '\u06CE';              // ێ Kurdish
    static final char YEH_E = '\u06D0';              // ې
    static final char YEH_BARREE = '\u06D2';         // ے
    static final char YEH_BARREE_HAMZA = '\u06D3';   // ۓ
    static final char AE = '\u06D5';                 // ە Kurdish

    // Digits and separators
    static final char ARABIC_INDIC_ZERO = '\u0660';
    static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
    static final char ARABIC_PERCENT = '\u066A';     // ٪
    static final char ARABIC_DECIMAL_SEPARATOR = '\u066B'; // ٫
    static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C'; // ٬

    // Invisible format and bidi controls (removed)
    static final char ARABIC_LETTER_MARK = '\u061C'; // ALM
    static final char ZERO_WIDTH_SPACE = '\u200B';   // becomes a space: it separates words
    static final char ZWNJ = '\u200C';
    static final char ZWJ = '\u200D';
    static final char LRM = '\u200E';
    static final char RLM = '\u200F';
    static final char LRE = '\u202A';
    static final char RLE = '\u202B';
    static final char PDF = '\u202C';
    static final char LRO = '\u202D';
    static final char RLO = '\u202E';
    static final char LRI = '\u2066';
    static final char RLI = '\u2067';
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';
    static final char BOM = '\uFEFF';
    static final char REPLACEMENT = '\uFFFD';

    private ArabicLetters() {
    }

    /** ا و ي and the hamza: the letters Arabic uses for long vowels (and the seatless hamza). */
    static boolean isVowelLetter(char c) {
        return c == ALEF || c == WAW || c == YEH || c == HAMZA;
    }

    /** True for the letters of the basic Arabic alphabet after normalisation (ء to ي). */
    static boolean isArabicLetter(char c) {
        return c >= HAMZA && c <= YEH && c != TATWEEL;
    }
}
