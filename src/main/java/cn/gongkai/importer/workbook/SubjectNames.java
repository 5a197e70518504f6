package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.Labels;
import cn.gongkai.domain.budget.SubjectCatalogue;

import java.util.Optional;

/**
 * Subjects written without their code, found by name in the catalogue of the budget year: a class by its name,
 * a 款 among the children of the class above it, a 项 among the children of the 款 above it (the same 项 name,
 * 行政运行, is under many 款). Also joins codes written in three columns (类 201, 款 01, 项 01).
 */
final class SubjectNames {
    private final SubjectCatalogue catalogue;
    private int year;
    private String currentClass = "";
    private String currentSection = "";

    SubjectNames(SubjectCatalogue catalogue, int year) {
        this.catalogue = catalogue;
        this.year = year;
    }

    int year() {
        return year;
    }

    /** The workbook's year, when the caller did not fix one. */
    void year(int found) {
        if (year == 0 && found > 0) {
            year = found;
        }
    }

    /** A row with this code was read: the rows below it are its children. */
    void enter(Classification c, String code) {
        switch (c.level(code)) {
            case 1 -> {
                currentClass = code;
                currentSection = "";
            }
            case 2 -> {
                currentClass = code.substring(0, 3);
                currentSection = code;
            }
            default -> {
                currentClass = code.substring(0, 3);
                currentSection = code.substring(0, 5);
            }
        }
    }

    /** The code of a subject named without one, looked for under the rows above it. */
    Optional<String> codeOf(Classification c, String name) {
        if (!currentSection.isEmpty()) {
            Optional<String> item = child(c, currentSection, 3, name);
            if (item.isPresent()) {
                return item;
            }
        }
        if (!currentClass.isEmpty()) {
            Optional<String> section = child(c, currentClass, 2, name);
            if (section.isPresent()) {
                return section;
            }
        }
        return catalogue.codeOf(c, name, 1, lookupYear());
    }

    /** A 功能分类 class by its name (部门收支总表 lists classes without codes). */
    Optional<String> classOf(String name) {
        return catalogue.codeOf(Classification.FUNCTION, name, 1, lookupYear());
    }

    private Optional<String> child(Classification c, String parent, int level, String name) {
        String n = Labels.normalize(name);
        return catalogue.lookup(c, parent, lookupYear()).stream()
                .filter(e -> c.level(e.code()) == level && Labels.normalize(e.name()).equals(n))
                .map(SubjectCatalogue.Entry::code).findFirst();
    }

    private int lookupYear() {
        return year > 0 ? year : java.time.Year.now().getValue();
    }

    /** A code from its three columns; a 款 or 项 column holding only its own two digits follows the rows above. */
    String partsToCode(String cls, String section, String item) {
        String c = cls.isEmpty() ? currentClass : cls;
        if (section.isEmpty() && item.isEmpty()) {
            return cls;
        }
        String s = section.length() == 2 ? c + section : section.isEmpty() ? currentSection : section;
        if (item.isEmpty()) {
            return s;
        }
        return item.length() == 2 ? (s.isEmpty() ? currentSection : s) + item : item;
    }
}
