/**
 * Pure edits of the performance tree (add, remove, move, indent, presets of grades) and how a node's cells read
 * and write; the tree itself is in {@code domain.performance}.
 */
package cn.gongkai.domain.tree;
