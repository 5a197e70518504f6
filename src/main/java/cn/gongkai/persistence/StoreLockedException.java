package cn.gongkai.persistence;

import cn.gongkai.domain.model.GongkaiException;

import java.nio.file.Path;

/** The data folder is in use by another Gongkai process. */
public class StoreLockedException extends GongkaiException {
    public StoreLockedException(Path folder) {
        super("数据文件夹 " + folder + " 正被另一个 Gongkai 程序使用。请先关闭另一个窗口，再打开本程序；"
                + "两个程序同时写同一份数据会损坏数据。");
    }
}
