/**
 * Figures read from text: which figure the words before an amount name
 * ({@link cn.gongkai.domain.reading.Subjects}: "其中：基本支出", "公务用车购置及运维费"), and every amount and change a
 * sentence states ({@link cn.gongkai.domain.reading.Statements}). The importer fills figures with it, and
 * {@code TextFiguresRule} holds an officer's own paragraph to the figures with the same reader.
 */
package cn.gongkai.domain.reading;
