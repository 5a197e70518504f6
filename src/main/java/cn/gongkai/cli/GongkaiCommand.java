package cn.gongkai.cli;

import cn.gongkai.service.ServiceFactory;
import cn.gongkai.service.Services;
import cn.gongkai.service.StartupProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** The top-level command: without a subcommand it opens the editor. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "Gongkai 0.1",
        description = "预算公开编制助手：编制部门预算信息公开，检查，导出 PDF。不带子命令时打开编辑器。",
        subcommands = {ListCommand.class, ImportCommand.class, ExportCommand.class, ValidateCommand.class,
                RollForwardCommand.class, RestoreCommand.class, AuditCommand.class, VersionsCommand.class,
                SaveVersionCommand.class, RestoreVersionCommand.class, CompareCommand.class},
        usageHelpAutoWidth = true)
public final class GongkaiCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "文件夹", description = "数据文件夹（默认：本用户的应用数据文件夹）")
    Path data;

    @Option(names = "--verbose", description = "出错时显示技术细节（堆栈）")
    boolean verbose;

    @Option(names = "--startup-probe", description = "打开编辑器，草稿列表显示后打印 startup-ms=毫秒数（自进程启动）和 jvm-startup-ms=毫秒数（自 JVM 启动）并退出")
    boolean startupProbe;

    @Option(names = "--open-probe", paramLabel = "草稿编号", description = "同 --startup-probe，随后打开该草稿的绩效目标树，显示后再打印 open-ms=毫秒数并退出")
    Long openProbe;

    @Spec
    CommandSpec spec;

    private final ServiceFactory services;
    private final EditorOpener editor;

    GongkaiCommand(ServiceFactory services, EditorOpener editor) {
        this.services = services;
        this.editor = editor;
    }

    /** How the command line opens the editor; the JavaFX side lives in the ui package. */
    public interface EditorOpener {
        int open(Path dataFolder, StartupProbe probe);
    }

    Path dataFolder() {
        return data != null ? data : DataFolders.defaultFolder();
    }

    @Override
    public Integer call() {
        StartupProbe probe = openProbe != null ? new StartupProbe.DraftOpened(openProbe)
                : startupProbe ? StartupProbe.LIST : StartupProbe.OFF;
        return editor.open(dataFolder(), probe);
    }

    ServiceFactory services() {
        return services;
    }

    /** Runs {@code work} with the data folder open, and closes it afterwards. */
    int withServices(Function<Services, Integer> work) {
        try (Services s = services.open(dataFolder())) {
            return work.apply(s);
        }
    }

    /** As {@link #withServices}, with a backup taken before the command changes anything. */
    int withWritingServices(Function<Services, Integer> work) {
        return withServices(s -> {
            s.backups().takeNow();
            return work.apply(s);
        });
    }
}
