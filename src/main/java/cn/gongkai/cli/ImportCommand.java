package cn.gongkai.cli;

import cn.gongkai.domain.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", description = "导入文件为新草稿，打印新草稿的编号（识别报告写到标准错误）")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "文件", description = "交换文件 .json")
    Path file;

    @Override
    public Integer call() {
        return root.withWritingServices(ctx -> {
            ImportResult r = ctx.drafts().importFile(file);
            PrintWriter err = spec.commandLine().getErr();
            r.recognised().forEach(err::println);
            if (!r.unplaced().isEmpty()) {
                err.println("未能归入任何部分的行（" + r.unplaced().size() + "）：");
                r.unplaced().forEach(l -> err.println("  " + l));
            }
            err.flush();
            spec.commandLine().getOut().println(r.id());
            spec.commandLine().getOut().flush();
            return 0;
        });
    }
}
