package cn.gongkai.cli;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.service.ServiceFactory;
import cn.gongkai.service.StoreLocation;
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
                SaveVersionCommand.class, RestoreVersionCommand.class, CompareCommand.class, ServerCommand.class},
        usageHelpAutoWidth = true)
public final class GongkaiCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "文件夹", description = "数据文件夹（默认：本用户的应用数据文件夹）")
    Path data;

    @Option(names = "--server", paramLabel = "地址", description = "改用县级服务器上的草稿：postgresql://登录名:密码@主机:端口/数据库"
            + "（密码也可放在环境变量 PGPASSWORD 中，或运行时输入）")
    String server;

    private StoreLocation resolved;
    private StoreLocation.Server onServer;

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
        int open(StoreLocation place, StartupProbe probe);
    }

    /**
     * The data folder (given or the user's default) or, with {@code --server}, the county's server; worked out once
     * per command, so a password asked for is asked once.
     */
    StoreLocation location() {
        if (resolved == null) {
            if (server == null) {
                resolved = new StoreLocation.Folder(dataFolder());
            } else if (data != null) {
                throw new BadInputException("--data 和 --server 只能选一个：草稿要么在本机的数据文件夹，要么在县级服务器上");
            } else {
                onServer = ServerLogin.of(server, System.getenv("PGPASSWORD"));
                resolved = onServer;
            }
        }
        return resolved;
    }

    /** The data folder, for the commands on its backups; a server has none of its own. */
    Path dataFolder() {
        if (server != null) {
            throw new BadInputException("县级服务器上的草稿由服务器备份：请县财政局用 pg_dump / pg_restore 备份和恢复"
                    + "（见说明书“县级服务器”一节）；要找回一份草稿以前的内容，请用 versions 和 restore-version");
        }
        return data != null ? data : DataFolders.defaultFolder();
    }

    /** The county's server of {@code --server}; a message when the command needs one and none was given. */
    StoreLocation.Server serverLocation(String command) {
        if (server == null) {
            throw new BadInputException(command + " 是县级服务器的管理命令，要给出服务器地址：gongkai --server "
                    + "postgresql://登录名@主机:端口/数据库 " + command);
        }
        location();
        return onServer;
    }

    @Override
    public Integer call() {
        StartupProbe probe = openProbe != null ? new StartupProbe.DraftOpened(openProbe)
                : startupProbe ? StartupProbe.LIST : StartupProbe.OFF;
        return editor.open(location(), probe);
    }

    ServiceFactory services() {
        return services;
    }

    /** Runs {@code work} with the data folder (or the server) open, and closes it afterwards. */
    int withServices(Function<Services, Integer> work) {
        try (Services s = services.open(location())) {
            return work.apply(s);
        }
    }

    /**
     * As {@link #withServices}, with a backup of a data folder taken before the command changes anything (a server's
     * backups are the database's own).
     */
    int withWritingServices(Function<Services, Integer> work) {
        StoreLocation at = location();
        return withServices(s -> {
            if (at.ownBackups()) {
                s.backups().takeNow();
            }
            return work.apply(s);
        });
    }
}
