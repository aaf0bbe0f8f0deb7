package org.sahifa;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Layering: the core never touches JavaFX, and lower layers never reach up. */
@AnalyzeClasses(packages = "org.sahifa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverImportsJavaFx = noClasses()
            .that().resideInAnyPackage("org.sahifa.text..", "org.sahifa.store..", "org.sahifa.search..",
                    "org.sahifa.entities..", "org.sahifa.ingest..", "org.sahifa.library..", "org.sahifa.cli..",
                    "org.sahifa.archive..", "org.sahifa.solr..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule textIsTheBottomLayer = noClasses()
            .that().resideInAPackage("org.sahifa.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sahifa.store..", "org.sahifa.search..",
                    "org.sahifa.entities..", "org.sahifa.ingest..", "org.sahifa.library..", "org.sahifa.ui..",
                    "org.sahifa.cli..");

    @ArchTest
    static final ArchRule onlyUiAndCliUseTheLibraryService = noClasses()
            .that().resideInAnyPackage("org.sahifa.text..", "org.sahifa.store..", "org.sahifa.search..",
                    "org.sahifa.entities..", "org.sahifa.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sahifa.library..", "org.sahifa.ui..",
                    "org.sahifa.cli..");

    /**
     * The library's query compiler and name scoping, which the plugin compiles every shard's query with
     * (decisions 0123, 0124; in the plugin jar).
     */
    private static final java.util.Set<String> SHARED_NAME_SCOPING = java.util.Set.of("NameWords", "NameForms",
            "GroupForms", "CompoundSplits", "FinalHamza", "SecondWordHamza", "ProcliticForms", "PeopleAdjectives", "CountrySpellings", "ArticleUsage", "CompoundWordSpellings", "DefiniteNounPhrase", "JoinedPhraseWords", "WrittenClitics", "CldrCountries", "CldrContinents", "QueryCompiler", "QueryIndex", "ReaderIndex", "IndexAnalysis", "LearnedSpellings", "LatinSoundTargets", "PlacedNames", "DistinctNames", "ConstructPhrase", "ArticleReadings", "HamzaSeats", "ArticleBoundNames", "NisbaBases", "DefiniteFamilyNames", "WrittenPhrases",
            "SpellingContext", "SharedFullNames", "LatinFullNames", "LatinListedSpellings", "LatinEpithetNames",
            "LatinNativeNames", "LatinSpellingFit", "LatinVowelSlots", "LatinAcronyms", "DiphthongNisba", "InstitutionShortNames", "RomanisationKey", "LatinNameOwners", "AcronymLetterNames", "LonePrepositionForms", "InstitutionNames", "InstitutionWords", "LatinLinedUpNames", "LatinDiphthongs", "LatinConsonantsRead", "InstitutionDictionary", "LatinDoubledConsonants", "LatinEndings", "NasabInsertedNames");

    /** The classes of org.sahifa.search in the plugin jar (pom.xml, solr-plugin): they must not need the store. */
    private static final java.util.Set<String> IN_THE_PLUGIN_JAR = java.util.Set.of("NameWords", "NameForms",
            "GroupForms", "CompoundSplits", "FinalHamza", "SecondWordHamza", "ProcliticForms", "PeopleAdjectives", "CountrySpellings", "ArticleUsage", "CompoundWordSpellings", "DefiniteNounPhrase", "JoinedPhraseWords", "WrittenClitics", "CldrCountries", "CldrContinents", "NameLexiconWords", "QueryCompiler", "QueryIndex", "ReaderIndex", "IndexAnalysis", "SahifaAnalysis", "Analysis", "PlacedNames", "DistinctNames", "ConstructPhrase", "ArticleReadings", "HamzaSeats", "ArticleBoundNames", "NisbaBases", "DefiniteFamilyNames", "WrittenPhrases",
            "MatchTerms", "VariantCache", "ReusedWeightQuery", "LearnedSpellings", "LatinSoundTargets",
            "SpellingContext", "SharedFullNames", "PrefixTerms", "RememberedCounts", "EnglishNames", "LatinRuns",
            "LatinFullNames", "LatinListedSpellings", "LatinEpithetNames", "LatinConnectedNames", "TitledNames",
            "RegionNames", "LatinNativeNames", "LatinSpellingFit", "LatinVowelSlots", "LatinAcronyms", "DiphthongNisba", "InstitutionShortNames", "RomanisationKey", "LatinNameOwners", "AcronymLetterNames", "LonePrepositionForms", "InstitutionNames", "InstitutionWords", "LatinLinedUpNames", "LatinDiphthongs", "LatinConsonantsRead", "InstitutionDictionary", "LatinDoubledConsonants", "LatinEndings", "NasabInsertedNames");

    private static String topLevelName(com.tngtech.archunit.core.domain.JavaClass c) {
        // an array (an enum's values) is of the class of its elements
        com.tngtech.archunit.core.domain.JavaClass e = c.isArray() ? c.getBaseComponentType() : c;
        return e.getName().substring(e.getPackageName().length() + 1).replaceAll("\\$.*", "");
    }

    /** The shared compiler runs inside Solr from the plugin jar: it may use the text engine and the name lists only. */
    @ArchTest
    static final ArchRule theSharedCompilerNeedsNothingOutsideThePluginJar = noClasses()
            .that(com.tngtech.archunit.base.DescribedPredicate.describe("org.sahifa.search classes of the plugin jar",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("org.sahifa.search")
                            && IN_THE_PLUGIN_JAR.contains(topLevelName(c))))
            .should().dependOnClassesThat().resideInAnyPackage("org.sahifa.store..", "org.sahifa.ingest..",
                    "org.sahifa.library..", "org.sahifa.archive..", "org.sahifa.ui..", "org.sahifa.cli..")
            .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "in org.sahifa.search outside the plugin jar",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("org.sahifa.search")
                            && !IN_THE_PLUGIN_JAR.contains(topLevelName(c))));

    /**
     * The Solr plugin runs inside Solr from its own jar, which holds only the text engine, the query language
     * and the plugin: it may use nothing else of Sahifa.
     */
    @ArchTest
    static final ArchRule solrPluginUsesOnlyTextAndTheQueryLanguage = noClasses()
            .that().resideInAnyPackage("org.sahifa.solr..", "org.sahifa.text..", "org.sahifa.search.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sahifa.store..", "org.sahifa.entities..",
                    "org.sahifa.ingest..", "org.sahifa.library..", "org.sahifa.archive..", "org.sahifa.ui..",
                    "org.sahifa.cli..", "org.sahifa")
            .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "in org.sahifa.search but not its query language or its name scoping (decision 0123)",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("org.sahifa.search")
                            && !SHARED_NAME_SCOPING.contains(c.getSimpleName())));

    /** Only the window and the command line use the archive client; nothing below the library uses Solr. */
    @ArchTest
    static final ArchRule archiveSitsBetweenLibraryAndUi = noClasses()
            .that().resideInAnyPackage("org.sahifa.text..", "org.sahifa.store..", "org.sahifa.search..",
                    "org.sahifa.entities..", "org.sahifa.ingest..", "org.sahifa.library..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sahifa.archive..", "org.sahifa.solr..",
                    "org.apache.solr..");

    @ArchTest
    static final ArchRule cliNeverUsesUi = noClasses()
            .that().resideInAPackage("org.sahifa.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.sahifa.ui..");
}
