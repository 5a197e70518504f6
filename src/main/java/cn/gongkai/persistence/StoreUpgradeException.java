package cn.gongkai.persistence;

import cn.gongkai.domain.model.GongkaiException;

import java.nio.file.Path;

/** Bringing a data folder written by an earlier release up to today's schema failed; its file is as it was. */
public class StoreUpgradeException extends GongkaiException {
    public StoreUpgradeException(Path folder, Throwable cause) {
        super("数据文件夹 " + folder + " 由早先版本写成，升级到本版本时出错：" + cause.getMessage()
                + "。原数据文件没有改动，升级前的备份在其中的 backups 文件夹；请用原来的版本继续工作，并把这个文件夹交给技术人员。",
                cause);
    }
}
