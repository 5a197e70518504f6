package cn.gongkai.domain.budget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consistent 2025 township budget, in 万元, as the budget system would export it: 项-level spending by function
 * with its 人员经费/公用经费/项目支出 split, the 基本支出 by economic 款, the “三公” items of this year and last, and
 * all of it 一般公共预算拨款. Every total of every table is computed from these leaves, so the workbook made from it
 * is consistent; tests change single cells of it.
 */
public final class TownshipBudget {
    public static final String UNIT_CODE = "920";
    public static final String UNIT_NAME = "某某县某某镇人民政府";
    public static final int YEAR = 2025;

    /** One 项 of the function classification: its names up the tree and its amounts. */
    public record Item(String code, String name, String sectionName, String className, BigDecimal personnel,
                       BigDecimal publicUse, BigDecimal project) {
        public BigDecimal basic() {
            return personnel.add(publicUse);
        }

        public BigDecimal total() {
            return basic().add(project);
        }
    }

    /** One economic 款 of 基本支出, with its class. */
    public record Economic(String code, String name, String className, BigDecimal personnel, BigDecimal publicUse) {
        public BigDecimal total() {
            return personnel.add(publicUse);
        }
    }

    public static final List<Item> ITEMS = List.of(
            item("2010101", "行政运行", "人大事务", "一般公共服务支出", "10", "2.5", "0"),
            item("2010301", "行政运行", "政府办公厅（室）及相关机构事务", "一般公共服务支出", "700.123456", "150", "0"),
            item("2010302", "一般行政管理事务", "政府办公厅（室）及相关机构事务", "一般公共服务支出", "0", "0", "120"),
            item("2010601", "行政运行", "财政事务", "一般公共服务支出", "80", "15.3", "0"),
            item("2013101", "行政运行", "党委办公厅（室）及相关机构事务", "一般公共服务支出", "50", "10", "0"),
            item("2080505", "机关事业单位基本养老保险缴费支出", "行政事业单位养老支出", "社会保障和就业支出", "110.4", "0", "0"),
            item("2080506", "机关事业单位职业年金缴费支出", "行政事业单位养老支出", "社会保障和就业支出", "44.16", "0", "0"),
            item("2101101", "行政单位医疗", "行政事业单位医疗", "卫生健康支出", "52.3", "0", "0"),
            item("2101103", "公务员医疗补助", "行政事业单位医疗", "卫生健康支出", "8.2", "0", "0"),
            item("2130705", "对村民委员会和村党支部的补助", "农村综合改革", "农林水支出", "0", "0", "180"),
            item("2210201", "住房公积金", "住房改革支出", "住房保障支出", "66.24", "0", "0"));

    public static final List<Economic> ECONOMIC = List.of(
            economic("30101", "基本工资", "工资福利支出", "300", "0"),
            economic("30102", "津贴补贴", "工资福利支出", "200", "0"),
            economic("30107", "绩效工资", "工资福利支出", "150.123456", "0"),
            economic("30108", "机关事业单位基本养老保险缴费", "工资福利支出", "110.4", "0"),
            economic("30109", "职业年金缴费", "工资福利支出", "44.16", "0"),
            economic("30110", "职工基本医疗保险缴费", "工资福利支出", "60.5", "0"),
            economic("30113", "住房公积金", "工资福利支出", "66.24", "0"),
            economic("30201", "办公费", "商品和服务支出", "0", "50"),
            economic("30205", "水费", "商品和服务支出", "0", "10"),
            economic("30206", "电费", "商品和服务支出", "0", "20"),
            economic("30211", "差旅费", "商品和服务支出", "0", "30"),
            economic("30217", "公务接待费", "商品和服务支出", "0", "5"),
            economic("30231", "公务用车运行维护费", "商品和服务支出", "0", "12"),
            economic("30299", "其他商品和服务支出", "商品和服务支出", "0", "50.8"),
            economic("30302", "退休费", "对个人和家庭的补助", "190", "0"));

    /** “三公”: 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费 — this year and last. */
    public static final List<BigDecimal> THREE_PUBLIC = amounts("0", "0", "12", "5");
    public static final List<BigDecimal> THREE_PUBLIC_LAST = amounts("0", "0", "13.5", "6");

    private TownshipBudget() {
    }

    private static Item item(String code, String name, String section, String cls, String personnel, String publicUse,
                             String project) {
        return new Item(code, name, section, cls, new BigDecimal(personnel), new BigDecimal(publicUse),
                new BigDecimal(project));
    }

    private static Economic economic(String code, String name, String cls, String personnel, String publicUse) {
        return new Economic(code, name, cls, new BigDecimal(personnel), new BigDecimal(publicUse));
    }

    private static List<BigDecimal> amounts(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    /** A function subject with its name and its (personnel, public use, project) summed over its 项. */
    public record Subject(String code, String name, BigDecimal personnel, BigDecimal publicUse, BigDecimal project) {
        public BigDecimal basic() {
            return personnel.add(publicUse);
        }

        public BigDecimal total() {
            return basic().add(project);
        }
    }

    /** How much each 项 grew against last year (the rest stayed the same; 一般行政管理事务 is new this year). */
    public static final Map<String, BigDecimal> GROWTH = Map.of("2010301", new BigDecimal("50.123456"),
            "2010302", new BigDecimal("120"));

    /** Last year's budget of a subject: this year's less the growth of its 项. */
    public static BigDecimal lastYear(Subject s) {
        BigDecimal grew = GROWTH.entrySet().stream().filter(e -> e.getKey().startsWith(s.code()))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return s.total().subtract(grew);
    }

    /** Every function subject (类, 款, 项) in code order with its amounts. */
    public static List<Subject> functionSubjects() {
        Map<String, Subject> out = new java.util.TreeMap<>();
        for (Item i : ITEMS) {
            add(out, i.code().substring(0, 3), i.className(), i);
            add(out, i.code().substring(0, 5), i.sectionName(), i);
            add(out, i.code(), i.name(), i);
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Subject> m, String code, String name, Item i) {
        Subject s = m.getOrDefault(code, new Subject(code, name, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        m.put(code, new Subject(code, name, s.personnel().add(i.personnel()), s.publicUse().add(i.publicUse()),
                s.project().add(i.project())));
    }

    /** Every economic subject (类, 款) with its amounts. */
    public static List<Economic> economicSubjects() {
        Map<String, Economic> out = new LinkedHashMap<>();
        for (Economic e : ECONOMIC) {
            String cls = e.code().substring(0, 3);
            Economic c = out.getOrDefault(cls, new Economic(cls, e.className(), e.className(), BigDecimal.ZERO,
                    BigDecimal.ZERO));
            out.put(cls, new Economic(cls, e.className(), e.className(), c.personnel().add(e.personnel()),
                    c.publicUse().add(e.publicUse())));
            out.put(e.code(), e);
        }
        return out.values().stream().sorted(java.util.Comparator.comparing(Economic::code)).toList();
    }

    public static BigDecimal total() {
        return ITEMS.stream().map(Item::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal basic() {
        return ITEMS.stream().map(Item::basic).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal project() {
        return ITEMS.stream().map(Item::project).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal personnel() {
        return ITEMS.stream().map(Item::personnel).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal publicUse() {
        return ITEMS.stream().map(Item::publicUse).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
