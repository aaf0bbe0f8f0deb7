package org.sahifa.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions are names and name phrases the library writes, ranked by how often it writes them (decision 0164). */
class SuggesterTest {

    /** A searcher over articles of the given bodies, analysed as the index does. */
    private static IndexSearcher searcher(String... bodies) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(SahifaAnalysis.INSTANCE.exact()))) {
            for (String b : bodies) {
                Document d = new Document();
                d.add(new TextField(IndexFields.BODY_EXACT, b, Field.Store.NO));
                w.addDocument(d);
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    private static List<String> suggest(IndexSearcher s, NameSuggestions names, MatchTerms reached, String typed) {
        return Suggester.suggest(s, names, text -> reached, w -> false, new HashMap<>(), typed, 5).stream()
                .map(Suggestion::text).toList();
    }

    @Test
    void latinTextIsCompletedToTheArabicSpellingsOfListedNamesTheLibraryWrites() throws IOException {
        IndexSearcher s = searcher("قالت جامعة الدول العربية", "جامعة الدول العربية ترحب", "ربي عيالك يا رب");
        Map<String, Long> tagged = Map.of("جامعه الدول العربيه", 2L, "ربي عيالك", 1L);
        NameSuggestions names = NameSuggestions.of(tagged, NameLexiconWords.standard(), EnglishNames.standard(), 5_000);
        // never a name found by its consonant key, nor one the recogniser tagged once
        assertThat(suggest(s, names, new MatchTerms(), "Arab Lea")).containsExactly("جامعه الدول العربيه");
        assertThat(suggest(s, names, new MatchTerms(), "Arab")).doesNotContain("ربي عيالك");
    }

    @Test
    void arabicTextIsCompletedToTaggedNamesAlsoAfterTheArticleMostWrittenFirst() throws IOException {
        IndexSearcher s = searcher("الحوثي قال", "الحوثيين", "الحوثيين هناك", "حوثي", "كوري بقيادة");
        Map<String, Long> tagged = Map.of("الحوثي", 3L, "الحوثيين", 2L, "كوري بقيادة", 1L);
        NameSuggestions names = NameSuggestions.of(tagged, NameLexiconWords.standard(), EnglishNames.standard(), 5_000);
        assertThat(suggest(s, names, new MatchTerms(), "حوثي")).containsExactly("الحوثيين", "الحوثي");
        assertThat(suggest(s, names, new MatchTerms(), "كوري")).isEmpty();
    }

    @Test
    void theSpellingsTheSearchReachesAreOfferedWhenTheLibraryWritesThemAndTheyAreNames() throws IOException {
        IndexSearcher s = searcher("أردوغان", "أردوغان", "أردوجان", "لا أحد");
        NameSuggestions names = NameSuggestions.of(Map.of("اردوغان", 2L, "اردوجان", 2L), NameLexiconWords.standard(),
                EnglishNames.standard(), 5_000);
        MatchTerms reached = new MatchTerms();
        reached.exact.addAll(Set.of("اردوغان", "اردوجان", "احد", "ارضوغان", "erdogan"));
        assertThat(suggest(s, names, reached, "Erdogan")).containsExactly("اردوغان", "اردوجان");
    }

    @Test
    void aPhraseTheSearchReachesIsOfferedWholeNeverAsItsLastWord() throws IOException {
        IndexSearcher s = searcher("البحر المتوسط هادئ", "المتوسط");
        NameSuggestions names = NameSuggestions.of(Map.of("البحر المتوسط", 2L, "المتوسط", 2L),
                NameLexiconWords.standard(), EnglishNames.standard(), 5_000);
        MatchTerms reached = new MatchTerms();
        reached.phrase(MatchTerms.Kind.EXACT, List.of("البحر", "المتوسط"));
        assertThat(suggest(s, names, reached, "Mediterranean")).containsExactly("البحر المتوسط");
    }

    @Test
    void aNameTaggedOnceIsOfferedOnlyInASmallLibrary() throws IOException {
        IndexSearcher s = searcher("علييف قال");
        Map<String, Long> tagged = Map.of("علييف", 1L);
        assertThat(suggest(s, NameSuggestions.of(tagged, NameLexiconWords.standard(), EnglishNames.standard(), 2),
                new MatchTerms(), "علي")).containsExactly("علييف");
        assertThat(suggest(s, NameSuggestions.of(tagged, NameLexiconWords.standard(), EnglishNames.standard(), 5_000),
                new MatchTerms(), "علي")).isEmpty();
    }

    @Test
    void entityNamesAndOtherSuggestionsAreRankedTogetherByArticles() {
        List<Suggestion> entities = List.of(new Suggestion("أردا توران", Suggestion.Kind.PERSON, 1),
                new Suggestion("الأردن", Suggestion.Kind.PLACE, 40));
        List<Suggestion> others = List.of(new Suggestion("اردوغان", Suggestion.Kind.NAME, 80),
                new Suggestion("الاردن", Suggestion.Kind.NAME, 900));
        assertThat(Suggester.merge(entities, others, 5, 2)).extracting(Suggestion::text)
                .containsExactly("الأردن", "اردوغان");
        assertThat(Suggester.merge(entities, others, 5, 2).get(0).articles()).isEqualTo(900);
    }

    @Test
    void spellingsReachedFromArabicTextMayBeNamesByTheLibrarysStatisticsFromLatinTextOnlyTaggedOnes()
            throws IOException {
        IndexSearcher s = searcher("قال حزب الله", "حزب الله", "ال");
        NameSuggestions names = NameSuggestions.of(Map.of(), NameLexiconWords.standard(), EnglishNames.standard(), 5_000);
        MatchTerms reached = new MatchTerms();
        reached.phrase(MatchTerms.Kind.EXACT, List.of("حزب", "الله"));
        reached.exact.add("ال");
        assertThat(Suggester.suggest(s, names, text -> reached, Set.of("حزب الله", "ال")::contains, new HashMap<>(),
                "حزب", 5)).extracting(Suggestion::text).containsExactly("حزب الله", "ال");
        assertThat(Suggester.suggest(s, names, text -> reached, Set.of("حزب الله", "ال")::contains, new HashMap<>(),
                "Hezb", 5)).isEmpty();
    }

    @Test
    void aCompletionIsNeverShorterThanTheTypedTextNorOneTypedLatinWordsReading() throws IOException {
        IndexSearcher s = searcher("الجامعة العربية", "الجامعة العربية", "الجامعة", "ليغ", "ليغ");
        NameSuggestions names = NameSuggestions.of(Map.of("الجامعه العربيه", 2L, "الجامعه", 2L, "ليغ", 2L),
                NameLexiconWords.standard(), EnglishNames.standard(), 5_000);
        MatchTerms reached = new MatchTerms();
        reached.exact.addAll(Set.of("الجامعه", "ليغ"));
        assertThat(suggest(s, names, reached, "الجامعة العر")).containsExactly("الجامعه العربيه");
        assertThat(suggest(s, names, reached, "الجامع")).contains("الجامعه");
        IndexSearcher joined = searcher("حفرالباطن", "حفرالباطن", "حفر");
        NameSuggestions tagged = NameSuggestions.of(Map.of("حفرالباطن", 2L, "حفر", 2L), NameLexiconWords.standard(),
                EnglishNames.standard(), 5_000);
        MatchTerms compound = new MatchTerms();
        compound.exact.addAll(Set.of("حفرالباطن", "حفر"));
        assertThat(suggest(joined, tagged, compound, "حفر الباطن")).containsExactly("حفرالباطن");
        assertThat(suggest(s, names, reached, "Arab Leag")).doesNotContain("ليغ");
        assertThat(suggest(s, names, reached, "Leag")).contains("ليغ");
    }

    @Test
    void suggestionsAreShownAsTheLibraryWritesThem() throws IOException {
        IndexSearcher s = searcher("قالت جامعة الدول العربية", "جامعة الدول العربية ترحب");
        NameSuggestions names = NameSuggestions.of(Map.of("جامعه الدول العربيه", 2L), NameLexiconWords.standard(),
                EnglishNames.standard(), 5_000,
                () -> ShownSpellings.of(Map.of("جامعه الدول العربيه", "جامعة الدول العربية")));
        assertThat(suggest(s, names, new MatchTerms(), "Arab Lea")).containsExactly("جامعة الدول العربية");
        assertThat(suggest(s, names, new MatchTerms(), "جامعة الد")).containsExactly("جامعة الدول العربية");
    }
}
