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

    /** The desktop's name scoping, which the plugin reuses on each shard (decision 0123; in the plugin jar). */
    private static final java.util.Set<String> SHARED_NAME_SCOPING = java.util.Set.of("NameWords", "NameForms");

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
