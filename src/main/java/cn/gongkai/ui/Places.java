package cn.gongkai.ui;

import cn.gongkai.service.Services;
import cn.gongkai.service.StoreLocation;

/**
 * Where the editor's drafts are, and the move between this PC's data folder and the county's server (文件 ›
 * 连接县级服务器…, 使用本机数据文件夹). Called off the UI thread.
 */
public interface Places {
    /**
     * Opens {@code place} and makes it the current one, closing the one before; a place that does not open (a wrong
     * password, no network) throws and leaves the current one open as it was.
     */
    Services switchTo(StoreLocation place);

    /** This PC's data folder (the one the editor started on, or the user's default). */
    StoreLocation.Folder home();

    /** Where the drafts are now. */
    StoreLocation current();
}
