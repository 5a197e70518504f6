package cn.gongkai.domain.model;

import java.util.Objects;

/** One row of the units table (机构设置): 单位名称, 单位性质, 单位规格, 经费保障形式 and optional staffing counts. */
public record OrgUnit(String name, String nature, String rank, String fundingForm, Staffing staffing) {
    public OrgUnit {
        name = Objects.requireNonNullElse(name, "");
        nature = Objects.requireNonNullElse(nature, "");
        rank = Objects.requireNonNullElse(rank, "");
        fundingForm = Objects.requireNonNullElse(fundingForm, "");
        staffing = Objects.requireNonNullElse(staffing, Staffing.NONE);
    }
}
