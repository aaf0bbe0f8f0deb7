package org.sahifa.search;

import org.sahifa.library.Library;
import org.sahifa.text.ArabicNormalizer;
import org.sahifa.text.NameMatcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the variant and confusable sets ({@code src/test/resources/org/sahifa/text/name-*.txt}, all parts) fare in a
 * library with the context evidence of decision 0125: for each pair of Arabic spellings of a group (or a confusable
 * pair) that both occur in the library as words, whether a search for one searches the other, with the letters'
 * answer, the context's cosine and verdict. Reads a library, writes nothing.
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.sahifa.search.SpellingContextReport LIBRARY_DIR [-v] [--held-out]}
 * (with {@code -Dsahifa.search.context=false}: letters alone; {@code -Dsahifa.search.fullNames=false}: without the
 * full names of decision 0126). The held-out parts are counted only with {@code --held-out}, for the final report;
 * {@code --scan} lists the pairs of the whole library that context or full names join, {@code --pairs A B …} reads
 * given pairs.
 */
public final class SpellingContextReport {

    private SpellingContextReport() {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        try (Library library = Library.open(Path.of(args[0]))) {
            SearchService search = library.search();
            if (args.length > 1 && args[1].equals("--scan")) {
                scan(search, Path.of(args[0]).resolve("index"));
                return;
            }
            if (args.length > 2 && args[1].equals("--pairs")) {
                for (int i = 2; i + 1 < args.length; i += 2) {
                    String a = ArabicNormalizer.normalize(args[i]).strip();
                    String b = ArabicNormalizer.normalize(args[i + 1]).strip();
                    SearchService.ContextReading r = search.readContext(a, b);
                    System.out.println(search.contextWords(a, b));
                    System.out.printf("%s | %s: pair %s, articles %d/%d, cosine %.3f, family names %s, given names %s,"
                            + " %s; %s searches %s%n", a, b, SpellingContext.vowelLetterPair(a, b), r.articlesA(),
                            r.articlesB(), r.similarity(), r.sharedFamilyNames(), r.sharedGivenNames(),
                            r.same() ? "same" : "unknown", a, search.spellingsSearched(a));
                }
                return;
            }
            if (args.length > 1 && args[1].equals("--cosines")) {
                // the context readings of the development parts' candidate pairs (decision 0130), one line each:
                // label, cosine, articles, whether shared full names or the context say one name
                for (String part : List.of("name-variants.txt", "name-variants-held-out.txt",
                        "name-variants-held-out-2.txt", "name-variants-held-out-3.txt", "name-variants-held-out-4.txt",
                        "name-confusables.txt", "name-confusables-held-out.txt", "name-confusables-held-out-2.txt",
                        "name-confusables-held-out-3.txt", "name-confusables-held-out-4.txt")) {
                    for (List<String> group : groups(part)) {
                        for (int i = 0; i < group.size(); i++) {
                            for (int j = i + 1; j < group.size(); j++) {
                                String a = group.get(i);
                                String b = group.get(j);
                                if (!SpellingContext.contextPair(a, b) || written(search, a) < 3
                                        || written(search, b) < 3) {
                                    continue;
                                }
                                SearchService.ContextReading r = search.readContext(a, b);
                                System.out.printf("%s\t%s\t%s\t%.3f\t%d\t%d\t%d\t%d\t%s\t%s%n",
                                        part.contains("variants") ? "V" : "C", a, b, r.similarity(), r.articlesA(),
                                        r.articlesB(), r.sharedFamilyNames().size(), r.sharedGivenNames().size(),
                                        r.same(), NameMatcher.standard().matchNormalized(a, b));
                            }
                        }
                    }
                }
                return;
            }
            boolean heldOut = List.of(args).contains("--held-out");
            List<String> parts = heldOut ? List.of("name-variants.txt", "name-variants-held-out.txt",
                    "name-variants-held-out-2.txt", "name-variants-held-out-3.txt", "name-variants-held-out-4.txt",
                    "name-variants-held-out-5.txt", "name-variants-held-out-6.txt", "name-variants-held-out-7.txt",
                    "name-confusables.txt", "name-confusables-held-out.txt", "name-confusables-held-out-2.txt",
                    "name-confusables-held-out-3.txt", "name-confusables-held-out-4.txt",
                    "name-confusables-held-out-5.txt", "name-confusables-held-out-6.txt",
                    "name-confusables-held-out-7.txt")
                    : List.of("name-variants.txt", "name-confusables.txt");
            for (String part : parts) {
                // per-pair lines only for the development parts (the older held-out parts are development data
                // since decisions 0130, 0143, 0181 and 0235): the seventh held-out part is counted, not read
                boolean listed = !part.contains("held-out-7");
                boolean variants = part.contains("variants");
                int pairs = 0;
                int found = 0;
                for (List<String> group : groups(part)) {
                    for (int i = 0; i < group.size(); i++) {
                        for (int j = i + 1; j < group.size(); j++) {
                            String a = group.get(i);
                            String b = group.get(j);
                            if (written(search, a) == 0 || written(search, b) == 0) {
                                continue;
                            }
                            pairs++;
                            Set<String> fromA = search.spellingsSearched(a);
                            Set<String> fromB = search.spellingsSearched(b);
                            boolean merged = fromA.contains(b) || fromB.contains(a);
                            if (merged) {
                                found++;
                            }
                            if (listed && (verbose && SpellingContext.vowelLetterPair(a, b) || merged != variants)) {
                                SearchService.ContextReading r = search.readContext(a, b);
                                System.out.printf("  %s %s | %s  letters %s, vowel pair %s, articles %d/%d, cosine %.3f,"
                                        + " family %s, given %s, %s%n", merged ? "merged" : "apart ", a, b,
                                        NameMatcher.standard().matchNormalized(a, b), SpellingContext.vowelLetterPair(a, b),
                                        r.articlesA(), r.articlesB(), r.similarity(), r.sharedFamilyNames(),
                                        r.sharedGivenNames(), r.same() ? "same" : "unknown");
                            }
                        }
                    }
                }
                System.out.printf("%s: %d pairs with both spellings in the library, %d %s%n", part, pairs, found,
                        variants ? "found" : "merged");
            }
        }
    }

    /**
     * Every pair of words of the library's bodies ({@code body.exact}, written in at least 3 articles) that
     * {@link SpellingContext#vowelLetterPair} makes candidates: those a search for the first searches the second
     * of by context (both names, the context's verdict {@code SAME}).
     */
    private static void scan(SearchService search, Path index) throws IOException {
        java.util.Map<String, List<String>> bySkeleton = new java.util.HashMap<>();
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index);
             org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
            org.apache.lucene.index.TermsEnum te = org.apache.lucene.index.MultiTerms.getTerms(r, IndexFields.BODY_EXACT)
                    .iterator();
            for (org.apache.lucene.util.BytesRef t = te.next(); t != null; t = te.next()) {
                if (te.docFreq() >= SpellingContext.MIN_ARTICLES) {
                    String w = t.utf8ToString();
                    if (w.length() >= 4 && !NameForms.isLatin(w)) {
                        bySkeleton.computeIfAbsent(SpellingContext.skeleton(w), k -> new ArrayList<>()).add(w);
                    }
                }
            }
        }
        int pairs = 0;
        for (List<String> words : bySkeleton.values()) {
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size(); j++) {
                    String a = words.get(i);
                    String b = words.get(j);
                    if (!SpellingContext.vowelLetterPair(a, b)) {
                        continue;
                    }
                    pairs++;
                    SearchService.ContextReading c = search.readContext(a, b);
                    boolean searched = c.same() && search.spellingsSearched(a).contains(b);
                    if (!searched && (!c.sharedFamilyNames().isEmpty() || !c.sharedGivenNames().isEmpty())) {
                        System.out.printf("shares %s | %s  articles %d/%d, cosine %.3f, family %s, given %s, %s%n", a,
                                b, c.articlesA(), c.articlesB(), c.similarity(), c.sharedFamilyNames(),
                                c.sharedGivenNames(), c.same() ? "same, not searched (not both names)" : "unknown");
                    }
                    if (searched) {
                        System.out.printf("searched %s | %s  articles %d/%d, cosine %.3f, family %s, given %s%n", a, b,
                                c.articlesA(), c.articlesB(), c.similarity(), c.sharedFamilyNames(),
                                c.sharedGivenNames());
                    }
                }
            }
        }
        System.out.printf("%d candidate pairs%n", pairs);
    }

    private static long written(SearchService search, String w) {
        return search.readContext(w, w).articlesA();
    }

    /** The Arabic spellings of each line (Latin ones left out: the context compares Arabic spellings). */
    private static List<List<String>> groups(String file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = SpellingContextReport.class.getResourceAsStream("/org/sahifa/text/" + file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String s : line.split("\\|")) {
                    String n = ArabicNormalizer.normalize(s).strip();
                    if (!n.isEmpty() && !NameForms.isLatin(n) && n.indexOf(' ') < 0) {
                        group.add(n);
                    }
                }
                out.add(group);
            }
        }
        return out;
    }
}
