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
                    "org.sahifa.entities..", "org.sahifa.ingest..", "org.sahifa.library..", "org.sahifa.cli..")
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

    @ArchTest
    static final ArchRule cliNeverUsesUi = noClasses()
            .that().resideInAPackage("org.sahifa.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.sahifa.ui..");
}
