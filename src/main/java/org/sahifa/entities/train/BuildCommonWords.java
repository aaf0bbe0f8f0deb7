package org.sahifa.entities.train;

import org.sahifa.entities.recognize.NameFold;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the bundled list of common Arabic words ({@link org.sahifa.entities.recognize.CommonWords}) from Ayaspell's
 * hunspell dictionary {@code ar.dic} (Debian package {@code hunspell-ar} 3.2, MPL 1.1 / GPL 2 / LGPL 2.1):
 * <pre>
 * apt-get download hunspell-ar &amp;&amp; dpkg-deb -x hunspell-ar_*.deb /tmp/hunspell-ar
 * java -cp target/sahifa.jar org.sahifa.entities.train.BuildCommonWords \
 *      --dic /tmp/hunspell-ar/usr/share/hunspell/ar.dic \
 *      --out src/main/resources/org/sahifa/entities/gazetteer/arabic-words.txt.gz
 * </pre>
 * Every dictionary word (the part before its affix flags) is folded with {@link NameFold} and written once, in
 * sorted order; the dictionary's sections of proper names (persons, countries, capitals, continents) are left
 * out, so that the list says "a common word", not "a name". The output is byte-for-byte reproducible.
 * <p>
 * With {@code --function-words FILE} it also writes the dictionary's function words (its {@code stopwords.dic}
 * part: particles, prepositions, pronouns and their clitic forms; the name particles أبو، أبي، أبا، أم، ذو، ذي
 * kept out), which {@link org.sahifa.entities.recognize.NameWordList} does not count as name words.
 */
public final class BuildCommonWords {

    /** Section headers of {@code ar.dic} whose entries are proper names. */
    static final Set<String> NAME_SECTIONS = Set.of(
            "##\u0627\u0633\u0645\u0627\u0621\u060C\u0623\u0634\u062E\u0627\u0635##", // ##اسماء،أشخاص##
            "#\u0627\u0644\u0628\u0644\u062F\u0627\u0646", // #البلدان
            "#\u0627\u0644\u0639\u0648\u0627\u0635\u0645", // #العواصم
            "#\u0627\u0644\u0642\u0627\u0631\u0627\u062A"); // #القارات

    /** The dictionary file whose words are function words. */
    static final String FUNCTION_WORDS_FILE = "stopwords.dic";

    /** Function words of the dictionary that also begin names (folded): أبو، أبي، أبا، أم، ذو، ذي. */
    static final Set<String> NAME_PARTICLES = Set.of("\u0627\u0628\u0648", "\u0627\u0628\u064A", "\u0627\u0628\u0627",
            "\u0627\u0645", "\u0630\u0648", "\u0630\u064A");

    private BuildCommonWords() {
    }

    public static void main(String[] args) throws IOException {
        Path dic = null;
        Path out = null;
        Path functionOut = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dic" -> dic = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--function-words" -> functionOut = Path.of(args[i + 1]);
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (dic == null || out == null) {
            System.err.println("usage: BuildCommonWords --dic ar.dic --out arabic-words.txt.gz [--function-words FILE]");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(dic, StandardCharsets.UTF_8);
        write(words(lines), out);
        if (functionOut != null) {
            write(functionWords(lines), functionOut);
        }
    }

    private static void write(Set<String> words, Path out) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out));
             Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
            w.write("# folded from Ayaspell hunspell-ar 3.2 ar.dic (MPL 1.1); see arabic-words.LICENSE.txt\n");
            for (String word : words) {
                w.write(word);
                w.write('\n');
            }
        }
        System.out.printf("wrote %d words to %s (%d bytes)%n", words.size(), out, Files.size(out));
    }

    /** One dictionary word: the file it is in, its section heading (or ""), and the word folded. */
    record Entry(String file, String section, String word) {
    }

    /**
     * The dictionary's words, folded, with where they stand: its first line is the entry count; a file begins with
     * "::::", its name, "::::"; a line starting with # heads a section; a word is what comes before its affix
     * flags.
     */
    static List<Entry> entries(List<String> lines) {
        List<Entry> out = new java.util.ArrayList<>();
        String file = "";
        String section = "";
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("::::")) {
                file = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
                section = "";
                i += 2;
            } else if (line.startsWith("#")) {
                section = line.split("\t")[0].strip();
            } else if (!line.isEmpty()) {
                out.add(new Entry(file, section, NameFold.fold(head(line))));
            }
        }
        return out;
    }

    /** The folded common words: every word of two letters or more outside the {@link #NAME_SECTIONS}. */
    static Set<String> words(List<String> lines) {
        Set<String> words = new TreeSet<>();
        for (Entry e : entries(lines)) {
            if (!NAME_SECTIONS.contains(e.section()) && e.word().length() >= 2) {
                words.add(e.word());
            }
        }
        return words;
    }

    /** The folded words of the dictionary's function-word file, less the {@link #NAME_PARTICLES}. */
    static Set<String> functionWords(List<String> lines) {
        Set<String> words = new TreeSet<>();
        for (Entry e : entries(lines)) {
            if (e.file().equals(FUNCTION_WORDS_FILE) && !e.word().isEmpty() && !NAME_PARTICLES.contains(e.word())) {
                words.add(e.word());
            }
        }
        return words;
    }

    private static String head(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '/' || c == '\t' || c == ' ') {
                return line.substring(0, k);
            }
        }
        return line;
    }
}
