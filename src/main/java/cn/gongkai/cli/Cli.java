package cn.gongkai.cli;

import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.service.ServiceFactory;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Runs the command line. Exit codes: 0 success, 1 validation found 错误, 2 bad input or usage; messages are
 * Chinese on stderr, stack traces only with {@code --verbose}.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, ServiceFactory services,
                          GongkaiCommand.EditorOpener editor) {
        GongkaiCommand root = new GongkaiCommand(services, editor);
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("cn.gongkai.cli.usage", java.util.Locale.ROOT));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("命令用法有误：" + UsageErrors.chinese(ex));
            ex.getCommandLine().usage(err);
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof GongkaiException) {
                err.println(ex.getMessage());
            } else {
                err.println("程序内部错误：" + ex + "（加 --verbose 可看详细信息）");
            }
            if (root.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        });
        return cl.execute(args);
    }
}
