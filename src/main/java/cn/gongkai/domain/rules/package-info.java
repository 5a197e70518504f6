/**
 * The checks: one {@link cn.gongkai.domain.rules.Rule} per kind of fault, run together by
 * {@link cn.gongkai.domain.rules.Validator}; each finding says where (a place) and how to fix it.
 */
package cn.gongkai.domain.rules;
