package cn.gongkai.ui;

import cn.gongkai.service.DraftService;
import cn.gongkai.service.ExportService;

/** What the editor needs from below, handed over by the composition root. */
public record EditorServices(DraftService drafts, ExportService exports, AutoCloseable resources) {
}
