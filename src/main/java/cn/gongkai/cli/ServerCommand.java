package cn.gongkai.cli;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.service.CountyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** The county finance bureau's commands on its server (under the bureau's login, given with --server). */
@Command(name = "server", description = "县级服务器的管理（县财政局用局里的登录名，配合 --server）",
        subcommands = {ServerCommand.Init.class, ServerCommand.AddUnit.class, ServerCommand.Overview.class})
final class ServerCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }

    /** Prints what the server said it did; success. */
    private int say(String said) {
        spec.commandLine().getOut().println(said);
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    @Command(name = "init", description = "准备服务器上的空数据库（或升级到本版本的结构）；重复运行不改变什么")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        ServerCommand server;

        @Override
        public Integer call() {
            return server.say(server.root.services().administer(server.root.serverLocation("server init")).init());
        }
    }

    @Command(name = "add-unit", description = "添加单位：从标准输入读密码，建登录名 u+编码（如 u912），只能看到并修改本单位的草稿；"
            + "单位已有登录名时改为新密码")
    static final class AddUnit implements Callable<Integer> {
        @ParentCommand
        ServerCommand server;
        @Parameters(paramLabel = "单位编码", description = "预算单位编码，如 912")
        String code;

        @Override
        public Integer call() {
            var at = server.root.serverLocation("server add-unit");
            char[] pw = readPassword(code);
            try {
                return server.say(server.root.services().administer(at).addUnit(code, pw));
            } finally {
                Arrays.fill(pw, '\0');
            }
        }

        /** The unit's password: asked twice without echo on a terminal, else the first line of standard input. */
        private static char[] readPassword(String code) {
            java.io.Console console = System.console();
            if (console != null) {
                char[] a = console.readPassword("单位 %s 的新密码：", code);
                char[] b = console.readPassword("再输入一次：");
                if (a == null || !Arrays.equals(a, b)) {
                    throw new BadInputException("两次输入的密码不一样，没有添加");
                }
                return a;
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new BadInputException("标准输入里没有密码：请把单位的密码作为第一行传入，如 echo 密码 | gongkai …");
                }
                return line.strip().toCharArray();
            } catch (IOException e) {
                throw new BadInputException("读不到标准输入：" + e.getMessage(), e);
            }
        }
    }

    @Command(name = "overview", description = "每个单位一行：编码<TAB>单位<TAB>年度<TAB>状态<TAB>错误数<TAB>警告数<TAB>距公开期限天数")
    static final class Overview implements Callable<Integer> {
        @ParentCommand
        ServerCommand server;

        @Override
        public Integer call() {
            server.root.serverLocation("server overview");
            return server.root.withServices(s -> {
                CountyService county = s.county().orElseThrow();
                var out = server.spec.commandLine().getOut();
                for (CountyService.Line line : county.overview(LocalDate.now())) {
                    out.println(line.toTsv());
                }
                out.flush();
                return Cli.OK;
            });
        }
    }
}
