package org.sahifa.ui.reader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an article's author field holds, to decide whether the reader may put "by" («بقلم») before it. Arabic news
 * sites fill the field with datelines and credits far more often than with a bare name — «لندن: رنيم حنوش»,
 * «واس - الرياض», «الرياض - الوئام:», «عكاظ (جدة)», «"الاقتصادية" من الرياض» — and «بقلم موسكو: …» reads as nonsense.
 * Only a bare personal name (two to five words, no dateline punctuation, no agency or desk word) is a
 * {@link Kind#PERSON}; anything else is shown as written.
 */
public final class Byline {

    /** What the field is. */
    public enum Kind {
        /** A bare personal name: shown as "by NAME". */
        PERSON,
        /** A dateline, an agency, a desk or a mix of these: shown as written, without "by". */
        CREDIT
    }

    /** Punctuation that a dateline or credit has and a bare name has not: colon, dashes, brackets, quotes, commas. */
    private static final Pattern DATELINE_MARKS = Pattern.compile("[:：\\-‐‑–—―_/|()\\[\\]«»\"“”'،,؛;.]");
    /** Words of agencies, desks and correspondents (whole words, after the clitic «و»/«ال» is allowed). */
    private static final List<String> CREDIT_WORDS = List.of(
            "واس", "رويترز", "وكالة", "وكالات", "الوكالات", "متابعات", "متابعة", "مراسل", "مراسلنا", "مراسلة",
            "مراسلو", "قسم", "مكتب", "محرر", "تحرير", "التحرير", "فريق", "خاص", "الأناضول", "فرانس", "برس", "أونلاين",
            "بقلم", "كتب", "إعداد", "ترجمة", "reuters", "afp", "ap", "staff", "agencies", "by", "from", "desk",
            "correspondent", "editor", "editorial");
    private static final Pattern FROM_PLACE = Pattern.compile("(^|\\s)(من|في)\\s");
    /** A title before a name: «د.» (doctor), «أ.» (professor), «م.» (engineer), «الدكتور», "Dr." */
    private static final Pattern TITLE = Pattern.compile("^(?:(?:د|أ|م|Dr|Prof)\\s*[./]|الدكتور|الأستاذ|المهندس)\\s*");
    private static final int MAX_NAME_WORDS = 5;

    private Byline() {
    }

    /** What {@code author} holds; {@code null} or blank is a credit (nothing to put "by" before). */
    public static Kind of(String author) {
        if (author == null) {
            return Kind.CREDIT;
        }
        String s = TITLE.matcher(author.replace('\u00A0', ' ').strip()).replaceFirst("");
        if (s.isEmpty() || DATELINE_MARKS.matcher(s).find() || FROM_PLACE.matcher(s).find()
                || s.codePoints().anyMatch(Character::isDigit)) {
            return Kind.CREDIT;
        }
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return Kind.CREDIT;
        }
        for (String w : words) {
            if (w.codePointCount(0, w.length()) == 1) {
                return Kind.CREDIT; // initials of an agency: «د ب أ», «أ ف ب»
            }
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            String bare = lower.startsWith("و") && lower.length() > 3 ? lower.substring(1) : lower;
            if (CREDIT_WORDS.contains(lower) || CREDIT_WORDS.contains(bare)) {
                return Kind.CREDIT;
            }
        }
        return Kind.PERSON;
    }

    /** The author field as the meta line shows it, with {@code byPattern} (e.g. «بقلم {0}») only before a name. */
    public static String display(String author, java.util.function.Function<String, String> byPattern) {
        if (author == null || author.isBlank()) {
            return "";
        }
        String s = author.replace('\u00A0', ' ').strip();
        if (of(s) == Kind.PERSON) {
            return byPattern.apply(s);
        }
        // A dateline keeps its words; a trailing colon (the body followed it on the page) is dropped.
        return s.replaceAll("\\s*[:：]$", "");
    }
}
