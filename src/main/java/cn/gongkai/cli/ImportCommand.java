package cn.gongkai.cli;

import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import", description = "导入文件为新草稿，打印新草稿的编号（识别报告写到标准错误）；"
        + "--into 编号：用预算系统表格替换该草稿的公开表，并按表格填入数字")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--into", paramLabel = "编号", description = "把预算系统的表格（.xlsx、.xls）导入这份草稿，替换它的公开表")
    Long into;
    @Parameters(index = "0", paramLabel = "文件",
            description = "交换文件 .json/.gongkai，公开文件 .txt/.docx，预算系统表格 .xlsx/.xls")
    Path file;

    @Override
    public Integer call() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (into != null && !(name.endsWith(".xlsx") || name.endsWith(".xls"))) {
            throw new BadInputException("--into 只能导入预算系统导出的表格（.xlsx 或 .xls），“" + file.getFileName() + "”不是");
        }
        return root.withWritingServices(ctx -> {
            ImportResult r = into != null ? ctx.drafts().importTablesInto(into, file) : ctx.drafts().importFile(file);
            PrintWriter err = spec.commandLine().getErr();
            r.recognised().forEach(err::println);
            if (!r.unplaced().isEmpty()) {
                err.println("未能导入的内容（" + r.unplaced().size() + "）：");
                r.unplaced().forEach(l -> err.println("  " + l));
            }
            err.flush();
            spec.commandLine().getOut().println(r.id());
            spec.commandLine().getOut().flush();
            return 0;
        });
    }
}
