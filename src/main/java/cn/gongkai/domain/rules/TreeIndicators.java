package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfPath;

import java.util.List;
import java.util.function.BiConsumer;

/** Every indicator of Hebei's tree with its place, labelled as printed ("1.政务服务 › 1、政务公开 › 政务公开率"). */
final class TreeIndicators {
    private TreeIndicators() {
    }

    static void each(Draft d, BiConsumer<Indicator, Location> check) {
        List<Duty> duties = d.performance().duties();
        for (int di = 0; di < duties.size(); di++) {
            Duty duty = duties.get(di);
            for (int ai = 0; ai < duty.activities().size(); ai++) {
                Activity a = duty.activities().get(ai);
                for (int ii = 0; ii < a.indicators().size(); ii++) {
                    Indicator ind = a.indicators().get(ii);
                    check.accept(ind, Location.perf(PerfPath.indicator(di, ai, ii), (di + 1) + "." + duty.name()
                            + " › " + (ai + 1) + "、" + a.name() + " › " + ind.name()));
                }
            }
        }
    }
}
