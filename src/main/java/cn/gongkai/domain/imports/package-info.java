/**
 * What an import gives: the draft with what was recognised and every line not placed
 * ({@link cn.gongkai.domain.imports.ImportResult}), and the report kept with the draft
 * ({@link cn.gongkai.domain.imports.ImportReport}). How files are read is in {@code importer}.
 */
package cn.gongkai.domain.imports;
