/**
 * The national three-level 绩效目标表 as data, beside Hebei's tree: a project's form (项目支出绩效目标表) and the
 * unit's own (部门整体支出绩效目标表), each with indicators 一级 → 二级 → 三级 and a target value read into a
 * comparison, a number and a unit, or words ({@link cn.gongkai.domain.targets.TargetValue}, sealed).
 */
package cn.gongkai.domain.targets;
