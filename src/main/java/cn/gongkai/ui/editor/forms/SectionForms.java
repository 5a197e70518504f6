package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.DutyTarget;
import javafx.scene.control.CheckBox;

import static cn.gongkai.domain.model.FigureKey.*;

/** Builds the form of each section in the order of the template. */
public final class SectionForms {
    private final FormsViewModel vm;

    public SectionForms(FormsViewModel vm) {
        this.vm = vm;
    }

    /** 基本信息: unit, code, level, year, approval date, template and how amounts are printed — the first entry. */
    public SectionForm header() {
        return new SectionForm(Section.DUTIES, HEADER_TITLE, "form-header").add(new HeaderPart(vm, false));
    }

    /** The place's one name, in the left list, the form and every problem that points there. */
    public static final String HEADER_TITLE = "基本信息";

    public SectionForm build(Section s) {
        MoneyUnit unit = vm.draft().header().moneyUnit();
        boolean reform = vm.draft().header().profile().tablesFirst();
        SectionForm f = new SectionForm(s);
        switch (s) {
            case TABLES -> f.note("部门预算公开表：用“文件 › 从预算系统导入表格…”导入预算系统导出的 Excel 表格。");
            case BUDGET -> {
                if (reform) {
                    reformBudget(f);
                } else {
                    budget(f, unit);
                }
            }
            case DUTIES -> {
                f.add(text(TextKey.TITLE)).add(text(TextKey.INTRO)).add(text(TextKey.DUTIES));
                CheckBox staffing = new CheckBox("机构设置表列出编制和人员（车辆编制数、编制人数、在职人数、离退人数）");
                staffing.setId("show-staffing");
                staffing.setSelected(vm.draft().showStaffing());
                staffing.setOnAction(e -> vm.apply("机构设置表的编制列",
                        d -> d.withOrgUnits(d.orgUnits(), staffing.isSelected())));
                f.add(text(TextKey.ORG_UNITS_TEXT));
                f.content(staffing);
                f.add(new TablePart<>(ListTable.ORG_UNITS, TableColumns.orgUnits(vm.draft().showStaffing()),
                        new OrgUnit("", "", "", "", null), vm, Draft::orgUnits,
                        (d, l) -> d.withOrgUnits(l, d.showStaffing())));
            }
            case PERFORMANCE -> {
                if (reform) {
                    f.add(text(TextKey.PERFORMANCE_SETTING));
                }
                f.add(text(TextKey.PERFORMANCE_OVERALL));
                f.add(new TablePart<>(ListTable.DUTY_TARGETS, TableColumns.dutyTargets(),
                        new DutyTarget("", ""), vm, Draft::dutyTargets, Draft::withDutyTargets));
                f.note("部门职责-工作活动绩效目标表在左侧“绩效目标表”中编辑。");
                f.add(text(TextKey.PERFORMANCE_NOTE));
                f.add(new TargetsPart(vm));
            }
            case RUNNING_COSTS -> {
                figures(f, RUNNING_COST_TOTAL);
                f.add(new TablePart<>(ListTable.RUNNING_COSTS, TableColumns.costItems(),
                        new CostItem("", null, unit), vm, Draft::runningCostItems, Draft::withRunningCostItems));
                f.add(text(TextKey.RUNNING_COSTS)).add(text(TextKey.RUNNING_COST_PURPOSE));
            }
            case THREE_PUBLIC -> {
                f.heading("本年预算");
                figures(f, THREE_PUBLIC_ABROAD, THREE_PUBLIC_VEHICLE_PURCHASE, THREE_PUBLIC_VEHICLE_OPERATION,
                        THREE_PUBLIC_RECEPTION, THREE_PUBLIC_TOTAL);
                f.heading("上年预算");
                figures(f, LAST_THREE_PUBLIC_ABROAD, LAST_THREE_PUBLIC_VEHICLE_PURCHASE,
                        LAST_THREE_PUBLIC_VEHICLE_OPERATION, LAST_THREE_PUBLIC_RECEPTION, LAST_THREE_PUBLIC_TOTAL);
                f.add(text(TextKey.THREE_PUBLIC)).add(text(TextKey.THREE_PUBLIC_REASON));
            }
            case PROCUREMENT -> {
                figures(f, PROCUREMENT_TOTAL);
                f.add(new TablePart<>(ListTable.PROCUREMENT, TableColumns.procurement(unit),
                        new ProcurementRow("", null, "", "", "", null, null, null, null, null, null, null, null),
                        vm, Draft::procurement, Draft::withProcurement));
                f.add(text(TextKey.PROCUREMENT)).add(text(TextKey.PROCUREMENT_EMPTY_REASON));
            }
            case ASSETS -> {
                f.add(new HeaderPart(vm, true)).heading("固定资产占用情况");
                figures(f, ASSET_BUILDING_AREA, ASSET_BUILDING_VALUE, ASSET_OFFICE_AREA, ASSET_OFFICE_VALUE,
                        ASSET_VEHICLE_COUNT, ASSET_VEHICLE_VALUE, ASSET_EQUIPMENT_COUNT, ASSET_EQUIPMENT_VALUE,
                        ASSET_OTHER_COUNT, ASSET_OTHER_VALUE, ASSET_TOTAL);
                f.add(text(TextKey.ASSETS)).add(text(TextKey.ASSETS_PLANNED)).add(text(TextKey.ASSETS_EMPTY_REASON));
            }
            case GLOSSARY -> f.add(new TablePart<>(ListTable.GLOSSARY, TableColumns.glossary(),
                    new GlossaryEntry("", ""), vm, Draft::glossary, Draft::withGlossary));
            case OTHER -> f.add(text(TextKey.OTHER_MATTERS));
        }
        return f;
    }

    /** 二 of the 2018–2020 template: the figures typed, the paragraphs, the comparison with last year. */
    private void budget(SectionForm f, MoneyUnit unit) {
            f.add(text(TextKey.BUDGET_INTRO)).heading("收入");
            figures(f, INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND, INCOME_FISCAL_SPECIAL, INCOME_BUSINESS,
                    INCOME_OTHER, INCOME_TOTAL);
            f.add(text(TextKey.INCOME)).heading("支出");
            figures(f, EXPENSE_PERSONNEL, EXPENSE_PUBLIC_USE, EXPENSE_BASIC, EXPENSE_PROJECT_OWN,
                    EXPENSE_PROJECT_SUBSIDY, EXPENSE_PROJECT, EXPENSE_TOTAL);
            f.add(text(TextKey.EXPENSE));
            f.add(new TablePart<>(ListTable.MAJOR_PROJECTS, TableColumns.namedAmounts(unit),
                    new NamedAmount("", null), vm, Draft::majorProjects, Draft::withMajorProjects));
            f.add(text(TextKey.PROJECT_FOCUS)).heading("上年预算（比较基数）");
            figures(f, LAST_BASIC, LAST_PROJECT, LAST_TOTAL);
            f.add(text(TextKey.CHANGE)).add(text(TextKey.BASIC_CHANGE_REASON))
                    .add(text(TextKey.PROJECT_CHANGE_REASON));
    }

    /**
     * The budget part of the post-reform 情况说明: the figures come from the 公开表 (shown, not typed), the paragraphs
     * are written from the tables, and the officer gives the reasons of the changes.
     */
    private void reformBudget(SectionForm f) {
        f.add(text(TextKey.BUDGET_INTRO)).heading("收入预算");
        figures(f, INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND, INCOME_STATE_CAPITAL, INCOME_FISCAL_SPECIAL,
                INCOME_UNIT_FUNDS, INCOME_TOTAL, INCOME_CARRY_OVER);
        f.add(text(TextKey.INCOME)).heading("支出预算");
        figures(f, EXPENSE_PERSONNEL, EXPENSE_PUBLIC_USE, EXPENSE_BASIC, EXPENSE_PROJECT, EXPENSE_TOTAL,
                EXPENSE_CARRY_FORWARD);
        f.add(text(TextKey.PROJECT_FOCUS)).add(text(TextKey.EXPENSE));
        f.heading("财政拨款收支总体情况").add(text(TextKey.FISCAL_OVERVIEW));
        f.heading("一般公共预算当年拨款");
        figures(f, GENERAL_PUBLIC_EXPENSE, LAST_GENERAL_PUBLIC);
        f.add(text(TextKey.GENERAL_PUBLIC_SCALE_REASON)).add(text(TextKey.GENERAL_PUBLIC_SCALE))
                .add(text(TextKey.GENERAL_PUBLIC_STRUCTURE)).add(new ReasonsPart(vm))
                .add(text(TextKey.GENERAL_PUBLIC_ITEMS));
        f.heading("一般公共预算基本支出").add(text(TextKey.GENERAL_PUBLIC_BASIC));
        f.heading("政府性基金预算和国有资本经营预算支出").add(text(TextKey.GOV_FUND_EXPENSE))
                .add(text(TextKey.STATE_CAPITAL_EXPENSE));
    }

    private NarrativeEditor text(TextKey key) {
        return new NarrativeEditor(key, vm);
    }

    private void figures(SectionForm f, FigureKey... keys) {
        for (FigureKey k : keys) {
            f.add(new FigureField(k, vm));
        }
    }
}
