package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.rules.Validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** What tests of the standard tables share: the shipped subject catalogue and glossary, a workbook read, its 错误. */
public final class TableFixtures {
    private TableFixtures() {
    }

    public static final SubjectCatalogue CATALOGUE = catalogue();

    public static SubjectCatalogue catalogue() {
        try {
            return SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static StandardGlossary glossary() throws Exception {
        return StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
    }

    public static WorkbookTables read(Path file) {
        return new WorkbookImporter().read(file, CATALOGUE, 0);
    }

    /**
     * The rules that ask for what no workbook holds (部门职责, 绩效目标, 机关运行经费, the reason of a “三公” change):
     * a draft made from tables alone has these to fill in; the tables' own checks must find nothing.
     */
    public static boolean contentToWrite(Problem p) {
        return p.rule().equals("completeness") || p.rule().equals("three-public-reason")
                || p.rule().equals("figure-missing") && p.location().place().equals(
                new cn.gongkai.domain.model.Place.Figure(FigureKey.RUNNING_COST_TOTAL));
    }

    public static List<Problem> errors(Draft d) {
        return Validator.standard(Clock.systemDefaultZone(), () -> CATALOGUE).validate(d).stream()
                .filter(p -> p.severity() == Severity.ERROR && !contentToWrite(p)).toList();
    }
}
