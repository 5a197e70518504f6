package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;

import java.util.List;

/** One named consistency check over a draft. */
public interface Rule {
    String id();

    List<Problem> check(Draft draft);
}
