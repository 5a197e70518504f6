package cn.gongkai.service;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subject the catalogue lacks is a 警告 once, when its workbook comes in, and is remembered by the data folder. */
class SubjectsLearnedTest {
    @TempDir
    Path dir;

    @Test
    void aNewSubjectIsReportedThenRemembered() {
        Path book = TownshipWorkbook.write(dir.resolve("新科目.xlsx"), TownshipWorkbook.Shape.standard(), wb -> {
            Sheet s = wb.getSheet("1.3部门支出总表");
            Row r = s.createRow(s.getLastRowNum() + 1);
            r.createCell(0).setCellValue("2010188");
            r.createCell(1).setCellValue("人大新设事务");
            r.createCell(2).setCellValue(0);
        });
        Path folder = dir.resolve("data");
        long id;
        try (Services s = new Composition().open(folder)) {
            ImportResult r = s.drafts().importFile(book);
            id = r.id();
            assertTrue(r.recognised().contains("警告：功能分类科目 2010188“人大新设事务”不在 2025 年的科目表中，已记住"),
                    r.recognised().toString());
            assertEquals(List.of(), subjectWarnings(s, id));
        }
        try (Services again = new Composition().open(folder)) {
            assertEquals(List.of(), subjectWarnings(again, id), "remembered across a restart");
            ImportResult second = again.drafts().importFile(book);
            assertTrue(second.recognised().stream().noneMatch(l -> l.contains("2010188")), "known now: no 警告");
        }
    }

    private static List<String> subjectWarnings(Services s, long id) {
        return s.drafts().validate(id).stream().filter(p -> p.rule().equals("subjects")).map(Problem::message)
                .toList();
    }
}
