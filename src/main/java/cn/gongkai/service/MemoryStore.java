package cn.gongkai.service;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.SubjectMemory;
import cn.gongkai.domain.imports.ImportReport;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.port.Backup;
import cn.gongkai.domain.port.BackupArchive;
import cn.gongkai.domain.port.DraftStore;
import cn.gongkai.domain.port.ImportReports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Drafts kept in this process's memory only, gone when it ends: for work that must not write to a data folder
 * (checking files that are only read), and for the tests of the view models. It keeps the contract of the data
 * folder's store to the letter — the same answers, the same order, the same refusals with the same messages — and
 * {@code DraftStoreContract} runs one suite against both to keep it so.
 */
public final class MemoryStore implements DraftStore, ImportReports, SubjectMemory,
        cn.gongkai.domain.port.VersionStore, cn.gongkai.domain.port.OwnIndicators {
    private record Stored(Draft draft, Instant updated, Instant deleted) {
        Stored touched(Draft d) {
            return new Stored(d, now(), deleted);
        }
    }

    private static final Comparator<DraftSummary> NEWEST_FIRST = Comparator
            .comparing(DraftSummary::updatedAt).thenComparingLong(DraftSummary::id).reversed();

    private final Map<Long, Stored> drafts = new HashMap<>();
    private final Map<Long, ImportReport> reports = new HashMap<>();
    private final Map<String, SubjectCatalogue.Entry> learned = new TreeMap<>();
    private final Map<Long, List<Kept>> versions = new HashMap<>();
    private final Map<String, cn.gongkai.domain.targets.LibraryEntry> own = new java.util.LinkedHashMap<>();

    /** A version as kept: what is listed, and its snapshot. */
    private record Kept(cn.gongkai.domain.versions.DraftVersion version, byte[] snapshot) {
    }
    private long lastId;

    /** Timestamps as the database keeps them (to the microsecond), so that the order of the list is the same. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public synchronized List<DraftSummary> list() {
        return summaries(false);
    }

    @Override
    public synchronized List<DraftSummary> listDeleted() {
        return summaries(true);
    }

    private List<DraftSummary> summaries(boolean binned) {
        List<DraftSummary> out = new ArrayList<>();
        drafts.forEach((id, s) -> {
            if ((s.deleted() != null) == binned) {
                out.add(new DraftSummary(id, s.draft().header().budgetYear(), s.draft().header().unitName(),
                        s.draft().header().status(), s.updated(), s.draft().header().approvalDate()));
            }
        });
        out.sort(NEWEST_FIRST);
        return out;
    }

    @Override
    public synchronized Optional<Draft> load(long id) {
        return live(id).map(Stored::draft);
    }

    @Override
    public synchronized long insert(Draft draft) {
        long id = ++lastId;
        drafts.put(id, new Stored(draft, now(), null));
        return id;
    }

    @Override
    public synchronized long insert(Draft draft, ImportReport report) {
        long id = insert(draft);
        reports.put(id, report);
        return id;
    }

    /** Replacing a draft does not ask whether it is in the bin, as the database's store does not. */
    @Override
    public synchronized void replace(long id, Draft draft) {
        Stored s = existing(id);
        drafts.put(id, s.touched(draft));
    }

    @Override
    public synchronized void update(long id, Draft before, Draft after) {
        replace(id, after);
    }

    @Override
    public synchronized void setFigure(long id, FigureKey key, BigDecimal value) {
        Stored s = live(id).orElseThrow(() -> noSuchDraft(id));
        drafts.put(id, s.touched(s.draft().withFigures(s.draft().figures().with(key, value))));
    }

    @Override
    public synchronized void moveToBin(long id) {
        Stored s = live(id).orElseThrow(() -> noSuchDraft(id));
        drafts.put(id, new Stored(s.draft(), s.updated(), now()));
    }

    @Override
    public synchronized void restoreFromBin(long id) {
        Stored s = drafts.get(id);
        if (s == null || s.deleted() == null) {
            throw new BadInputException("回收站里没有编号为 " + id + " 的草稿");
        }
        drafts.put(id, new Stored(s.draft(), now(), null));
    }

    @Override
    public synchronized void saveReport(long id, ImportReport report) {
        Stored s = live(id).orElseThrow(() -> noSuchDraft(id));
        drafts.put(id, s.touched(s.draft()));
        reports.put(id, report);
    }

    @Override
    public synchronized Optional<ImportReport> report(long id) {
        return Optional.ofNullable(reports.get(id));
    }

    @Override
    public synchronized List<SubjectCatalogue.Entry> learned() {
        return List.copyOf(learned.values());
    }

    /** A subject already remembered for its year keeps its first name, as in the database. */
    @Override
    public synchronized void learn(Collection<SubjectCatalogue.Entry> entries) {
        for (SubjectCatalogue.Entry e : entries) {
            learned.putIfAbsent(e.code() + "\t" + String.format("%04d", e.fromYear()) + "\t" + e.classification(), e);
        }
    }

    private Optional<Stored> live(long id) {
        return Optional.ofNullable(drafts.get(id)).filter(s -> s.deleted() == null);
    }

    private Stored existing(long id) {
        Stored s = drafts.get(id);
        if (s == null) {
            throw noSuchDraft(id);
        }
        return s;
    }

    @Override
    public synchronized cn.gongkai.domain.versions.DraftVersion keep(long draftId, java.time.Instant at,
            cn.gongkai.domain.versions.VersionSource source, String note, byte[] snapshot) {
        if (!drafts.containsKey(draftId)) {
            throw noSuchDraft(draftId);
        }
        List<Kept> list = versions.computeIfAbsent(draftId, k -> new java.util.ArrayList<>());
        String kept = note == null ? "" : note.strip();
        var v = new cn.gongkai.domain.versions.DraftVersion(draftId, list.size() + 1, at, source,
                kept.length() > 500 ? kept.substring(0, 500) : kept);
        list.add(new Kept(v, snapshot.clone()));
        return v;
    }

    @Override
    public synchronized List<cn.gongkai.domain.versions.DraftVersion> versions(long draftId) {
        return versions.getOrDefault(draftId, List.of()).stream().map(Kept::version).toList();
    }

    @Override
    public synchronized Optional<byte[]> snapshot(long draftId, int number) {
        List<Kept> list = versions.getOrDefault(draftId, List.of());
        return number >= 1 && number <= list.size() ? Optional.of(list.get(number - 1).snapshot().clone())
                : Optional.empty();
    }

    private static BadInputException noSuchDraft(long id) {
        return new BadInputException("没有编号为 " + id + " 的草稿");
    }

    /** The backups of drafts kept in memory: there are none, and none can be taken. */
    public static BackupArchive noBackups() {
        return new BackupArchive() {
            @Override
            public List<Backup> list() {
                return List.of();
            }

            @Override
            public Optional<Backup> find(String nameOrPath) {
                return Optional.empty();
            }

            @Override
            public List<DraftSummary> contents(Backup backup) {
                return List.of();
            }

            @Override
            public Backup take() {
                throw new BadInputException("这些草稿只在内存中，不写入数据文件夹，也没有备份");
            }

            @Override
            public Optional<Path> restore(Backup backup) {
                throw new BadInputException("这些草稿只在内存中，不能从备份恢复");
            }
        };
    }

    @Override
    public synchronized List<cn.gongkai.domain.targets.LibraryEntry> ownIndicators() {
        return List.copyOf(own.values());
    }

    @Override
    public synchronized void addOwnIndicators(List<cn.gongkai.domain.targets.LibraryEntry> entries) {
        for (cn.gongkai.domain.targets.LibraryEntry e : entries) {
            own.remove(e.category() + "\t" + e.name()); // replaced at the end, as the database does
            own.put(e.category() + "\t" + e.name(), new cn.gongkai.domain.targets.LibraryEntry(e.category(),
                    e.level1(), e.level2(), e.name(), e.target(), e.unit(), true));
        }
    }
}
