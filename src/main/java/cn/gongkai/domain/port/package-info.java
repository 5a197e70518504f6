/**
 * What the domain asks of the adapters, and the values that cross: the store of drafts
 * ({@link cn.gongkai.domain.port.DraftStore}), import reports, backups, the PDF and Word renderers, page images for
 * the preview, the glyphs the fonts can print. Implemented in {@code persistence} and {@code export}.
 */
package cn.gongkai.domain.port;
