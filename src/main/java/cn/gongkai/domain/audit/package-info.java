/**
 * Checking many files at once (批量检查): each file's unit, year and findings, as the county finance bureau reads
 * them before publication; how the files are found and read is the service's, the summary workbook the export's.
 */
package cn.gongkai.domain.audit;
