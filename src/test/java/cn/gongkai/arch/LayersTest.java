package cn.gongkai.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers of docs/architecture.md, enforced: ui → service → domain ← persistence, export, importer. */
class LayersTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.gongkai");

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("cn.gongkai.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "com.itextpdf..",
                        "com.fasterxml..", "org.h2..", "org.flywaydb..", "picocli..",
                        "cn.gongkai.service..", "cn.gongkai.persistence..", "cn.gongkai.export..",
                        "cn.gongkai.importer..", "cn.gongkai.exchange..", "cn.gongkai.ui..", "cn.gongkai.cli..",
                        "cn.gongkai.app..")
                .check(CLASSES);
    }

    @Test
    void onlyPersistenceSeesJooqAndTheDatabase() {
        noClasses().that().resideOutsideOfPackage("cn.gongkai.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void onlyUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("cn.gongkai.ui..", "cn.gongkai.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void serviceDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage("cn.gongkai.service..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gongkai.persistence..", "cn.gongkai.export..",
                        "cn.gongkai.importer..", "cn.gongkai.exchange..", "cn.gongkai.ui..", "cn.gongkai.cli..",
                        "cn.gongkai.app..")
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotDependOnEachOtherOrUpwards() {
        for (String p : new String[] {"persistence", "export", "importer", "exchange"}) {
            noClasses().that().resideInAPackage("cn.gongkai." + p + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("cn.gongkai.ui..", "cn.gongkai.cli..",
                            "cn.gongkai.app..", "cn.gongkai.service..")
                    .check(CLASSES);
        }
    }

    @Test
    void uiDoesNotReachPastTheServices() {
        noClasses().that().resideInAPackage("cn.gongkai.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gongkai.persistence..", "cn.gongkai.export..",
                        "cn.gongkai.importer..", "cn.gongkai.exchange..", "cn.gongkai.cli..", "cn.gongkai.app..")
                .check(CLASSES);
    }
}
