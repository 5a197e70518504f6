package cn.gongkai.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The diagram of docs/architecture.md, enforced: {@code ui}, {@code cli} → {@code service} → {@code domain} ←
 * {@code persistence}, {@code exchange}, {@code importer}, {@code export}; {@code app} wires them. Each library stays
 * in its package, and no packages depend on each other in a circle.
 */
class LayersTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.gongkai");

    private static final String JDK = "java..";
    private static final String[] ADAPTERS = {"persistence", "exchange", "importer", "export"};

    @Test
    void domainIsPlainJava() {
        classes().that().resideInAPackage("cn.gongkai.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("cn.gongkai.domain..", JDK)
                .check(CLASSES);
        noClasses().that().resideInAPackage("cn.gongkai.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void serviceUsesOnlyTheDomain() {
        classes().that().resideInAPackage("cn.gongkai.service..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("cn.gongkai.service..", "cn.gongkai.domain..",
                        JDK)
                .check(CLASSES);
    }

    @ParameterizedTest
    @CsvSource({"ui, javafx.., org.controlsfx..", "cli, picocli..,"})
    void theFrontsUseOnlyServiceDomainAndTheirOwnLibrary(String front, String library, String second) {
        classes().that().resideInAPackage("cn.gongkai." + front + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("cn.gongkai." + front + "..",
                        "cn.gongkai.service..", "cn.gongkai.domain..", library,
                        second == null ? library : second, JDK)
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"persistence", "exchange", "importer", "export"})
    void anAdapterDependsOnNoOtherPartOfTheProgram(String adapter) {
        for (String other : ADAPTERS) {
            if (!other.equals(adapter)) {
                noClasses().that().resideInAPackage("cn.gongkai." + adapter + "..")
                        .should().dependOnClassesThat().resideInAPackage("cn.gongkai." + other + "..")
                        .check(CLASSES);
            }
        }
        noClasses().that().resideInAPackage("cn.gongkai." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gongkai.service..", "cn.gongkai.ui..",
                        "cn.gongkai.cli..", "cn.gongkai.app..")
                .check(CLASSES);
    }

    /**
     * An adapter sees the domain, the JDK and its own library, nothing else: the store only jOOQ, H2, PostgreSQL's
     * driver, Flyway and JDBC's DataSource; the
     * exchange file only Jackson; the importer only POI (and what POI's OOXML classes are); the format-free layout of
     * the export nothing at all, its PDF side iText and PDFBox, its Word side POI.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "persistence..; org.jooq.., org.h2.., org.flywaydb.., org.postgresql.., javax.sql..",
            "exchange..; com.fasterxml.jackson..",
            "importer; org.apache.poi.., org.apache.xmlbeans.., org.openxmlformats..",
            "importer.workbook..; org.apache.poi.., org.apache.xmlbeans.., org.openxmlformats..",
            "importer.pdf..; org.apache.pdfbox..",
            "export; ''",
            "export.pdf..; cn.gongkai.export, com.itextpdf.., org.apache.pdfbox..",
            "export.docx..; cn.gongkai.export, org.apache.poi.., org.apache.xmlbeans.., org.openxmlformats..",
            "export.xlsx..; org.apache.poi.., org.apache.xmlbeans.., org.openxmlformats.."})
    void anAdapterUsesOnlyTheDomainAndItsOwnLibrary(String adapter, String libraries) {
        String own = "cn.gongkai." + adapter.replace("..", "").split("\\.")[0] + ".."; // the adapter and its parts
        java.util.List<String> allowed = new java.util.ArrayList<>(java.util.List.of(
                "cn.gongkai." + adapter, own, "cn.gongkai.domain..", JDK));
        for (String l : libraries.split(",")) {
            if (!l.isBlank()) {
                allowed.add(l.strip());
            }
        }
        classes().that().resideInAPackage("cn.gongkai." + adapter)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .check(CLASSES);
    }

    /** A view model is tested without a screen: it holds state and calls services, never a control or a window. */
    @Test
    void viewModelsTouchNoControlsAndNoWindows() {
        noClasses().that().resideInAPackage("cn.gongkai.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(CLASSES);
    }

    /**
     * The editor's features (the tables' grids, the performance tree, the section forms, the import report) see the
     * open draft through {@code ui.editor.shared} only: never the editor that holds them, never each other.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tables", "performance", "forms", "report"})
    void anEditorFeatureSeesOnlyWhatTheFeaturesShare(String feature) {
        noClasses().that().resideInAPackage("cn.gongkai.ui.editor." + feature + "..")
                .should().dependOnClassesThat().resideInAPackage("cn.gongkai.ui.editor")
                .check(CLASSES);
        for (String other : new String[] {"tables", "performance", "forms", "report"}) {
            if (!other.equals(feature)) {
                noClasses().that().resideInAPackage("cn.gongkai.ui.editor." + feature + "..")
                        .should().dependOnClassesThat().resideInAPackage("cn.gongkai.ui.editor." + other + "..")
                        .check(CLASSES);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "persistence, org.jooq.., org.h2.., org.flywaydb..",
            "persistence, org.postgresql..,,",
            "export.pdf, com.itextpdf..,,",
            "exchange, com.fasterxml..,,",
            "cli, picocli..,,",
            "ui, javafx.., org.controlsfx..,"})
    void eachLibraryStaysInItsPackage(String home, String a, String b, String c) {
        for (String library : new String[] {a, b, c}) {
            if (library != null) {
                noClasses().that().resideOutsideOfPackage("cn.gongkai." + home + "..")
                        .should().dependOnClassesThat().resideInAPackage(library)
                        .check(CLASSES);
            }
        }
    }

    /** PDFBox draws the preview's pages (export.pdf) and reads PDFs (importer.pdf); nowhere else. */
    @Test
    void pdfBoxStaysInThePdfPackages() {
        noClasses().that().resideOutsideOfPackages("cn.gongkai.export.pdf..", "cn.gongkai.importer.pdf..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..").check(CLASSES);
    }

    /**
     * POI reads workbooks and .docx (importer) and writes .docx (export.docx) and the batch check's summary workbook
     * (export.xlsx); nowhere else. The PDF and the Word
     * renderer share only the format-free layout of {@code export}.
     */
    @Test
    void poiStaysInTheImporterAndTheWordExport() {
        for (String library : new String[] {"org.apache.poi..", "org.apache.xmlbeans..", "org.openxmlformats.."}) {
            noClasses().that().resideOutsideOfPackages("cn.gongkai.importer..", "cn.gongkai.export.docx..",
                            "cn.gongkai.export.xlsx..")
                    .should().dependOnClassesThat().resideInAPackage(library).check(CLASSES);
        }
        noClasses().that().resideInAPackage("cn.gongkai.export.docx..")
                .should().dependOnClassesThat().resideInAnyPackage("com.itextpdf..", "cn.gongkai.export.pdf..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("cn.gongkai.export.pdf..")
                .should().dependOnClassesThat().resideInAPackage("cn.gongkai.export.docx..").check(CLASSES);
    }

    @Test
    void nothingButTheCompositionRootDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("cn.gongkai.app..")
                .should().dependOnClassesThat().resideInAPackage("cn.gongkai.app..")
                .check(CLASSES);
    }

    /** jOOQ's generated classes refer to each other across their packages by design; they are left out. */
    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("cn.gongkai.(**)").should().beFreeOfCycles()
                .check(CLASSES.that(resideOutsideOfPackage("cn.gongkai.persistence.generated..")));
    }
}
