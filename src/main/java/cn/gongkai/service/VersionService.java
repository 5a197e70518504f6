package cn.gongkai.service;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.port.DraftStore;
import cn.gongkai.domain.port.VersionStore;
import cn.gongkai.domain.versions.Change;
import cn.gongkai.domain.versions.DraftCompare;
import cn.gongkai.domain.versions.DraftVersion;
import cn.gongkai.domain.versions.VersionSource;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The versions of drafts: kept at every export and 定稿 and on request, listed, opened, restored (the current state
 * kept first), and compared — two drafts, a draft and a version, a draft and its last export. A version is the draft's
 * exchange file, so it reads back whatever the schema has become since.
 */
public final class VersionService {
    private final DraftStore drafts;
    private final VersionStore store;
    private final Function<Draft, byte[]> writer;
    private final Function<byte[], Draft> reader;
    private final Clock clock;
    private final cn.gongkai.domain.port.ChangeReport report;

    public VersionService(DraftStore drafts, VersionStore store, Function<Draft, byte[]> writer,
                          Function<byte[], Draft> reader, Clock clock, cn.gongkai.domain.port.ChangeReport report) {
        this.report = report;
        this.drafts = drafts;
        this.store = store;
        this.writer = writer;
        this.reader = reader;
        this.clock = clock;
    }

    /** Keeps the draft as it is stored now. */
    public DraftVersion keep(long id, VersionSource source, String note) {
        return keep(id, load(id), source, note);
    }

    /** Keeps {@code draft} (the editor's current state of draft {@code id}). */
    public DraftVersion keep(long id, Draft draft, VersionSource source, String note) {
        return store.keep(id, clock.instant(), source, note, writer.apply(draft));
    }

    /**
     * A save someone else's overtook: the officer's version kept as a version of the draft (nothing lost), and what
     * the other changed since {@code base}, the version this officer's edits started from.
     */
    public Overtaken keepOvertaken(long id, Draft base, Draft mine, cn.gongkai.domain.model.DraftConflictException why) {
        DraftVersion kept = keep(id, mine, VersionSource.MANUAL, "保存冲突时保留的本人修改（" + why.savedBy() + " 先保存了）");
        Draft theirs = load(id);
        return new Overtaken(why, kept, compare(base, theirs));
    }

    /** What {@link #keepOvertaken} did: the refusal, the version that keeps the officer's edit, the other's changes. */
    public record Overtaken(cn.gongkai.domain.model.DraftConflictException why, DraftVersion kept, List<Change> theirs) {
        /** The officer's message: who saved, what they changed (the first few), where the own edit is kept. */
        public String message() {
            StringBuilder b = new StringBuilder(why.getMessage()).append("\n\n");
            if (theirs.isEmpty()) {
                b.append("对方保存的内容与您开始修改时相同。");
            } else {
                b.append(why.savedBy()).append(" 改了 ").append(theirs.size()).append(" 处：\n");
                theirs.stream().limit(8).forEach(c -> b.append("· ").append(c.line()).append('\n'));
                if (theirs.size() > 8) {
                    b.append("……\n");
                }
            }
            return b.append("\n您这次的修改没有丢：已另存为本草稿的第 ").append(kept.number())
                    .append(" 版（“版本”中可查看、比较和恢复）。").toString();
        }
    }

    /** Oldest first. */
    public List<DraftVersion> versions(long id) {
        load(id); // refused for a draft that is not there
        return store.versions(id);
    }

    /** Version {@code number} of draft {@code id}, as it was kept. */
    public Draft version(long id, int number) {
        return reader.apply(store.snapshot(id, number).orElseThrow(() -> new BadInputException(
                "草稿 " + id + " 没有第 " + number + " 版（用 versions " + id + " 列出它的版本）")));
    }

    /** The version kept at the draft's last export (PDF or Word), if any. */
    public Optional<DraftVersion> lastExport(long id) {
        List<DraftVersion> all = versions(id);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).source() == VersionSource.PDF || all.get(i).source() == VersionSource.WORD) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Puts version {@code number} back as the draft, after keeping the current state as a version of its own
     * (恢复前), so that the restore can itself be undone by restoring that one.
     */
    public DraftVersion restore(long id, int number) {
        Draft old = version(id, number);
        DraftVersion before = keep(id, VersionSource.RESTORE, "恢复第 " + number + " 版之前");
        drafts.replace(id, old);
        return before;
    }

    private Draft load(long id) {
        return drafts.load(id).orElseThrow(() -> new BadInputException("没有编号为 " + id + " 的草稿"));
    }

    /** Writes the 对比 report of {@code changes} to {@code file} (whole or not at all). */
    public void report(java.nio.file.Path file, String title, String between, List<Change> changes) {
        AtomicFiles.write(file, out -> report.render(title, between, changes, out));
    }

    /** What changed from {@code before} to {@code after}. */
    public List<Change> compare(Draft before, Draft after) {
        return DraftCompare.of(before, after);
    }
}
