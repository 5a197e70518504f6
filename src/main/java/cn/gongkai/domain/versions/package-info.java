/**
 * Versions of a draft and what changed between two drafts: the kept versions ({@link
 * cn.gongkai.domain.versions.DraftVersion}), and {@link cn.gongkai.domain.versions.DraftCompare}, a pure function
 * that lists each changed thing once — a figure, a paragraph, a table's cell, an indicator, a row of a list.
 */
package cn.gongkai.domain.versions;
