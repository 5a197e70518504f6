package cn.gongkai.domain.rules;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.Problem;

import java.util.List;

/** One named consistency check over a draft. */
public interface Rule {
    String id();

    List<Problem> check(Draft draft);
}
