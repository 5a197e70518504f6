package cn.gongkai.domain.model;

/** The draft's tables of rows (not the budget tables): each with its code, section and the name it is shown by. */
public enum ListTable {
    ORG_UNITS("orgUnits", Section.DUTIES, "机构设置"),
    MAJOR_PROJECTS("majorProjects", Section.BUDGET, "主要项目"),
    RUNNING_COSTS("runningCost", Section.RUNNING_COSTS, "机关运行经费明细"),
    DUTY_TARGETS("dutyTargets", Section.PERFORMANCE, "职责分类绩效目标"),
    PROCUREMENT("procurement", Section.PROCUREMENT, "部门政府采购预算"),
    GLOSSARY("glossary", Section.GLOSSARY, "名词解释");

    private final String code;
    private final Section section;
    private final String label;

    ListTable(String code, Section section, String label) {
        this.code = code;
        this.section = section;
        this.label = label;
    }

    /** A stable short name, e.g. for the editor's control ids ("table-procurement"). */
    public String code() {
        return code;
    }

    public Section section() {
        return section;
    }

    public String label() {
        return label;
    }
}
