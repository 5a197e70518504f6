package cn.gongkai.importer.workbook;

import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetSheets;
import cn.gongkai.domain.targets.UnitTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The three-level 绩效目标表 read from a set of grids: the projects of every project sheet, the unit's form. */
final class TargetSet {
    final List<String> recognised = new ArrayList<>();
    final List<String> unplaced = new ArrayList<>();
    private final List<ProjectTarget> projects = new ArrayList<>();
    private boolean projectSheet;
    private UnitTarget unit;
    private MoneyUnit money;

    /** Reads a grid that holds a three-level form; false (nothing read) for any other grid. */
    boolean add(Grid g) {
        Optional<TargetSheetReader.Kind> kind = TargetSheetReader.kind(g);
        if (kind.isEmpty()) {
            return false;
        }
        TargetSheetReader.Read read = TargetSheetReader.read(g, kind.get());
        if (money != null && read.money() != money) {
            unplaced.add(g.named() + "：金额单位与前一张绩效目标表不同，未导入");
            return true;
        }
        money = read.money();
        recognised.addAll(read.recognised());
        unplaced.addAll(read.unplaced());
        if (kind.get() == TargetSheetReader.Kind.UNIT) {
            if (unit != null) {
                unplaced.add(g.named() + "：又一张部门整体支出绩效目标表，只导入了前一张");
            } else {
                unit = read.unit();
            }
        } else {
            projectSheet = true;
            projects.addAll(read.projects());
        }
        return true;
    }

    boolean isEmpty() {
        return unit == null && !projectSheet;
    }

    TargetSheets result() {
        return new TargetSheets(Optional.ofNullable(unit), projectSheet ? Optional.of(List.copyOf(projects))
                : Optional.empty(), money);
    }
}
