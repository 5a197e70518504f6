package cn.gongkai.ui.dialogs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where each kind of file was last chosen (a workbook, a published file, an export, a folder to check), so that a
 * chooser opens there next time; the first time, where the data folder keeps the samples.
 */
public interface FolderMemory {
    Optional<Path> folder(String purpose);

    void remember(String purpose, Path folder);
}
