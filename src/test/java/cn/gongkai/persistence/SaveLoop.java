package cn.gongkai.persistence;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.DraftHeader;
import cn.gongkai.domain.FigureKey;
import cn.gongkai.domain.FinanceLevel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link KillNineTest}: saves in a loop and prints "saved N" after each save the store
 * acknowledged, until it is killed.
 */
public final class SaveLoop {
    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]));
        JooqDraftStore store = new JooqDraftStore(db);
        Draft base = Draft.empty(DraftHeader.newDraft("保存测试", 2020, FinanceLevel.COUNTY), List.of());
        long id = store.insert(base);
        System.out.println("draft " + id);
        for (int i = 1; ; i++) {
            store.setFigure(id, FigureKey.INCOME_TOTAL, BigDecimal.valueOf(i));
            store.insert(Draft.empty(DraftHeader.newDraft("保存" + i, 2020, FinanceLevel.COUNTY), List.of()));
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
