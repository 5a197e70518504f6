package cn.gongkai.domain.port;

import cn.gongkai.domain.versions.Change;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The 对比 report for the leader: what changed between two drafts, one row per change, as a PDF. */
public interface ChangeReport {
    /** {@code title}: the unit and year; {@code between}: what is compared with what ("第3版（导出PDF） → 当前草稿"). */
    void render(String title, String between, List<Change> changes, OutputStream out) throws IOException;
}
