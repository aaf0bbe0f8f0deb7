package org.sahifa.ui.shaping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts the check draws, in named sets: the words of the bundled seed article and of the shaping test article,
 * the most frequent words of SaudiNewsNet, and a generated set that puts every letter in every joining position
 * next to every other, with lam-alef, hamza forms, harakat and shadda, Persian and Urdu letters, digits,
 * punctuation and mixed Arabic–Latin–digit lines. Every entry is one line of text.
 */
final class ShapingCorpus {

    /** The Arabic letters (with the hamza seats, teh marbuta and alef maksura). */
    static final String ARABIC = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
    /** Persian and Urdu letters. */
    static final String PERSIAN_URDU = "پچژگکیۀٹڈڑںےھۓ";
    static final String TATWEEL = "ـ";
    /** Fatha, damma, kasra, the three tanwin, sukun, shadda and superscript alef. */
    static final String HARAKAT = "\u064E\u064F\u0650\u064B\u064C\u064D\u0652\u0651\u0670";
    static final String SHADDA = "\u0651";

    private ShapingCorpus() {
    }

    /** Every set, in report order; each is free of duplicates. */
    static Map<String, List<String>> all() {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("words.json", wordsJson());
        sets.put("seed", seedWords());
        sets.put("seed-phrases", seedPhrases());
        sets.put("saudinewsnet-5000", saudiNewsNet());
        sets.putAll(generated());
        return sets;
    }

    /** The sets named in {@code -Dsahifa.shaping.sets=a,b} (for runs on a part while developing), or all. */
    static Map<String, List<String>> selected() {
        String only = System.getProperty("sahifa.shaping.sets", "");
        Map<String, List<String>> all = all();
        if (only.isBlank()) {
            return all;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : only.split(",")) {
            List<String> set = all.get(name.trim());
            if (set == null) {
                throw new IllegalArgumentException("no shaping set " + name + "; sets: " + all.keySet());
            }
            out.put(name.trim(), set);
        }
        return out;
    }

    /** The generated sets only (no text files). */
    static Map<String, List<String>> generated() {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("letters", letters());
        sets.put("pairs", pairs());
        sets.put("triples", triples());
        sets.put("lam-alef", lamAlef());
        sets.put("hamza", hamza());
        sets.put("harakat", harakat());
        sets.put("persian-urdu", persianUrdu());
        sets.put("digits", digits());
        sets.put("punctuation", punctuation());
        sets.put("mixed", mixed());
        return sets;
    }

    static List<String> wordsJson() {
        try (InputStream in = resource("/org/sahifa/ui/shaping/words.json")) {
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode article : new ObjectMapper().readTree(in)) {
                out.addAll(words(article.get("title").asText()));
                out.addAll(words(article.get("body").asText()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> seedWords() {
        return List.copyOf(new LinkedHashSet<>(words(seed())));
    }

    /** The seed cut into runs of four words, punctuation and quotes kept: words in context, mixed runs. */
    static List<String> seedPhrases() {
        Set<String> out = new LinkedHashSet<>();
        for (String line : seed().split("\n")) {
            List<String> w = List.of(line.trim().split("\\s+"));
            for (int i = 0; i < w.size(); i += 4) {
                String phrase = String.join(" ", w.subList(i, Math.min(w.size(), i + 4))).trim();
                if (!phrase.isEmpty()) {
                    out.add(phrase);
                }
            }
        }
        return List.copyOf(out);
    }

    static List<String> saudiNewsNet() {
        List<String> out = new ArrayList<>();
        for (String line : text("/org/sahifa/ui/shaping/saudinewsnet-top5000.tsv").split("\n")) {
            if (!line.isBlank()) {
                out.add(line.substring(0, line.indexOf('\t')));
            }
        }
        return out;
    }

    /** Each letter alone and in every joining position (tatweel on the joining sides). */
    static List<String> letters() {
        Set<String> out = new LinkedHashSet<>();
        for (String l : codepoints(ARABIC + PERSIAN_URDU)) {
            out.add(l);
            out.add(TATWEEL + l);
            out.add(l + TATWEEL);
            out.add(TATWEEL + l + TATWEEL);
        }
        return List.copyOf(out);
    }

    /** Every ordered pair of letters, at the start of a word and inside one. */
    static List<String> pairs() {
        Set<String> out = new LinkedHashSet<>();
        List<String> letters = codepoints(ARABIC + PERSIAN_URDU);
        for (String a : letters) {
            for (String b : letters) {
                out.add(a + b);
                out.add("ب" + a + b + "ه");
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every triple of shape groups, alone and after a joining letter: contextual forms (such as Amiri's
     * ر/د before ك) depend on the letter before and after, and the dots do not change the joining.
     */
    static List<String> triples() {
        Set<String> out = new LinkedHashSet<>();
        List<String> groups = codepoints("ابحدرسصطعفقكلمنهوى");
        for (String a : groups) {
            for (String b : groups) {
                for (String c : groups) {
                    out.add(a + b + c);
                    out.add("ت" + a + b + c + "ا");
                }
            }
        }
        return List.copyOf(out);
    }

    static List<String> lamAlef() {
        Set<String> out = new LinkedHashSet<>();
        for (String alef : codepoints("اأإآٱ")) {
            for (String before : List.of("", "ب", "ا", "ال", "فل")) {
                out.add(before + "ل" + alef);
                out.add(before + "ل" + alef + "ت");
                out.add(before + "ل" + SHADDA + "\u064E" + alef);
                out.add(before + "ل" + "\u064E" + alef + "م");
            }
        }
        out.addAll(List.of("الله", "لله", "بالله", "عبدالله", "للأمم", "للإعلام", "لآخر", "إلا", "ألا", "هلا", "كلا"));
        return List.copyOf(out);
    }

    static List<String> hamza() {
        Set<String> out = new LinkedHashSet<>();
        for (String seat : codepoints("ءأإآؤئٱ")) {
            for (String l : codepoints("بسلمكرو")) {
                out.add(seat + l);
                out.add(l + seat);
                out.add("ب" + seat + l);
                out.add("ب" + l + seat);
            }
        }
        out.addAll(List.of("سؤال", "مسؤول", "مسئول", "شيء", "بطء", "جزء", "جزءا", "هيئة", "رئيس", "قراءة", "مساءً",
                "إسرائيل", "تأمين", "مأساة", "أإ", "ءا", "أسئلة", "مئة", "بيئة", "يقرؤون", "مبدأ", "ملجأ", "عبء"));
        return List.copyOf(out);
    }

    /** Every letter with every haraka, shadda alone and with each vowel, at the start and inside a word. */
    static List<String> harakat() {
        Set<String> out = new LinkedHashSet<>();
        List<String> marks = new ArrayList<>(codepoints(HARAKAT));
        for (String v : codepoints("\u064E\u064F\u0650\u064B\u064C\u064D")) {
            marks.add(SHADDA + v);
        }
        for (String l : codepoints(ARABIC)) {
            for (String m : marks) {
                out.add(l + m + "ب");
                out.add("ب" + l + m + "ه");
            }
        }
        out.addAll(List.of("بِسْمِ", "اللَّهِ", "الرَّحْمَٰنِ", "الرَّحِيمِ", "مُحَمَّدٌ", "عَلِيٌّ", "شُكْرًا", "مَدْرَسَةٌ",
                "تُعلن", "انتصارًا", "عسكريًا", "دعمًا", "مُتَحَدِّثًا", "تَرْكِيَا", "الْمَرْكَزُ", "ذِكْرَى"));
        return List.copyOf(out);
    }

    static List<String> persianUrdu() {
        Set<String> out = new LinkedHashSet<>(List.of("پاکستان", "چین", "ژاپن", "گرگان", "کتاب", "یک", "خانهٔ",
                "ٹیلی", "ڈاکٹر", "گاڑی", "میں", "ہے", "بھی", "نۓ", "فارسی", "اردو", "پژوهش", "گچ", "چگونه", "پیش"));
        for (String l : codepoints(PERSIAN_URDU)) {
            out.add("ب" + l + "ا");
            out.add(l + "ک" + l);
        }
        return List.copyOf(out);
    }

    static List<String> digits() {
        Set<String> out = new LinkedHashSet<>(List.of("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "0123456789", "٢٠٢٣", "١٢٫٥",
                "١٬٠٠٠", "٥٠٪", "%50", "٩:٠٠", "٢٣/٠٩/٢٠٢٣", "-١٥", "+٩٦٦", "١٢٣٤٥٦٧٨٩٠", "٣٫١٤١٥٩"));
        for (String d : codepoints("٠١٢٣٤٥٦٧٨٩")) {
            out.add("عام " + d + d);
        }
        return List.copyOf(out);
    }

    static List<String> punctuation() {
        Set<String> out = new LinkedHashSet<>();
        for (String p : codepoints("،؛؟!.:«»()[]\"'…٪٫٬—-/*")) {
            out.add("كلمة" + p);
            out.add(p + "كلمة");
        }
        out.addAll(List.of("«فرانس برس»", "(الكرملين)", "قال: «نعم»، ثم", "هل؟!", "أولًا؛ ثانيًا", "\"السيادة\"",
                "[١]", "— قال", "ص. ب. ١٢٣"));
        return List.copyOf(out);
    }

    static List<String> mixed() {
        return List.of(
                "الكرملين: رئيس أذربيجان اعتذر من بوتين (AFP) 24 ساعة",
                "قالت وكالة رويترز (Reuters) إن ٣ جنود قتلوا",
                "سعر البرميل 85.4 دولار (Brent) في ٢٠٢٣",
                "مباراة الهلال 2-1 النصر في دوري روشن",
                "موقع www.spa.gov.sa للأخبار",
                "شركة Apple تطلق iPhone 15 في سبتمبر",
                "ارتفع المؤشر %3.5 إلى 11,200 نقطة",
                "قمة G20 في نيودلهي «الهند» 9-10 سبتمبر",
                "رقم الهاتف +966 11 123 4567 للاستفسار",
                "فيروس COVID-19 وفق منظمة WHO",
                "قال آنار ايفازوف (Anar Eyvazov) للصحفيين",
                "الساعة 9:00 ص في قره باغ",
                "تركيا والمركز (Turkey) 2023",
                "بين «قوسين» و(هلالين) و[معقوفين]",
                "النسخة 2.0 من تطبيق «صحيفة»",
                // Latin that HarfBuzz kerns (Va, To, Ya) or ligates (ffi) and JavaFX draws glyph by glyph.
                "برنامج Microsoft Office 365 الجديد",
                "فريق Valencia ضد Toledo",
                "نقلت AFP عن Yahoo وTwitter");
    }

    /** Whitespace-separated tokens with the surrounding punctuation removed (inner marks kept). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            String w = token.replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static List<String> codepoints(String s) {
        List<String> out = new ArrayList<>();
        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    private static String seed() {
        return text("/org/sahifa/samples/karabakh-report.txt");
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ShapingCorpus.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("test resource missing from the class path: " + name);
        }
        return in;
    }
}
