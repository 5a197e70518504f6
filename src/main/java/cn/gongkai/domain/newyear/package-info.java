/**
 * From one year to the next: next year's draft rolled forward from this year's
 * ({@link cn.gongkai.domain.newyear.RollForward}), a draft made or filled from the budget system's workbook
 * ({@link cn.gongkai.domain.newyear.WorkbookDrafts}), and the figures of 二 and 四 the standard tables determine
 * ({@link cn.gongkai.domain.newyear.TableFigures}).
 */
package cn.gongkai.domain.newyear;
