package cn.gongkai.persistence;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link KillNineTest}: saves in a loop and prints "saved N" after each save the store
 * acknowledged, until it is killed.
 */
public final class SaveLoop {
    public static void main(String[] args) {
        H2Database db = H2Database.open(Path.of(args[0]));
        JooqDraftStore store = JooqDraftStore.onFolder(db);
        Draft base = Draft.empty(DraftHeader.newDraft("保存测试", 2020, FinanceLevel.COUNTY), List.of());
        long id = store.insert(base);
        System.out.println("draft " + id);
        Draft current = store.load(id).orElseThrow();
        for (int i = 1; ; i++) {
            store.setFigure(id, FigureKey.INCOME_TOTAL, BigDecimal.valueOf(i));
            // the editor's save: an indicator added to the tree, written by difference
            Draft next = current.withPerformance(current.performance().withDuties(List.of(new Duty("职责", null, "", "",
                    List.of(new Activity("活动", null, "", "", indicators(current, i)))))));
            store.update(id, current, next);
            current = next;
            store.insert(Draft.empty(DraftHeader.newDraft("保存" + i, 2020, FinanceLevel.COUNTY), List.of()));
            System.out.println("saved " + i);
            System.out.flush();
        }
    }

    private static List<Indicator> indicators(Draft d, int i) {
        List<Indicator> list = new java.util.ArrayList<>(d.performance().duties().isEmpty() ? List.of()
                : d.performance().duties().get(0).activities().get(0).indicators());
        list.add(new Indicator("指标" + i, "≥90%", "≥80%", "≥70%", "<70%", GradeScale.FOUR));
        if (list.size() > 10) {
            list.remove(0); // from here on the shape stays: the in-place node updates are exercised too
        }
        return list;
    }
}
