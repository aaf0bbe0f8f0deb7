package org.sahifa.search;

import org.sahifa.entities.gazetteer.Gazetteer;
import org.sahifa.entities.recognize.NameWordList;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameKey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The proper-name words the project ships, normalised ({@link ArabicNormalizer}): the gazetteer's name words, the
 * Wikidata person-name words in both scripts (decision 0067) and the world-cities names in both scripts; and, from
 * the same bilingual lists, the Arabic spellings of a Latin name (Damascus → دمشق, Obama → أوباما), for
 * Latin→Arabic search. Loaded once, on first use (about 0.3 s). Thread-safe.
 */
final class NameLexiconWords {

    private static final String WORLD_CITIES = "/org/sahifa/entities/gazetteer/world-cities.csv";
    /** The curated places, persons and organisations: one name a line, its spellings separated by |. */
    private static final List<String> CURATED = List.of("/org/sahifa/entities/gazetteer/places.txt",
            "/org/sahifa/entities/gazetteer/persons.txt", "/org/sahifa/entities/gazetteer/organizations.txt");

    private final Set<String> words;
    private final Map<String, Set<String>> arabicOfLatin;
    private final Set<String> countries;
    /** {@link #latinKeysOf}, built on first use (a benign race: every thread builds the same map). */
    private volatile Map<String, Set<String>> latinKeys;
    /** {@link #latinNamesOf}, built on first use (a benign race: every thread builds the same map). */
    private volatile Map<String, Set<String>> latinNamesOfArabic;

    /** The head words the world-cities list writes before a place name ({@link #placeHeads(List)}), normalised. */
    private final Set<String> placeHeads;

    NameLexiconWords(Set<String> words, Map<String, Set<String>> arabicOfLatin, Set<String> countries) {
        this(words, arabicOfLatin, countries, Set.of());
    }

    NameLexiconWords(Set<String> words, Map<String, Set<String>> arabicOfLatin, Set<String> countries,
                     Set<String> placeHeads) {
        this.words = words;
        this.arabicOfLatin = arabicOfLatin;
        this.countries = countries;
        this.placeHeads = placeHeads;
    }

    /**
     * The normalised words the world-cities list writes before a place name its Latin name does not have (محافظه,
     * مدينه, منطقه, ولايه …; learned by {@link #placeHeads(List)}, decision 0037).
     */
    Set<String> placeHeads() {
        return placeHeads;
    }

    /** True when the normalised name is a country of the world-cities list (البرازيل, استراليا). */
    boolean isCountry(String normalizedName) {
        return countries.contains(normalizedName);
    }

    /**
     * True when the normalised spelling writes a country of the list, a foreign name's final a written either ا or
     * ه (ة normalised) as {@link org.sahifa.text.NameMatcher} reads it: سوريه as the list's سوريا, and the other way.
     */
    boolean isCountrySpelling(String normalizedName) {
        if (isCountry(normalizedName)) {
            return true;
        }
        int last = normalizedName.length() - 1;
        if (last < 2) {
            return false;
        }
        char c = normalizedName.charAt(last);
        return (c == '\u0627' || c == '\u0647')
                && isCountry(normalizedName.substring(0, last) + (c == '\u0627' ? '\u0647' : '\u0627'));
    }

    private static final class Holder {
        static final NameLexiconWords STANDARD = load();
    }

    /** The bundled lists. */
    static NameLexiconWords standard() {
        return Holder.STANDARD;
    }

    /** True when the normalised word (or two words joined by a space) is a name word of the lists (Arabic or Latin). */
    boolean contains(String normalizedWord) {
        return words.contains(normalizedWord);
    }

    /**
     * The consonant keys ({@link NameKey#of}) of the Latin names the lists give the normalised Arabic spelling (نايف:
     * the key of naif, nayef); empty if the lists pair it with none.
     */
    Set<String> latinKeysOf(String normalizedArabic) {
        Map<String, Set<String>> keys = latinKeys;
        if (keys == null) {
            keys = new HashMap<>();
            for (Map.Entry<String, Set<String>> e : arabicOfLatin.entrySet()) {
                String key = NameKey.of(e.getKey());
                String bare = NameKey.of(withoutArticle(e.getKey()));
                for (String a : e.getValue()) {
                    Set<String> ks = keys.computeIfAbsent(a, k -> new HashSet<>(2));
                    ks.add(key);
                    ks.add(bare);
                }
            }
            latinKeys = keys;
        }
        return keys.getOrDefault(normalizedArabic, Set.of());
    }

    /**
     * The normalised Latin names the lists give the normalised Arabic spelling (كوبا: cuba, kouba, copa…); empty if the
     * lists pair it with none (decision 0169, {@link LatinNameOwners}).
     */
    Set<String> latinNamesOf(String normalizedArabic) {
        Map<String, Set<String>> names = latinNamesOfArabic;
        if (names == null) {
            names = new HashMap<>();
            for (Map.Entry<String, Set<String>> e : arabicOfLatin.entrySet()) {
                for (String a : e.getValue()) {
                    names.computeIfAbsent(a, k -> new HashSet<>(2)).add(e.getKey());
                }
            }
            latinNamesOfArabic = names;
        }
        return names.getOrDefault(normalizedArabic, Set.of());
    }

    /** A Latin name without the Arabic article written as its first word (al mukalla, al-qatif, el-arish). */
    static String withoutArticle(String latin) {
        int cut = -1;
        for (int i = 0; i < latin.length() && i <= 3; i++) {
            char c = latin.charAt(i);
            if (c == ' ' || c == '-') {
                cut = i;
                break;
            }
        }
        return cut >= 2 && cut + 1 < latin.length() && (latin.charAt(0) == 'a' || latin.charAt(0) == 'e')
                ? latin.substring(cut + 1) : latin;
    }

    /** The normalised (lower-case) Latin names the lists give Arabic spellings for ({@link #arabicOf}). */
    Set<String> latinNames() {
        return java.util.Collections.unmodifiableSet(arabicOfLatin.keySet());
    }

    /** The normalised Arabic spellings the lists give for a normalised (lower-case) Latin name; empty if none. */
    Set<String> arabicOf(String normalizedLatin) {
        return arabicOfLatin.getOrDefault(normalizedLatin, Set.of());
    }

    /**
     * The Latin–Arabic word pairs of the bilingual lists that sound alike (their {@link NameKey}s equal or one class
     * apart, {@link NameKey#near}: the Latin letter groups the key's reading does not give, Brussels → بروكسل,
     * -ović → وفيتش, German w → ف, are learned too — decision 0036): the Wikidata person-name words and the one-word
     * world-cities names, as {Latin, Arabic}, in file order. For learning how Latin names are written in Arabic
     * ({@link LearnedSpellings}).
     */
    static List<String[]> transliterationPairs() {
        return pairs(true);
    }

    /**
     * What a pair whose keys are only {@linkplain NameKey#near near} counts for in learning, against one whose keys
     * are equal (decision 0036).
     */
    static final double NEAR_KEY_WEIGHT = 0.1;

    /**
     * True when the {Latin, Arabic} pair's keys are equal: the pairs the model's margin is measured on (decision
     * 0036: the pairs one class apart are learned from, but their rarer writings do not widen the margin).
     */
    static boolean sameKey(String[] pair) {
        return NameKey.of(pair[0]).equals(NameKey.of(pair[1]));
    }

    /**
     * All the Latin–Arabic word pairs of the bilingual lists, also those whose consonant keys disagree (Ancelotti →
     * أنشيلوتي, Juventus-like j → ي): for learning how often a source-language reading writes a name
     * ({@link org.sahifa.text.LatinReadings}).
     */
    static List<String[]> allPairs() {
        return pairs(false);
    }

    private static List<String[]> pairs(boolean sameKey) {
        List<String[]> out = new java.util.ArrayList<>(70_000);
        read(NameWordList.RESOURCE, true, line -> {
            String[] f = line.split("\t");
            if (f.length >= 2 && (!sameKey || NameKey.near(NameKey.of(f[0]), NameKey.of(f[1])))) {
                out.add(new String[] {f[1], f[0]});
            }
        });
        read(WORLD_CITIES, false, line -> {
            String[] f = line.split(",");
            if (f.length >= 4 && !line.contains("CountryNameAr")) {
                for (int i = 0; i < 4; i += 2) {
                    String ar = unquote(f[i]);
                    String en = unquote(f[i + 1]);
                    if (ar.indexOf(' ') < 0 && en.indexOf(' ') < 0
                            && (!sameKey || NameKey.near(NameKey.of(ar), NameKey.of(en)))) {
                        out.add(new String[] {en, ar});
                    }
                }
            }
        });
        return out;
    }

    private static NameLexiconWords load() {
        Set<String> words = new HashSet<>();
        Map<String, Set<String>> arabic = new HashMap<>();
        Set<String> countries = new HashSet<>();
        for (String w : Gazetteer.standard().nameWords()) {
            addWords(words, w);
        }
        List<String[]> curatedPlaces = new ArrayList<>();
        for (String list : CURATED) {
            read(list, false, line -> {
                String[] variants = line.split("\\|");
                for (String variant : variants) {
                    addWords(words, variant);
                }
                if (list.equals(CURATED.get(0))) {
                    curatedPlaces.add(variants);
                }
            });
        }
        read(NameWordList.RESOURCE, true, line -> {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                addWords(words, f[0]);
                addWords(words, f[1]);
                // a word pair of a label is a transliteration only when it sounds alike (neymar / خوسيه is a
                // misalignment of «Neymar da Silva»)
                if (NameKey.of(f[0]).equals(NameKey.of(f[1]))) {
                    pair(arabic, f[1], f[0]);
                }
            }
        });
        List<String[]> cities = new java.util.ArrayList<>(7_000);
        read(WORLD_CITIES, false, line -> {
            if (line.startsWith("CountryNameAr") || line.startsWith("\uFEFFCountryNameAr")) {
                return;
            }
            String[] f = line.split(",");
            if (f.length >= 4) {
                String countryAr = unquote(f[0]);
                String countryEn = unquote(f[1]);
                String cityAr = unquote(f[2]);
                String cityEn = unquote(f[3]);
                addWords(words, countryAr);
                addWords(words, cityAr);
                countries.add(ArabicNormalizer.normalize(countryAr).strip());
                pair(arabic, countryEn, countryAr);
                pair(arabic, cityEn, cityAr);
                cities.add(new String[] {cityEn, cityAr});
            }
        });
        Set<String> heads = placeHeads(cities);
        for (String[] c : cities) {
            String name = withoutHead(c[0], c[1], heads);
            if (name != null) {
                pair(arabic, c[0], name);   // Brussels → مدينة بروكسل and بروكسل
                String latin = ArabicNormalizer.normalize(c[0]).strip();
                String bare = withoutArticle(latin);
                if (!bare.equals(latin) && name.startsWith("ال") && name.indexOf(' ') < 0) {
                    pair(arabic, bare, name);   // Al Qunfudhah, also written Qunfudhah → القنفذة
                }
            }
        }
        // the continents CLDR names in one word, which the list has no pair of: Europe → أوروبا (decision 0195)
        for (String[] c : CldrContinents.oneWordPairs()) {
            pair(arabic, c[0], c[1]);
        }
        // the countries CLDR names in one word that the list has no city of: التشيك, ليتوانيا (decision 0180)
        countries.addAll(CldrCountries.oneWord(NameWords::isCommonWord));
        countries.addAll(countryAliases(curatedPlaces, countries));
        // a country written without its article, and each half of «X وY» (decision 0161)
        countries.addAll(CountrySpellings.of(countries, NameWords::isCommonWord));
        Map<String, Set<String>> frozen = new HashMap<>();
        arabic.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return new NameLexiconWords(Collections.unmodifiableSet(words), frozen, Collections.unmodifiableSet(countries),
                Collections.unmodifiableSet(heads));
    }

    /** Fewest listed places a word heads, untranslated, before it counts as a place's head word. */
    static final int MIN_HEAD_PLACES = 5;

    /**
     * The words the world-cities list writes before an Arabic place name and not in its Latin name (مدينة بروكسل for
     * Brussels, محافظة القنفذة for Al Qunfudhah, ولاية قندهار for Kandahar; decision 0037): the first words of at least
     * {@value #MIN_HEAD_PLACES} Arabic names that have one word more than their Latin name (an article written apart,
     * Al Qunfudhah, counts with its word) and whose first word does not write the Latin name's first (سان of San
     * Carlos). Learned from the list, so no word is chosen by hand.
     */
    static Set<String> placeHeads(List<String[]> places) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] p : places) {
            String head = extraFirstWord(p[0], p[1]);
            if (head != null) {
                counts.merge(head, 1, Integer::sum);
            }
        }
        Set<String> heads = new HashSet<>();
        counts.forEach((w, n) -> {
            if (n >= MIN_HEAD_PLACES) {
                heads.add(w);
            }
        });
        return heads;
    }

    /** The Arabic place name without its head word when {@code heads} holds that word, else null. */
    static String withoutHead(String latin, String arabicName, Set<String> heads) {
        String head = extraFirstWord(latin, arabicName);
        return head != null && heads.contains(head)
                ? ArabicNormalizer.normalize(arabicName).strip().substring(head.length()).strip() : null;
    }

    /**
     * The normalised first word of the Arabic name when the name has one word more than the Latin one and that word
     * does not write the Latin name's first word; else null.
     */
    private static String extraFirstWord(String latin, String arabicName) {
        String[] l = withoutArticle(ArabicNormalizer.normalize(latin).strip()).split("[\\s-]+");
        String[] a = ArabicNormalizer.normalize(arabicName).strip().split("\\s+");
        if (a.length != l.length + 1 || l[0].isEmpty() || NameForms.isLatin(a[0])
                || NameKey.of(a[0]).equals(NameKey.of(l[0]))) {
            return null;
        }
        return a[0];
    }

    /**
     * The one-word spellings the curated places give a country of the list on the same line (الإمارات for «الإمارات
     * العربية المتحدة», بريطانيا for «المملكة المتحدة», السعودية): the same country, whose adjective forms are its own.
     */
    static Set<String> countryAliases(List<String[]> placeLines, Set<String> countries) {
        Set<String> out = new HashSet<>();
        for (String[] line : placeLines) {
            List<String> spellings = new ArrayList<>(line.length);
            for (String v : line) {
                spellings.add(ArabicNormalizer.normalize(v).strip());
            }
            if (spellings.stream().anyMatch(countries::contains)) {
                for (String v : spellings) {
                    if (!v.isEmpty() && v.indexOf(' ') < 0 && !NameForms.isLatin(v) && !countries.contains(v)) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    /** Adds the name's words and each pair of neighbouring words (a two-word spelling: قره باغ). */
    private static void addWords(Set<String> words, String name) {
        String[] ws = ArabicNormalizer.normalize(name).strip().split("\\s+");
        for (int i = 0; i < ws.length; i++) {
            if (ws[i].length() >= 2) {
                words.add(ws[i]);
            }
            if (i + 1 < ws.length) {
                words.add(ws[i] + ' ' + ws[i + 1]);
            }
        }
    }

    private static void pair(Map<String, Set<String>> arabic, String latin, String arabicName) {
        String l = ArabicNormalizer.normalize(latin).strip();
        String a = ArabicNormalizer.normalize(arabicName).strip();
        if (!l.isEmpty() && !a.isEmpty() && !l.equals(a)) {
            arabic.computeIfAbsent(l, k -> new LinkedHashSet<>(2)).add(a);
        }
    }

    private static void read(String resource, boolean gzip, java.util.function.Consumer<String> sink) {
        try (InputStream raw = NameLexiconWords.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing bundled list " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled list " + resource, e);
        }
    }
}
