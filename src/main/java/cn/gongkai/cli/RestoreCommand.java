package cn.gongkai.cli;

import cn.gongkai.domain.port.Backup;
import cn.gongkai.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "restore", description = "不带参数时列出备份（最新的在前）；带备份文件名时用它恢复数据，原数据文件另行保留")
final class RestoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", arity = "0..1", paramLabel = "备份")
    String backup;

    @Override
    public Integer call() {
        BackupService backups = root.services().backupsOf(root.dataFolder());
        PrintWriter out = spec.commandLine().getOut();
        if (backup == null) {
            List<Backup> all = backups.list();
            if (all.isEmpty()) {
                out.println("没有备份（" + root.dataFolder().resolve("backups") + "）");
            }
            for (Backup b : all) { // the time it was taken and the drafts it holds, so the right one can be chosen
                out.println(b.name() + "\t" + (b.takenAt() == null ? "" : b.takenAt().format(WHEN)));
                try {
                    backups.contents(b).forEach(d -> out.println("\t" + d.budgetYear() + "\t" + d.unitName() + "\t"
                            + d.status().label()));
                } catch (RuntimeException e) {
                    out.println("\t（" + e.getMessage() + "）");
                }
            }
            out.flush();
            return 0;
        }
        BackupService.Restored r = backups.restore(backup);
        out.println("已从 " + r.from().name() + " 恢复。" + r.keptAt().map(k -> "原数据文件保留为 " + k).orElse(""));
        out.flush();
        return 0;
    }
}
