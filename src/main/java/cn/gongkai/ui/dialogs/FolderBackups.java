package cn.gongkai.ui.dialogs;

import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.port.Backup;
import cn.gongkai.service.Services;

import java.util.List;

/**
 * The open data folder's backups as the editor offers them (文件 › 从备份恢复…): each with the drafts it holds, and a
 * restore that closes the folder, replaces its data by the backup's (keeping the replaced file) and opens it again.
 * Called off the UI thread.
 */
public interface FolderBackups {
    /** One backup and the drafts in it; {@code unreadable} says why they could not be read (null: they could). */
    record Choice(Backup backup, List<DraftSummary> drafts, String unreadable) {
        public Choice {
            drafts = List.copyOf(drafts);
        }
    }

    /** The backups, newest first, each with its drafts. */
    List<Choice> list();

    /** The services of the folder as it is open now (after a failed restore, the folder reopened as it was). */
    Services services();

    /** Restores the backup; returns the reopened folder's services and says where the replaced file is kept. */
    Restored restore(Backup backup);

    record Restored(Services services, String message) {
    }
}
