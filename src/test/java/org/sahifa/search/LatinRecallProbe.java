package org.sahifa.search;

import org.sahifa.library.Library;
import org.sahifa.text.LatinReadings;
import org.sahifa.text.NameKey;
import org.sahifa.text.TransliterationModel;

import java.nio.file.Path;

/**
 * Why a Latin name reaches, or misses, its Arabic spellings in a library (issue 10, decisions 0207–0208): for each
 * argument {@code latin=spelling,spelling} prints the learned spellings, the model's likeliest spellings and, per
 * target spelling, its score against the margins and the library's evidence the gates read. A report, not shipped:
 * {@code java -cp target/test-classes:target/sahifa.jar org.sahifa.search.LatinRecallProbe LIB alanad=العند,الند};
 * an argument {@code latin:arabic} prints the bare model's score of a respelling.
 */
public final class LatinRecallProbe {
    private LatinRecallProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (Library library = Library.open(Path.of(args[0]))) {
            library.search().withColdLibrary(index -> {
                for (int i = 1; i < args.length; i++) {
                    probe(index, args[i]);
                }
                return null;
            });
        }
    }

    private static void probe(QueryIndex index, String arg) {
        if (arg.indexOf(':') > 0) {
            // latin:arabic scored by the bare model, no reading (respellings tried by hand)
            String[] r = arg.split(":", 2);
            TransliterationModel m = LearnedSpellings.readings().model();
            System.out.printf("raw %s -> %s: %.2f (best %.2f)%n", r[0], r[1], m.score(r[0], r[1]), m.best(r[0]));
            return;
        }
        String[] p = arg.split("=", 2);
        String latin = p[0];
        LatinReadings model = LearnedSpellings.readings();
        double best = model.best(latin);
        double found = LearnedSpellings.model().margin(LearnedSpellings.FOUND);
        double close = LearnedSpellings.model().margin(LearnedSpellings.CLOSE);
        double arabic = LearnedSpellings.model().margin(LearnedSpellings.ARABIC_FOUND);
        System.out.printf("== %s best %.2f  margins found %.2f close %.2f arabic %.2f%n", latin, best, found, close,
                arabic);
        System.out.println("  learned: " + LearnedSpellings.in(index, latin));
        StringBuilder gen = new StringBuilder();
        for (TransliterationModel.Candidate c : model.generate(latin, 12)) {
            gen.append(String.format(" %s(%.1f)", c.arabic(), c.logp() - best));
        }
        System.out.println("  generated:" + gen);
        System.out.println("  keys: " + LearnedSpellings.keys(model, latin, best - found));
        System.out.println("  native: " + LatinNativeNames.of(index, latin));
        System.out.println("  arabicNames: " + LearnedSpellings.arabicNames(index, latin, true));
        if (p.length < 2) {
            return;
        }
        NameWords names = index.names();
        for (String s : p[1].split(",")) {
            double sc = LearnedSpellings.score(model, latin, s);
            System.out.printf("  %s: score %.2f (gap %.2f) key %s articles %d written %d tagged %d isName %b"
                            + " nameLike %b strong %b ordinary %b alone %b sameCons %b native %b anotherName %b"
                            + " vowelFit %s longVowels %b headed %b%n",
                    s, sc, best - sc, NameKey.ofNormalized(s), names.articleCount(s), index.writtenArticles(s),
                    names.taggedCount(s), names.isName(s), names.isNameLike(s), names.isStrongName(s),
                    names.isOrdinaryWord(s), LearnedSpellings.writtenAlone(index, s),
                    LearnedSpellings.sameConsonants(NameKey.ofNormalized(LatinReadings.letters(latin)), s),
                    LatinReadings.hasNativeLetters(s),
                    LatinNameOwners.isAnotherName(names.lexicon(), latin, s), LatinVowelSlots.fit(latin, s),
                    LatinSpellingFit.writesLongVowels(latin, s), LatinNativeNames.isHeadedPlace(index, s));
            String bare = s.startsWith("\u0627\u0644") ? s.substring(2) : s;
            System.out.println("     owners " + names.lexicon().latinNamesOf(s) + " " + names.lexicon().latinNamesOf(bare)
                    + " common " + org.sahifa.entities.recognize.CommonWords.standard().code(
                    org.sahifa.entities.recognize.NameFold.fold(s)) + " readings " + LearnedSpellings.readings().readings(latin));
        }
    }
}
