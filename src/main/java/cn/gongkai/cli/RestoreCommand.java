package cn.gongkai.cli;

import cn.gongkai.domain.BadInputException;
import cn.gongkai.persistence.BackupService;
import cn.gongkai.persistence.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "restore", description = "不带参数时列出备份（最新的在前）；带备份文件名时用它恢复数据，原数据文件另行保留")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", arity = "0..1", paramLabel = "备份")
    String backup;

    @Override
    public Integer call() {
        Path folder = root.dataFolder();
        Backups backups = new Backups(folder);
        PrintWriter out = spec.commandLine().getOut();
        if (backup == null) {
            List<Path> all = backups.list();
            if (all.isEmpty()) {
                out.println("没有备份（" + backups.folder() + "）");
            }
            all.forEach(p -> out.println(p.getFileName()));
            out.flush();
            return 0;
        }
        Path file = backups.resolve(backup);
        if (file == null) {
            throw new BadInputException("找不到备份“" + backup + "”；不带参数运行 restore 可列出全部备份");
        }
        Path kept = BackupService.restore(folder, file);
        out.println("已从 " + file.getFileName() + " 恢复。" + (kept == null ? "" : "原数据文件保留为 " + kept));
        out.flush();
        return 0;
    }
}
