package org.sahifa.search;

import org.sahifa.entities.recognize.CommonWords;
import org.sahifa.entities.recognize.NameFold;
import org.sahifa.library.Library;
import org.sahifa.text.LatinReadings;
import org.sahifa.text.NameKey;
import org.sahifa.text.TransliterationModel;
import org.sahifa.text.analysis.NameKeyTerms;
import org.sahifa.text.analysis.NameVariants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Diagnostic (not a test): for Latin words, the spellings the learned model scores in a library's name field, with
 * the evidence search decides on (model score and gap, articles, written alone, tagged share, dictionary code), and
 * the spellings search keeps.
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.sahifa.search.LatinSpellingsReport LIBRARY_DIR WORD...}
 */
public final class LatinSpellingsReport {

    private static final boolean KEPT_ONLY = Boolean.getBoolean("kept");

    private LatinSpellingsReport() {
    }

    public static void main(String[] args) throws IOException {
        try (Library library = Library.open(Path.of(args[0]))) {
            SearchService search = library.search();
            search.withColdLibrary(index -> {
                for (int i = 1; i < args.length; i++) {
                    if (args[i].startsWith("~")) {
                        String[] lr = args[i].substring(1).split(":");
                        String a = org.sahifa.text.ArabicNormalizer.normalize(lr[1]);
                        LatinReadings m = LearnedSpellings.readings();
                        System.out.printf("%s %s gap %.2f listed %s%n", lr[0], a,
                                m.best(lr[0]) - LearnedSpellings.score(m, lr[0], a),
                                index.names().lexicon().arabicOf(lr[0]));
                    } else if (args[i].startsWith("=")) {
                        String w = args[i].substring(1).toLowerCase(Locale.ROOT);
                        NameWords n = index.names();
                        System.out.printf("%s listed %s name %s tagged %d df %d alone %d%n", w, n.lexicon().contains(w),
                                n.isName(w), n.taggedCount(w), n.articleCount(w), index.writtenArticles(w));
                    } else {
                        report(index, args[i].toLowerCase(Locale.ROOT));
                    }
                }
                return null;
            });
        }
    }

    private static void report(QueryIndex index, String latin) {
        NameWords names = index.names();
        LatinReadings model = LearnedSpellings.readings();
        double best = model.best(latin);
        List<String> listed = NameForms.related(latin, names);
        System.out.printf("== %s  best %.2f  margins found %.2f close %.2f  listed %s%n", latin, best,
                LearnedSpellings.model().margin(LearnedSpellings.FOUND),
                LearnedSpellings.model().margin(LearnedSpellings.CLOSE), listed);
        Set<String> keys = new LinkedHashSet<>();
        for (TransliterationModel.Candidate c : model.generate(latin, LearnedSpellings.GENERATED)) {
            if (keys.size() < 0) {
                System.out.printf("   gen %-12s %.2f%n", c.arabic(), c.logp());
            }
            if (c.logp() < best - LearnedSpellings.model().margin(LearnedSpellings.FOUND)
                    || keys.size() >= LearnedSpellings.MAX_KEYS) {
                break;
            }
            keys.add(NameKey.ofNormalized(c.arabic()));
            keys.add(NameKey.ofNormalized("ال" + c.arabic()));
        }
        List<String[]> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String key : keys) {
            if (key.isEmpty()) {
                continue;
            }
            for (String t : index.termsStartingWith(IndexFields.BODY_NAME, NameKeyTerms.prefix(key),
                    NameVariants.MAX_CANDIDATES)) {
                String s = NameKeyTerms.surface(t);
                if (!seen.add(s) || NameForms.isLatin(s)) {
                    continue;
                }
                double sc = LearnedSpellings.score(model, latin, s);
                if (sc < best - LearnedSpellings.model().margin(LearnedSpellings.FOUND) || !names.isNameLike(s)) {
                    continue;
                }
                if (KEPT_ONLY && !index.learnedSpellings(latin, listed).contains(s)) {
                    continue;
                }
                System.out.printf("   ordinary %s other %s proclitic %s%n", names.isOrdinaryWord(s),
                        LearnedSpellings.isOtherListedName(names, latin, s),
                        LatinSoundTargets.throughProclitic(index, org.sahifa.text.NameMatcher.standard(), latin, s));
                System.out.printf("   %-16s gap %5.2f  df %5d alone %5d tagged %5d  common %d  name %s reads %s like %s strong %s%n",
                        s, best - sc, names.articleCount(s), index.writtenArticles(s), names.taggedCount(s),
                        CommonWords.standard().code(NameFold.fold(s)), names.isName(s), s.indexOf(' ') < 0 && names.readsAsName(s),
                        names.isNameLike(s), names.isStrongName(s));
            }
        }
        System.out.println("   kept: " + index.learnedSpellings(latin, listed));
    }
}
