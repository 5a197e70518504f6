/**
 * The performance targets as data: Hebei's tree 职责 → 工作活动 → 绩效指标 ({@link cn.gongkai.domain.performance.PerfNode},
 * sealed), a node's place in it ({@link cn.gongkai.domain.performance.PerfPath}) and the grade scale of an indicator.
 * The edits of the tree are in {@code domain.tree}.
 */
package cn.gongkai.domain.performance;
