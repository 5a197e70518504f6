package cn.gongkai.domain.model;

/**
 * Optional staffing columns of the units table (as in the Qinglong disclosure); any count may be missing.
 */
public record Staffing(Integer vehicles, Integer authorizedAdmin, Integer authorizedInstitution, Integer activeAdmin,
                       Integer activeInstitution, Integer retiredLixiu, Integer retiredTuixiu, Integer retiredTuizhi) {
    public static final Staffing NONE = new Staffing(null, null, null, null, null, null, null, null);

    public Staffing {
        for (Integer n : new Integer[] {vehicles, authorizedAdmin, authorizedInstitution, activeAdmin,
                activeInstitution, retiredLixiu, retiredTuixiu, retiredTuizhi}) {
            if (n != null && n < 0) {
                throw new IllegalArgumentException("人数和车辆数不能为负数：" + n);
            }
        }
    }

    /** The counts in the order of the table's columns. */
    public Integer[] columns() {
        return new Integer[] {vehicles, authorizedAdmin, authorizedInstitution, activeAdmin, activeInstitution,
                retiredLixiu, retiredTuixiu, retiredTuizhi};
    }

    public static Staffing ofColumns(Integer[] c) {
        return new Staffing(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    public static final String[] COLUMN_LABELS = {"车辆编制数", "编制人数（行政）", "编制人数（事业）", "在职人数（行政）",
            "在职人数（事业）", "离退人数（离休）", "离退人数（退休）", "离退人数（退职）"};
}
