package no.lappetavla;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layers visible in the package tree apart: dependencies point inward to the model. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.lappetavla");

    @Test
    void modelIsPlainJava() {
        noClasses().that().resideInAPackage("no.lappetavla.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.fasterxml..", "org.apache..", "java.io..", "java.nio..", "java.awt..",
                        "no.lappetavla.io..", "no.lappetavla.export..", "no.lappetavla.ui..", "no.lappetavla.app..",
                        "no.lappetavla.i18n..")
                .check(CLASSES);
    }

    @Test
    void ioAndExportKnowNothingOfTheWindow() {
        noClasses().that().resideInAnyPackage("no.lappetavla.io..", "no.lappetavla.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "no.lappetavla.ui..", "no.lappetavla.app..")
                .check(CLASSES);
    }

    @Test
    void uiUsesTheModelNotTheFileLayers() {
        noClasses().that().resideInAPackage("no.lappetavla.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "no.lappetavla.io..", "no.lappetavla.export..", "no.lappetavla.app..", "com.fasterxml..", "org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void textsStandAlone() {
        noClasses().that().resideInAPackage("no.lappetavla.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "no.lappetavla.model..", "no.lappetavla.io..", "no.lappetavla.export..", "no.lappetavla.ui..", "no.lappetavla.app..")
                .check(CLASSES);
    }
}
