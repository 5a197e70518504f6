package cn.gongkai.domain.model;

/**
 * The parts of a disclosure as the editor groups them: the standard tables (部门预算公开表), then the nine sections
 * of the narrative in the order of the 2018–2020 template.
 */
public enum Section {
    TABLES("", "部门预算公开表"),
    DUTIES("一", "部门职责及机构设置情况"),
    BUDGET("二", "部门预算安排的总体情况"),
    RUNNING_COSTS("三", "机关运行经费安排情况"),
    THREE_PUBLIC("四", "财政拨款“三公”经费预算情况及增减变化原因"),
    PERFORMANCE("五", "绩效预算信息"),
    PROCUREMENT("六", "政府采购预算情况"),
    ASSETS("七", "国有资产信息"),
    GLOSSARY("八", "名词解释"),
    OTHER("九", "其他需要说明的事项");

    private final String numeral;
    private final String title;

    Section(String numeral, String title) {
        this.numeral = numeral;
        this.title = title;
    }

    public String numeral() {
        return numeral;
    }

    public String title() {
        return title;
    }

    /** The heading as printed: "一、部门职责及机构设置情况"; the tables are headed by their title alone. */
    public String heading() {
        return numeral.isEmpty() ? title : numeral + "、" + title;
    }
}
