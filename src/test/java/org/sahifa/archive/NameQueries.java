package org.sahifa.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The team's name-query set: every spelling of the names in {@code name-variants.txt} and
 * {@code name-confusables.txt} (test resources of org.sahifa.text), and the seed report's queries of
 * SeedSearchTest, which cover every part of the query language.
 */
final class NameQueries {

    static final List<String> SEED = List.of("قره باغ", "قرة باغ", "كراباخ", "كاراباخ", "ناغورني قره باغ", "Karabakh",
            "بوتين", "Putin", "بوتان", "كراباخ -بوتين", "\"نزع سلاح\"", "\"ناغورني قره باغ\"", "\"جنود روس\"",
            "«سلاح نزع»", "شوشا OR بوتين", "شوشا بوتين", "أذربيجان (شوشا OR يريفان) -فردوس", "place:كاراباخ",
            "place:\"قرة باغ\"", "person:Putin", "person:بوتين", "place:شوشا -person:علييف", "from:2015 to:2015-12",
            "كراباخ from:2015-03-07 to:2015-03-07", "كراباخ to:2015", "كراباخ to:2015-03-06", "source:alriyadh",
            "كراباخ -source:alriyadh", "السعودية", "الحكومة", "وزارة الصحة", "\"خادم الحرمين الشريفين\"",
            "الرياض OR جدة", "person:سلمان", "place:الرياض", "place:اليمن -الحوثي");

    private NameQueries() {
    }

    static List<String> all() {
        List<String> out = new ArrayList<>(SEED);
        for (String file : List.of("name-variants.txt", "name-confusables.txt")) {
            for (String line : lines("/org/sahifa/text/" + file)) {
                for (String spelling : line.split("\\|")) {
                    String s = spelling.strip();
                    if (!s.isEmpty() && !out.contains(s)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = NameQueries.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
