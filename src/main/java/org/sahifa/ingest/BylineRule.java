package org.sahifa.ingest;

import java.util.regex.Pattern;

/**
 * Recognises the short lines of a newspaper text that name who wrote an article, where it was filed or when — a
 * byline («بقلم …», «By …»), a dateline («الرياض - واس», «لندن: رنيم حنوش», «ساو باولو ــ رويترز:») or a date line
 * («الأحد 12 مارس 2015», «2015/07/21», «آخر تحديث: …») — so that they are never taken for headlines (decision 0013).
 * Only lines of at most {@value #MAX_WORDS} words and {@value #MAX_CHARS} characters qualify.
 */
final class BylineRule {

    static final int MAX_WORDS = 8;
    static final int MAX_CHARS = 90;

    /** «بقلم …» and «By …» always; the other words only as a label with a colon or dash («إعداد: …»). */
    private static final Pattern BYLINE_START = Pattern.compile(
            "^[\\p{Punct}«\\s]*(بقلم|by|reporting by|written by|report by|من مراسل[^\\s]*)(\\s|:|$)"
                    + "|^[\\p{Punct}«\\s]*(كتب|كتبت|كتبه|كتبها|إعداد|اعداد|تقرير|متابعة|ترجمة|تحرير|حوار|رصد|تصوير|"
                    + "مراسل|مراسلة|المحرر|محرر|from|photo|photos)\\s*[:\\-–—]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AGENCY = Pattern.compile(
            "(^|[\\s\\-–—ـ:(«])(واس|رويترز|أ ف ب|ا ف ب|أ\\.ف\\.ب|أ\\. ف\\. ب|د ب أ|د\\.ب\\.أ|كونا|وام|قنا|بنا|سانا|"
                    + "الأناضول|يو بي آي|وكالات|الوكالات|سبق|AFP|Reuters|AP|DPA|UPI|Xinhua)($|[\\s\\-–—ـ:)»,.،])",
            Pattern.CASE_INSENSITIVE);
    /** «SOURCE» من PLACE: a publication in quotes, then where the story was filed. */
    private static final Pattern SOURCE_FROM_PLACE = Pattern.compile("^«[^»]{1,30}»\\s+(من|في)\\s+\\S+(\\s\\S+)?:?$");
    /** «PLACE - NAME»: a dash with a space on one side at least, or a run of tatweels (not one inside a word). */
    private static final Pattern DASH_LINE = Pattern.compile(
            "^[^\\-–—:]{2,30}?(\\s+[-–—ـ]+\\s*|\\s*[-–—ـ]+\\s+)[^\\-–—]{2,40}:?$");
    private static final Pattern DATE_WORDS = Pattern.compile("[،,:\\-/]*(هـ|ه|م|الموافق|عام|سنة|في|on)[،,:\\-/]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_OR_DAY = Pattern.compile(
            "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
                    + "كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|"
                    + "ذو القعدة|ذو الحجة|ذي القعدة|ذي الحجة|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|"
                    + "الجمعة|السبت|January|February|March|April|May|June|July|August|September|October|November|"
                    + "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT = Pattern.compile("[0-9٠-٩۰-۹]");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "[0-9٠-٩]{1,4}\\s*[/.\\-]\\s*[0-9٠-٩]{1,2}\\s*[/.\\-]\\s*[0-9٠-٩]{1,4}");
    private static final Pattern STAMP = Pattern.compile(
            "^(آخر تحديث|اخر تحديث|تاريخ النشر|نشر في|نُشر في|تم النشر|published|updated|last updated)",
            Pattern.CASE_INSENSITIVE);

    private BylineRule() {
    }

    static boolean isByline(String line) {
        if (line.length() > MAX_CHARS) {
            return false;
        }
        String s = line.strip();
        int words = s.isEmpty() ? 0 : s.split("\\s+").length;
        if (words == 0 || words > MAX_WORDS) {
            return false;
        }
        if (BYLINE_START.matcher(s).find() || STAMP.matcher(s).find()) {
            return true;
        }
        if (AGENCY.matcher(s).find()) {
            return true;
        }
        if (words <= 6 && SOURCE_FROM_PLACE.matcher(s).matches()) {
            return true;
        }
        if (words <= 6 && DASH_LINE.matcher(s).matches()) {
            return true;
        }
        return isDateLine(s, words);
    }

    /** A line made mostly of a date: at least half its words are numbers, month or day names, or date words. */
    private static boolean isDateLine(String s, int words) {
        if (!DIGIT.matcher(s).find()) {
            return false;
        }
        int dateWords = 0;
        for (String word : s.split("\\s+")) {
            String w = word.replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (DIGIT.matcher(w).find() || MONTH_OR_DAY.matcher(w).matches() || DATE_WORDS.matcher(w).matches()
                    || NUMERIC_DATE.matcher(w).find()) {
                dateWords++;
            }
        }
        return dateWords * 2 >= words + (words % 2) && (NUMERIC_DATE.matcher(s).find() || MONTH_OR_DAY.matcher(s).find());
    }
}
