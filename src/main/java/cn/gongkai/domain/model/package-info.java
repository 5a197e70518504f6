/**
 * The disclosure as data: a {@link cn.gongkai.domain.model.Draft} with its header (unit, year, level, status,
 * what an import guessed), figures by {@link cn.gongkai.domain.model.FigureKey}, paragraphs by
 * {@link cn.gongkai.domain.model.TextKey}, the lists (units, 机关运行经费 items, procurement, glossary); the places a
 * problem points at ({@link cn.gongkai.domain.model.Place}) and the problems themselves; the exceptions an officer
 * is shown. Immutable records, no logic beyond their own invariants.
 */
package cn.gongkai.domain.model;
