package org.sahifa.search;

import org.sahifa.text.ArabicGivenNames;
import org.sahifa.text.LatinReadings;
import org.sahifa.text.NameKey;
import org.sahifa.text.NameMatcher;
import org.sahifa.text.TransliterationModel;
import org.sahifa.text.analysis.NameKeyTerms;
import org.sahifa.text.analysis.NameVariants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Arabic spellings in the index of a Latin name the bilingual lists do not know (Facebook → فيسبوك, Buraidah →
 * بريدة, Raqqa → الرقة), found by the transliteration model learned from the shipped name pairs (decision 0028):
 * the model's likeliest spellings give the consonant keys to scan in the name field; each indexed spelling there
 * (one word, a word behind the article ال, two words read as one, or a compound with the article: حزب الله) is
 * scored by the model, and kept when it scores within the learned margin ({@value #FOUND} of real spellings) of the
 * likeliest spelling and within the closer margin ({@value #CLOSE}) of the best spelling found, is name-like
 * ({@link NameWords#isNameLike}) and is written as a word on its own. The model is learned once per process, on
 * first use (a few seconds of CPU). Thread-safe; no instances.
 */
final class LearnedSpellings {

    /**
     * Share of the held-out name pairs whose real spelling scores within the margin of the likeliest spelling: an
     * indexed spelling further below is no writing of the name.
     */
    static final double FOUND = 0.95;
    /**
     * The same for the margin below the best spelling found in the index: other spellings of the name must be
     * nearly as probable as the library's own (Bayern: بايرن, بيرن, not باين).
     */
    static final double CLOSE = 0.8;
    /**
     * The same, wider, for an Arabic variant of an accepted spelling that the library writes more often than every
     * accepted one ({@link #arabicVariants}).
     */
    static final double VARIANT_FOUND = 0.97;
    /** One pair in this many is held out to measure the margin. */
    static final int HELD_OUT_EVERY = 20;
    /**
     * The same, widest, for a spelling with letters of native names that is a name of the library (decision 0035):
     * a romanised Arabic name (Hail, Daraa) is written with letters the model learned mostly from foreign names, so
     * its real spelling (حائل, درعا) scores lower; the library's name evidence, not the closer margin, keeps it.
     */
    static final double ARABIC_FOUND = 0.98;
    /**
     * The same, for a name read as romanised Arabic against the best spelling the lists give for the Latin word
     * ({@link #listedVariants}).
     */
    static final double LISTED_CLOSE = 0.9;
    /**
     * A one-word spelling the library writes in fewer than one article in this many of the usual spelling's (the
     * found spelling written in most articles) and that the model scores below it is another name, not a rarer
     * writing of this one ({@link #keepTheUsualName}).
     */
    static final int OUTWRITTEN = 5;
    /** Spellings generated to find the keys to scan. */
    static final int GENERATED = 32;
    /** Keys scanned at most. */
    static final int MAX_KEYS = 16;
    /** Shortest part of a split spelling. */
    static final int MIN_PART = 3;
    private static final String ARTICLE = "ال";
    private static final char THEH = '\u062B';
    private static final char TEH = '\u062A';
    private static final String VOWELS = "aeiou";
    private static final NameMatcher MATCHER = NameMatcher.standard();

    private LearnedSpellings() {
    }

    private static final class Holder {
        static final TransliterationModel.Calibrated MODEL = TransliterationModel.learnCalibrated(
                NameLexiconWords.transliterationPairs(), HELD_OUT_EVERY, NameLexiconWords::sameKey,
                NameLexiconWords.NEAR_KEY_WEIGHT);
        static final LatinReadings READINGS = LatinReadings.learn(MODEL.model(), NameLexiconWords.allPairs());
    }

    /** The learned model and its margin. */
    static TransliterationModel.Calibrated model() {
        return Holder.MODEL;
    }

    /** The learned model read as the source language of a Latin name suggests (decision 0031). */
    static LatinReadings readings() {
        return Holder.READINGS;
    }

    /** The normalised Arabic spellings of the normalised Latin word in the name field of {@code index}, best first. */
    static List<String> in(QueryIndex index, String latin) {
        LatinReadings model = readings();
        double floor = model.best(latin) - model().margin(FOUND);
        if (floor == Double.NEGATIVE_INFINITY) {
            return List.of();
        }
        Map<String, Double> found = scored(index, model, latin, floor);
        // an ordinary word the library tags mostly with a fixed second word: that name (Medina, decision 0138)
        Map<String, Double> epithets = LatinEpithetNames.of(index.names(), found);
        keepLikelyNames(index, latin, found, model.best(latin));
        double best = found.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double close = best - model().margin(CLOSE);
        found.values().removeIf(s -> s < close);
        arabicNames(index, latin, true).forEach(found::putIfAbsent);
        // a romanised Arabic name with the article that writes a strong name of the library letter by letter, however
        // the model scores it (Al-Duwailah: «الضويلع»; decision 0207)
        LatinLinedUpNames.addTo(index, latin, found);
        // a place or name the library marks so otherwise than by the recogniser's tags (decision 0158: صبيا, السديس)
        // ... but an ordinary word so marked only where no likelier spelling is written (سان of «مدينة سان
        // فرانسيسكو» is no reading of Sanah beside سناح; decision 0171)
        Map<String, Double> listedOrFound = Map.copyOf(found);
        LatinNativeNames.of(index, latin).forEach((s, sc) -> {
            if (!LatinNativeNames.outscored(index.names(), latin, s, sc, listedOrFound)) {
                found.putIfAbsent(s, sc);
            }
        });
        keepTheUsualName(index.names(), found);
        splits(index, found).forEach(found::putIfAbsent);
        // a function word behind a clitic is no Latin name's reading (يما يلي of فيما يلي, decision 0153)
        found.keySet().removeIf(f -> LatinSpellingFit.isFunctionWordReading(index, f));
        // two Latin vowel letters together write a long vowel: Al-Aiban is not «البن» (decision 0154)
        found.keySet().removeIf(f -> !LatinSpellingFit.writesLongVowels(latin, f));
        // a place's adjective beside the place, for a Latin word ending in a: بيشة, not البيشي (decision 0154)
        Set<String> spellings = Set.copyOf(found.keySet());
        found.keySet().removeIf(f -> LatinSpellingFit.isNisbaOfAnother(latin, f, spellings));
        List<String> out = new ArrayList<>(found.keySet());
        out.sort((a, b) -> Double.compare(found.get(b), found.get(a)));
        out.addAll(arabicVariants(index, latin, out));
        // a spelling the lists give other Latin names only is theirs: Quba is not «كوبا» (Cuba; decision 0169)
        out.removeIf(f -> LatinNameOwners.isAnotherName(index.names().lexicon(), latin, f));
        // a long vowel letter where the Latin writes no vowel, or none where it writes two, beside a spelling that
        // fits: Al-Jabri is «الجابري», not «الجبوري» (decision 0196)
        LatinVowelSlots.leaveOutMisfits(latin, out, List.of());
        // a family name typed with its article: every Latin consonant is read (Al-Bishri is not «البيشي»; 0211)
        LatinConsonantsRead.leaveOutUnread(latin, out);
        // a doubled consonant and one vowel: the ā of فعّال, where the library writes the spelling with it (Al-Farraj:
        // «الفراج», not «الفرج»; decision 0228)
        LatinDoubledConsonants.leaveOutShortened(latin, out);
        // a family name's final vowel, consonant or nisba as the Latin writes it (Al-Dhale: «الضالع», not «الظل»; 0229)
        LatinEndings.leaveOutOtherEndings(latin, out);
        epithets.keySet().stream().filter(p -> !out.contains(p)).sorted().forEach(out::add);
        return out;
    }

    /**
     * The two-word names with a fixed second word ({@link LatinEpithetNames}) of the ordinary words the model finds
     * for the Latin word within its margin, for a listed Latin name too (Medina: the lists give ميدينا).
     */
    static List<String> epithets(QueryIndex index, String latin) {
        LatinReadings model = readings();
        double floor = model.best(latin) - model().margin(FOUND);
        if (floor == Double.NEGATIVE_INFINITY) {
            return List.of();
        }
        return LatinEpithetNames.of(index.names(), scored(index, model, latin, floor)).keySet().stream().sorted()
                .toList();
    }

    /**
     * Leaves out of {@code found} (spellings with their scores, all within the model's margin) the ones the model
     * does not vouch for enough given what the library says about them (decision 0033):
     * <ul>
     *   <li>an <b>ordinary word</b> ({@link NameWords#isOrdinaryWord}: a dictionary form the library does not mostly
     *       tag as a name) only when it is the model's best spelling among those the library writes in at least
     *       {@value NameWords#MIN_ARTICLES_FOR_STATISTICS} articles (Rabigh: رابغ, not ربي), no name the library
     *       tags in as many articles scores within the closer margin below it (Abadi: العبادي, not أبدى; Hail: هايل,
     *       not هيل), never tagged only within the closer margin of the likeliest spelling (Wenger: not نغير), and
     *       not read through a proclitic before another dictionary word (Basra: not بأسره = ب + أسره);</li>
     *   <li><b>another listed name</b>: a spelling the bilingual lists pair with Latin names of other consonants
     *       (نايف: naif, nayef) only within the closer margin of the likeliest spelling (Najaf: not نايف, 4.6
     *       nats below).</li>
     * </ul>
     * Decided by the model's scores and the library's (or collection's) counts only, so every archive shard
     * decides alike (decision 0124).
     */
    static void keepLikelyNames(QueryIndex index, String latin, Map<String, Double> found, double likeliest) {
        NameWords names = index.names();
        double close = model().margin(CLOSE);
        double bestWritten = Double.NEGATIVE_INFINITY;
        Map<String, Double> namesFound = new HashMap<>();
        for (Map.Entry<String, Double> e : found.entrySet()) {
            String s = e.getKey();
            if (names.articleCount(s) >= NameWords.MIN_ARTICLES_FOR_STATISTICS) {
                bestWritten = Math.max(bestWritten, e.getValue());
            }
            if (s.indexOf(' ') < 0 && names.isName(s)
                    && names.taggedCount(s) >= NameWords.MIN_ARTICLES_FOR_STATISTICS) {
                namesFound.put(s, e.getValue());
            }
        }
        double written = bestWritten;
        found.entrySet().removeIf(e -> {
            String s = e.getKey();
            double score = e.getValue();
            if (names.isOrdinaryWord(s)) {
                if (score < written || names.taggedCount(s) == 0 && score < likeliest - close
                        || LatinSoundTargets.throughProclitic(index, MATCHER, latin, s)) {
                    return true;
                }
                for (double other : namesFound.values()) {
                    if (other >= score - close) {
                        return true;
                    }
                }
            }
            return score < likeliest - close && isOtherListedName(names, latin, s);
        });
    }

    /**
     * Leaves out of {@code found} (one-word and split spellings with their scores) the one-word spellings that are
     * another name beside the library's usual spelling of the Latin word: written in fewer than 1/{@value #OUTWRITTEN}
     * of the articles of the found spelling the library writes most, and scored below it by the model. The model
     * reaches the consonants of a Latin word in several names of the library; the one the library writes most is the
     * name it means, and a rarer one the model does not prefer is a family or another place (Jubeir: الجبير, not
     * الجبار, الجبر, جوبر; FIFA: الفيفا, not the family name الفيفي). A rarer spelling the model scores at least as
     * well stays (فايسبوك beside فيسبوك, يوفينتوس beside يوفنتوس), and a rarer writing that is a letter variant of the
     * usual one is still searched as its variant. Counts and scores only, so every archive shard decides alike
     * (decision 0124).
     */
    static void keepTheUsualName(NameWords names, Map<String, Double> found) {
        String usual = null;
        long most = 0;
        for (String s : found.keySet()) {
            long n = names.articleCount(s);
            if (s.indexOf(' ') < 0 && (n > most || n == most && usual != null && s.compareTo(usual) < 0)) {
                usual = s;
                most = n;
            }
        }
        if (usual == null) {
            return;
        }
        String kept = usual;
        double usualScore = found.get(usual);
        long usualArticles = most;
        found.entrySet().removeIf(e -> e.getKey().indexOf(' ') < 0 && !e.getKey().equals(kept)
                && names.articleCount(e.getKey()) * OUTWRITTEN < usualArticles && e.getValue() < usualScore);
    }

    /**
     * True when the bilingual lists pair the normalised Arabic spelling (or the spelling without its article) with
     * Latin names, none of which has the consonant key of the Latin word: another name (نايف for Najaf).
     */
    static boolean isOtherListedName(NameWords names, String latin, String spelling) {
        String bare = spelling.startsWith(ARTICLE) && spelling.length() > ARTICLE.length() + 2
                ? spelling.substring(ARTICLE.length()) : spelling;
        Set<String> keys = new java.util.HashSet<>(names.lexicon().latinKeysOf(spelling));
        keys.addAll(names.lexicon().latinKeysOf(bare));
        if (keys.isEmpty()) {
            return false;
        }
        String letters = LatinReadings.letters(latin);
        if (spelling.indexOf(THEH) >= 0 && letters.contains("th")
                && !isOtherListedName(keys, letters.replace("th", "s"))) {
            return false;   // ث: the lists' s is the typed th (Al-Thaqafi, listed as Saqafi; decision 0189)
        }
        return isOtherListedName(keys, letters);
    }

    private static boolean isOtherListedName(Set<String> keys, String letters) {
        return !keys.contains(NameKey.of(letters)) && !(LatinSoundTargets.writesArticle(letters)
                && keys.contains(NameKey.of(letters.substring(2))));
    }

    /**
     * The spellings of the name field of {@code index} that are Arabic spelling variants ({@link NameMatcher}) of
     * one of the {@code accepted} spellings and that the library writes in more articles than every accepted one:
     * the model reaches the spelling nearest the Latin letters (YouTube → يوتوب, 3 articles of SaudiNewsNet), the
     * library's usual spelling is an Arabic variant of it (يوتيوب, 140) that the model scores a little below its
     * margin. Kept when the model scores it within the wider margin ({@value #VARIANT_FOUND} of real spellings),
     * it is name-like, not another word ({@link #anotherWord}: يونكر does not bring the verb ينكر, decision 0033)
     * and written as a word on its own; a rarer variant (نمار of نيمار) is not kept.
     */
    private static List<String> arabicVariants(QueryIndex index, String latin, List<String> accepted) {
        LatinReadings model = readings();
        double floor = model.best(latin) - model().margin(VARIANT_FOUND);
        Set<String> out = new LinkedHashSet<>();
        NameWords names = index.names();
        long usual = 0;
        for (String spelling : accepted) {
            usual = Math.max(usual, names.articleCount(spelling));
        }
        for (String spelling : accepted) {
            String key = NameKey.ofNormalized(spelling);
            if (key.isEmpty() || spelling.indexOf(' ') >= 0) {
                continue;
            }
            for (String k : NameKey.variantKeys(key)) {
                for (String t : index.termsStartingWith(IndexFields.BODY_NAME, NameKeyTerms.prefix(k),
                        NameVariants.MAX_CANDIDATES)) {
                    String surface = NameKeyTerms.surface(t);
                    if (accepted.contains(surface) || out.contains(surface) || NameForms.isLatin(surface)
                            || surface.indexOf(' ') >= 0) {
                        continue;
                    }
                    if (MATCHER.matchNormalized(spelling, surface) == NameMatcher.Match.VARIANT
                            && names.articleCount(surface) > usual && score(model, latin, surface) >= floor
                            && names.isNameLike(surface) && !anotherWord(names, spelling, surface)
                            && writtenAlone(index, surface)) {
                        out.add(surface);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * True when {@code variant}, an Arabic variant of the accepted {@code spelling}, is another word: the library
     * takes the spelling for a name ({@link NameWords#isName}) and the variant for an ordinary word it never tags
     * (يونكر, tagged in 37 articles, and the verb ينكر; ابادي and the verb أبدى). A spelling the library does not
     * take for a name (a company the recogniser does not know) may bring a variant that is a dictionary word.
     */
    private static boolean anotherWord(NameWords names, String spelling, String variant) {
        return names.isOrdinaryWord(variant) && names.taggedCount(variant) == 0 && names.isName(spelling);
    }

    /**
     * The spellings of the name field of {@code index} that write the Latin word by the model's scores, at least
     * {@code floor}, name-like and written as a word on their own, with their scores.
     */
    private static Map<String, Double> scored(QueryIndex index, LatinReadings model, String latin,
                                              double floor) {
        NameWords names = index.names();
        Map<String, Double> found = new HashMap<>();
        for (String key : keys(model, latin, floor)) {
            for (String t : index.termsStartingWith(IndexFields.BODY_NAME, NameKeyTerms.prefix(key),
                    NameVariants.MAX_CANDIDATES)) {
                String surface = NameKeyTerms.surface(t);
                // the article written apart (ال فيفا, ال ايه) is no word of a name: the press joins it (0170)
                if (found.containsKey(surface) || NameForms.isLatin(surface) || surface.startsWith(ARTICLE + " ")) {
                    continue;
                }
                double s = score(model, latin, surface);
                // the article before a function word is no dictionary reading (العند; decision 0207)
                if (s >= floor && (names.isNameLike(surface) || LatinLinedUpNames.articleBeforeFunctionWord(surface))
                        && writtenAlone(index, surface)) {
                    found.put(surface, s);
                }
            }
        }
        return found;
    }

    /**
     * The split spellings of the accepted one-word spellings (سنابشات → سناب شات): the two parts, each of at least
     * {@value #MIN_PART} letters, written as words of the library and name-like. The name field holds two words as
     * one term only after a short first word (قره باغ), so a split after a longer one is found this way, as a
     * phrase, and only where the library also writes the name as one word.
     */
    private static Map<String, Double> splits(QueryIndex index, Map<String, Double> accepted) {
        Map<String, Double> out = new HashMap<>();
        NameWords names = index.names();
        accepted.forEach((w, score) -> {
            if (w.indexOf(' ') >= 0 || w.startsWith(ARTICLE)) {
                return;
            }
            for (int i = MIN_PART; i + MIN_PART <= w.length(); i++) {
                String head = w.substring(0, i);
                String tail = w.substring(i);
                if (index.writtenArticles(head) > 0 && index.writtenArticles(tail) > 0
                        && names.isNameLike(head) && names.isNameLike(tail)) {
                    out.merge(head + " " + tail, score, Math::max);
                }
            }
        });
        return out;
    }

    /**
     * The spellings of the name field of {@code index} that write the Latin word read as a romanised Arabic name
     * (decision 0035): with letters of native names ({@link LatinReadings#hasNativeLetters}), names of the library
     * ({@link NameWords#isStrongName} when {@code strong}, else {@link NameWords#isName}), the consonants of the Latin
     * word, written as words on their own and scored within the widest margin
     * ({@value #ARABIC_FOUND} of real spellings) below the likeliest spelling, with their scores. Place and person
     * alike: Hail finds «حائل», Qassim «القصيم» besides the given name «قاسم» the lists give.
     */
    static Map<String, Double> arabicNames(QueryIndex index, String latin, boolean strong) {
        LatinReadings model = readings();
        double floor = model.best(latin) - model().margin(ARABIC_FOUND);
        Map<String, Double> out = new HashMap<>();
        if (floor == Double.NEGATIVE_INFINITY) {
            return out;
        }
        NameWords names = index.names();
        double usual = model.best(latin) - model().margin(FOUND);
        String latinKey = NameKey.ofNormalized(LatinReadings.letters(latin));
        for (String key : keys(model, latin, floor)) {
            for (String t : index.termsStartingWith(IndexFields.BODY_NAME, NameKeyTerms.prefix(key),
                    NameVariants.MAX_CANDIDATES)) {
                String surface = NameKeyTerms.surface(t);
                if (out.containsKey(surface) || surface.indexOf(' ') >= 0 || NameForms.isLatin(surface)
                        || !LatinReadings.hasNativeLetters(surface) || !sameConsonants(latinKey, surface)) {
                    continue;
                }
                double s = score(model, latin, surface);
                // a name the recogniser tags only now and then, within the usual margin (decision 0139: النصرة)
                if (s >= floor && (strong ? names.isStrongName(surface) || s >= usual
                        && LatinListedSpellings.isTaggedNowAndThen(names, surface) : names.isName(surface))
                        && writtenAlone(index, surface)) {
                    out.put(surface, s);
                }
            }
        }
        return out;
    }

    /**
     * True when the Arabic spelling, or the spelling without the article, has the consonants of the Latin word's key
     * ({@link NameKey}): a romanised Arabic name writes each consonant (Hail: حائل, not وائل; Airbus: not عباس). A ث
     * counts as the t of the Latin th that writes it (decision 0189).
     */
    static boolean sameConsonants(String latinKey, String surface) {
        if (latinKey.equals(NameKey.ofNormalized(surface)) || surface.startsWith(ARTICLE)
                && latinKey.equals(NameKey.ofNormalized(surface.substring(ARTICLE.length())))) {
            return true;
        }
        // ث, which the key reads as s, is the th a romanised Arabic name writes, read t (Al-Reeth: «الريث»; 0189)
        return surface.indexOf(THEH) >= 0 && sameConsonants(latinKey, surface.replace(THEH, TEH));
    }

    /** The name keys of the model's likeliest spellings of the Latin word down to {@code floor}, also with ال. */
    static Set<String> keys(LatinReadings model, String latin, double floor) {
        Set<String> keys = new LinkedHashSet<>();
        for (TransliterationModel.Candidate c : model.generate(latin, GENERATED)) {
            if (c.logp() < floor || keys.size() >= MAX_KEYS) {
                break;
            }
            keys.add(NameKey.ofNormalized(c.arabic()));
            keys.add(NameKey.ofNormalized(ARTICLE + c.arabic()));
        }
        keys.remove("");
        return keys;
    }

    /**
     * For a Latin name the lists translate to spellings the index holds: none when the library writes none of their
     * Arabic variants more often, else the listed spellings and those variants ({@link #arabicVariants}: the lists
     * give ميركل for Merkel, a library may write ميركال more often).
     */
    static List<String> listedVariants(QueryIndex index, String latin, List<String> listed) {
        List<String> held = new ArrayList<>();
        for (String s : listed) {
            if (holdsAny(index, List.of(s))) {
                held.add(s);
            }
        }
        if (held.isEmpty() || readings().best(latin) == Double.NEGATIVE_INFINITY) {
            return List.of();
        }
        // a listed country's variants are written more often than the country, not than its adjective (اوروغواي beside
        // اوروجواي and الاوروجوياني, decision 0173): the adjectives come with the variants (NameForms#withDerived)
        held.removeAll(adjectivesOfCountries(index.names(), held));
        List<String> variants = new ArrayList<>(arabicVariants(index, latin, held));
        // the lists may give a given name where the library means a place, or the reverse (Qassim: قاسم, القصيم):
        // a name read as romanised Arabic that scores nearly as well as the best listed spelling the index holds
        LatinReadings model = readings();
        double listedBest = held.stream().mapToDouble(h -> score(model, latin, h)).max().orElse(0);
        Map<String, Double> arabic = held.stream().anyMatch(ArabicGivenNames.lexicon()::isName)
                ? arabicNames(index, latin, false) : new HashMap<>();
        arabic.values().removeIf(sc -> sc < listedBest - model().margin(LISTED_CLOSE));
        arabic.keySet().removeAll(listed);
        arabic.keySet().removeAll(variants);
        // another Arabic given name of the same consonants is another person's name, not the place the lists missed
        // (Mahmoud: محمود is listed, محمد is no reading of it; Saud: سعود, not سعد; decision 0137)
        arabic.keySet().removeIf(LearnedSpellings::isGivenName);
        // a reading the lists pair with Latin names of other consonants is that other name, not the place the lists
        // missed (Zahran: الظهران is Dhahran; decision 0154)
        arabic.keySet().removeIf(r -> isOtherListedName(index.names(), latin, r));
        variants.removeIf(v -> LatinNameOwners.isAnotherName(index.names().lexicon(), latin, v));
        arabic.keySet().removeIf(r -> LatinNameOwners.isAnotherName(index.names().lexicon(), latin, r));
        Set<String> yielded = givenNamesOutwritten(index.names(), held, arabic.keySet());
        arabic.keySet().removeAll(yielded);
        arabic.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> variants.add(e.getKey()));
        if (variants.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(listed);
        out.removeAll(yielded);
        out.addAll(variants);
        return out;
    }

    /** The nisba forms of the countries among {@code spellings} ({@link NameForms#withDerived}). */
    static Set<String> adjectivesOfCountries(NameWords names, List<String> spellings) {
        Set<String> out = new HashSet<>();
        for (String s : spellings) {
            if (names.lexicon().isCountry(s)) {
                List<String> forms = NameForms.withDerived(List.of(s), names);
                out.addAll(forms.subList(1, forms.size()));
            }
        }
        spellings.stream().filter(names.lexicon()::isCountry).forEach(out::remove);
        return out;
    }

    /**
     * The listed spellings among {@code held} that are Arabic given names ({@link ArabicGivenNames}) which a name read
     * as romanised Arabic ({@code readings}, other than the given name and the given name with the article) outwrites:
     * the library writes the reading in more articles than the given name. Such a given name, and its form with the
     * article, are left out: a Latin word the lists translate as a given name while the library writes a place of its
     * letters more often names the place (Qassim: القصيم, 491 articles, not قاسم, 297, nor القاسم; Sanaa: صنعاء, not
     * سناء). A given name with no such reading stays (Faisal: فيصل, الفيصل).
     */
    static Set<String> givenNamesOutwritten(NameWords names, List<String> held, Set<String> readings) {
        Set<String> out = new java.util.HashSet<>();
        for (String given : held) {
            if (!ArabicGivenNames.lexicon().isName(given)) {
                continue;
            }
            long own = names.articleCount(given);
            for (String r : readings) {
                if (!r.equals(given) && !r.equals(ARTICLE + given) && names.articleCount(r) > own) {
                    out.add(given);
                    out.add(ARTICLE + given);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * True when the normalised spelling, or the spelling without the article, is an Arabic given or family name of
     * the bundled lexicon ({@link ArabicGivenNames}): two such names are two names (محمود, محمد), never one name's
     * readings (decision 0137).
     */
    static boolean isGivenName(String spelling) {
        return ArabicGivenNames.lexicon().isName(spelling) || spelling.startsWith(ARTICLE)
                && spelling.length() > ARTICLE.length() + 2
                && ArabicGivenNames.lexicon().isName(spelling.substring(ARTICLE.length()));
    }

    /** True when the name field of {@code index} holds one of the normalised {@code spellings} as it is written. */
    static boolean holdsAny(QueryIndex index, List<String> spellings) {
        for (String s : spellings) {
            String term = NameWords.keyTerm(s);
            if (!term.isEmpty() && index.termsStartingWith(IndexFields.BODY_NAME,
                    NameKeyTerms.prefix(NameKey.ofNormalized(s)), NameVariants.MAX_CANDIDATES).contains(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a one-word spelling is written as a word on its own in at least half the articles whose name field
     * holds it: the name field also holds words without their proclitics, and such a fragment (بيرا of كبيرا, نات
     * of بنات) is no name.
     */
    static boolean writtenAlone(QueryIndex index, String surface) {
        if (surface.indexOf(' ') >= 0) {
            return true;
        }
        return 2L * index.writtenArticles(surface) >= index.names().articleCount(surface);
    }

    /**
     * The model's score of an indexed spelling: its letters joined, or without the article (الرقة for Raqqa), or,
     * for two words the second of which has the article, as a compound romanised as one word
     * ({@link #articleCompound}).
     */
    static double score(LatinReadings model, String latin, String surface) {
        String joined = surface.replace(" ", "");
        double s = model.score(latin, joined);
        if (joined.startsWith(ARTICLE) && joined.length() > ARTICLE.length() + 2) {
            s = Math.max(s, model.score(latin, joined.substring(ARTICLE.length())));
        }
        int space = surface.indexOf(' ');
        if (space > 0 && surface.startsWith(ARTICLE, space + 1)
                && surface.length() - space - 1 >= ARTICLE.length() + 2) {
            s = Math.max(s, articleCompound(model, latin, surface.substring(0, space),
                    surface.substring(space + 1 + ARTICLE.length())));
        }
        return s;
    }

    /**
     * The score of an Arabic compound whose second word has the article ({@code head} ال{@code tail}) for a Latin
     * word that writes it as one, with the article as a vowel and l, or the vowel and the next consonant doubled
     * (Hezbollah: Hezb-ol-lah → حزب الله, Abdurrahman: Abd-ur-rahman → عبد الرحمن): the Latin word's best score
     * less the gaps of its two parts below their own best spellings. A hand rule where the data is silent: the
     * learned pairs are single words, so no pair shows the article inside a word; minus infinity when no split
     * fits.
     */
    static double articleCompound(LatinReadings model, String latin, String head, String tail) {
        double out = Double.NEGATIVE_INFINITY;
        for (int i = 2; i + 4 <= latin.length(); i++) {
            char vowel = latin.charAt(i);
            char l = latin.charAt(i + 1);
            String first = latin.substring(0, i);
            String second = latin.substring(i + 2);
            if (VOWELS.indexOf(vowel) < 0 || l != 'l' && l != second.charAt(0)) {
                continue;
            }
            double gap = model.best(first) - model.score(first, head) + model.best(second) - model.score(second, tail);
            out = Math.max(out, model.best(latin) - gap);
        }
        return out;
    }
}
