package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every standard table of the template is published, an empty one with a statement why (空表说明). A draft of the
 * post-reform template without any table is an 错误: its disclosure starts with them.
 */
public final class EmptyTablesRule implements Rule {
    @Override
    public String id() {
        return "empty-tables";
    }

    @Override
    public List<Problem> check(Draft d) {
        TemplateProfile profile = d.header().profile();
        if (d.tables().isEmpty()) {
            return profile == TemplateProfile.HEBEI_2021 ? List.of(Problems.error(id(),
                    Location.table(TableKind.INCOME_EXPENSE_SUMMARY), "还没有部门预算公开表",
                    "从预算系统导出表格（Excel），用“从预算系统导入表格…”导入")) : List.of();
        }
        List<Problem> out = new ArrayList<>();
        for (TableKind k : profile.tables()) {
            Optional<BudgetTable> t = d.tables().get(k);
            if (t.isEmpty() || (t.get().isEmpty() && t.get().emptyStatement().isBlank())) {
                out.add(Problems.warning(id(), Location.table(k), k.title() + (t.isEmpty() ? "没有导入" : "为空表")
                                + "，没有空表说明；导出时将写“" + CompletenessRule.STANDARD_EMPTY + "”",
                        "写明为什么没有这张表的数字，如“本部门无政府性基金预算支出，故本表为空表”"));
            }
        }
        return out;
    }
}
