package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every single-cell change of a consistent workbook is caught: each cell of each table (blank or not, in every
 * column the table has) is changed by 0.01 in turn, the figures follow the tables as an import makes them, and the
 * checks must find at least one 错误 that the consistent workbook did not have.
 */
class TableMutationTest {
    private static final BigDecimal DELTA = new BigDecimal("0.01");

    @TempDir
    Path dir;

    @Test
    void everyCellChangeIsCaught() throws Exception {
        WorkbookTables w = TableFixtures.read(TownshipWorkbook.write(dir.resolve("预算.xlsx"),
                TownshipWorkbook.Shape.standard()));
        Draft clean = WorkbookDrafts.newDraft(w, TableFixtures.glossary(), 2025);
        List<String> before = TableFixtures.errors(clean).stream().map(Problem::toLine).toList();
        assertEquals(List.of(), before);
        int total = 0;
        List<String> missed = new ArrayList<>();
        for (BudgetTable t : clean.tables().all()) {
            for (int i = 0; i < t.rows().size(); i++) {
                BudgetRow r = t.rows().get(i);
                for (BudgetColumn c : t.columnsOf(r)) {
                    total++;
                    BudgetTable changed = t.withRow(i, r.with(c, Amounts.orZero(r.amount(c)).add(DELTA)));
                    Draft mutant = TableFigures.sync(clean.withTables(clean.tables().with(changed)));
                    if (TableFixtures.errors(mutant).isEmpty()) {
                        missed.add(t.kind().title() + " › " + r.name() + " › " + c.label());
                    }
                }
            }
        }
        System.out.printf("table mutation test: %d of %d single-cell changes caught (%.1f%%)%n",
                total - missed.size(), total, 100.0 * (total - missed.size()) / total);
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertTrue(total > 300, "cells: " + total);
        assertEquals(List.of(), missed);
    }
}
