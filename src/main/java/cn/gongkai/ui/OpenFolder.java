package cn.gongkai.ui;

import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.domain.port.Backup;
import cn.gongkai.service.BackupService;
import cn.gongkai.service.Services;
import cn.gongkai.service.StoreLocation;
import cn.gongkai.ui.dialogs.FolderBackups;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The data folder (or the county's server) the editor has open, which a restore closes and opens again and the
 * 文件 menu switches: the services now in use, and the backups of the folder with the drafts each holds.
 */
final class OpenFolder implements FolderBackups, Places {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Callable<Services> opener;
    private final Supplier<BackupService> closedBackups;
    private final java.util.function.Function<StoreLocation, Services> places;
    private final StoreLocation.Folder home;
    private volatile Services current;
    private volatile StoreLocation where;

    OpenFolder(Callable<Services> opener, Supplier<BackupService> closedBackups, Services opened) {
        this(opener, closedBackups, opened, null, null, null);
    }

    /** {@code places} opens a folder or the server; {@code home} is this PC's folder; {@code at} where it started. */
    OpenFolder(Callable<Services> opener, Supplier<BackupService> closedBackups, Services opened,
               java.util.function.Function<StoreLocation, Services> places, StoreLocation.Folder home,
               StoreLocation at) {
        this.opener = opener;
        this.closedBackups = closedBackups;
        this.current = opened;
        this.places = places;
        this.home = home;
        this.where = at;
    }

    @Override
    public synchronized Services switchTo(StoreLocation place) {
        Services next = places.apply(place); // first: a place that does not open leaves the current one open
        Services was = current;
        current = next;
        where = place;
        was.close();
        return next;
    }

    @Override
    public StoreLocation.Folder home() {
        return home;
    }

    @Override
    public StoreLocation current() {
        return where;
    }

    @Override
    public Services services() {
        return current;
    }

    @Override
    public List<Choice> list() {
        BackupService b = current.backups();
        return b.list().stream().map(x -> {
            try {
                return new Choice(x, b.contents(x), null);
            } catch (RuntimeException e) { // one damaged backup does not hide the others
                return new Choice(x, List.of(), e.getMessage());
            }
        }).toList();
    }

    @Override
    public synchronized Restored restore(Backup backup) {
        current.close();
        try {
            BackupService.Restored r = closedBackups.get().restore(backup.file().toString());
            String when = backup.takenAt() == null ? backup.name() : backup.takenAt().format(WHEN);
            return new Restored(reopen(), "已恢复到 " + when + " 的备份。"
                    + r.keptAt().map(k -> "恢复前的数据文件另存为 " + k.getFileName() + "，没有删除。").orElse(""));
        } catch (RuntimeException e) {
            reopen(); // the folder as it was (a failed restore puts the replaced file back)
            throw e;
        }
    }

    /** The place open now, opened again (after a restore: the folder it restored, wherever the editor started). */
    private Services reopen() {
        try {
            current = places != null ? places.apply(where) : opener.call();
            return current;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new GongkaiException("无法重新打开数据：" + e.getMessage(), e);
        }
    }
}
