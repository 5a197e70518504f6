/**
 * Amounts: exact {@code BigDecimal}s in canonical form, money units (元, 万元), what an officer may type.
 */
package cn.gongkai.domain.money;
