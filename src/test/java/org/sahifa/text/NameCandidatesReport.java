package org.sahifa.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidates for the variant and confusable sets from real text (decisions 0048, 0049, 0051): pairs of words that
 * the recogniser tagged as part of a name in at least 3 articles of a library, one letter or one vowel letter apart
 * (a letter for another, or an ا و ي or final ه more; not a proclitic و or ل), with the same name key, neither looking native, not both
 * already in a set. Prints them, most frequent first, with each spelling's article count, a few names tagged
 * with it and the tagged names written with both, for reading by hand; it prints no verdict of the matcher (the pairs are labelled before any is scored).
 * {@code java -cp target/classes:target/test-classes:$CP org.sahifa.text.NameCandidatesReport LIBRARY_DIR [MAX]}
 */
public final class NameCandidatesReport {

    private NameCandidatesReport() {
    }

    static final int MIN_ARTICLES = 3;

    public static void main(String[] args) throws IOException, SQLException {
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Map<String, Set<Long>> articles = new HashMap<>();
        Map<String, Map<String, Integer>> names = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + Path.of(args[0], "library.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT article_id, normalized FROM entity_mentions")) {
            while (r.next()) {
                long article = r.getLong(1);
                String name = r.getString(2);
                for (String w : name.split(" ")) {
                    if (w.length() >= 4 && w.chars().allMatch(ch -> ArabicLetters.isArabicLetter((char) ch))) {
                        articles.computeIfAbsent(w, k -> new HashSet<>()).add(article);
                        names.computeIfAbsent(w, k -> new HashMap<>()).merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> inSets = new HashSet<>();
        for (String part : List.of("name-variants.txt", "name-variants-held-out.txt", "name-confusables.txt",
                "name-confusables-held-out.txt")) {
            for (List<String> row : NameMatchingEvaluationTest.read(part)) {
                for (String w : row) {
                    inSets.add(ArabicNormalizer.normalize(w).strip());
                }
            }
        }
        NameMatcher matcher = NameMatcher.standard();
        Map<String, List<String>> byKey = new HashMap<>();
        articles.forEach((w, a) -> {
            if (a.size() >= MIN_ARTICLES && !matcher.looksNative(w)) {
                byKey.computeIfAbsent(NameKey.ofNormalized(w), k -> new ArrayList<>()).add(w);
            }
        });
        List<String[]> pairs = new ArrayList<>();
        for (List<String> group : byKey.values()) {
            for (String a : group) {
                for (String b : group) {
                    if (a.compareTo(b) < 0 && oneApart(a, b) && !withClitic(a, b)
                            && !(inSets.contains(a) && inSets.contains(b))) {
                        pairs.add(new String[] {a, b});
                    }
                }
            }
        }
        pairs.sort((p, q) -> Integer.compare(minArticles(q, articles), minArticles(p, articles)));
        StringBuilder out = new StringBuilder();
        for (String[] p : pairs.subList(0, Math.min(max, pairs.size()))) {
            out.append(p[0]).append(" | ").append(p[1]).append("\t").append(articles.get(p[0]).size()).append('/')
                    .append(articles.get(p[1]).size()).append('\t').append(top(names.get(p[0])))
                    .append(" ~ ").append(top(names.get(p[1]))).append('\t').append(shared(p, names))
                    .append('\n');
        }
        System.out.printf("%d candidate pairs; the %d most frequent:%n", pairs.size(), Math.min(max, pairs.size()));
        System.out.print(out);
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
        }
    }

    /** The tagged names (of more than one word) written with both spellings, the other words alike. */
    private static String shared(String[] p, Map<String, Map<String, Integer>> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names.get(p[0]).keySet()) {
            String[] w = name.split(" ");
            for (int i = 0; i < w.length; i++) {
                if (w.length > 1 && w[i].equals(p[0])) {
                    w[i] = p[1];
                    String other = String.join(" ", w);
                    if (names.get(p[1]).containsKey(other)) {
                        sb.append(sb.length() > 0 ? "; " : "both: ").append(name).append(" = ").append(other);
                    }
                    w[i] = p[0];
                }
            }
        }
        return sb.toString();
    }

    private static int minArticles(String[] p, Map<String, Set<Long>> articles) {
        return Math.min(articles.get(p[0]).size(), articles.get(p[1]).size());
    }

    private static String top(Map<String, Integer> names) {
        List<Map.Entry<String, Integer>> e = new ArrayList<>(names.entrySet());
        e.sort((x, y) -> y.getValue() - x.getValue());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(3, e.size()); i++) {
            sb.append(i > 0 ? "; " : "").append(e.get(i).getKey());
        }
        return sb.toString();
    }

    /** One is the other with a proclitic و or ل (وليفربول / ليفربول): one spelling, not two. */
    static boolean withClitic(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.length() == shorter.length() + 1 && longer.endsWith(shorter)
                && (longer.charAt(0) == 'و' || longer.charAt(0) == 'ل');
    }

    /** One letter for another, or one vowel letter (ا و ي, a final ه) more in one of them. */
    static boolean oneApart(String a, String b) {
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    diff++;
                }
            }
            return diff == 1;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int k = 0; k < longer.length(); k++) {
            char ch = longer.charAt(k);
            boolean vowel = ch == 'ا' || ch == 'و' || ch == 'ي' || ch == 'ه' && k == longer.length() - 1;
            if (vowel && (longer.substring(0, k) + longer.substring(k + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
