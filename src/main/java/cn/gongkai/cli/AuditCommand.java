package cn.gongkai.cli;

import cn.gongkai.domain.audit.AuditEntry;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.service.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * 批量检查: every file of the paths (folders searched with their sub-folders) imported in memory and checked,
 * nothing written to the data folder. A line per file on stdout, progress on stderr; exit 0 without 错误, 1 when a
 * file has 错误, 2 when no file could be read.
 */
@Command(name = "audit", description = "批量检查文件和文件夹（含子文件夹）中的公开文件和预算表格，不写入数据文件夹；每个文件一行："
        + "文件<TAB>单位<TAB>年度<TAB>错误数<TAB>警告数<TAB>说明。有文件含“错误”时退出码为 1，没有一个文件能读取时为 2")
final class AuditCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--out", paramLabel = "汇总.xlsx", description = "把结果另存为表格：汇总表每个文件一行，每个文件一张问题清单")
    Path out;
    @Parameters(arity = "1..*", paramLabel = "路径", description = "文件或文件夹（.pdf .docx .txt .xlsx .xls .json .gongkai）")
    List<Path> paths;

    @Override
    public Integer call() {
        if (out != null && !out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new BadInputException("--out 应是 .xlsx 文件，“" + out.getFileName() + "”不是");
        }
        AuditService audit = root.services().audit();
        List<Path> files = audit.files(paths);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("没有找到可以检查的文件（.pdf .docx .txt .xlsx .xls .json .gongkai）");
            err.flush();
            return Cli.BAD_INPUT;
        }
        List<AuditEntry> entries = audit.check(files, (i, n, f) -> {
            err.println("[" + i + "/" + n + "] " + f);
            err.flush();
        });
        for (AuditEntry e : entries) {
            o.println(String.join("\t", e.file().toString(), e.unitName(),
                    e.budgetYear() == 0 ? "" : String.valueOf(e.budgetYear()),
                    e.unread() ? "" : String.valueOf(e.errors()), e.unread() ? "" : String.valueOf(e.warnings()),
                    (e.unread() ? "无法读取：" : "") + e.note().replace('\n', ' ').replace('\t', ' ')));
        }
        o.flush();
        if (out != null) {
            audit.writeWorkbook(entries, out);
            err.println("汇总表已写入 " + out);
        }
        long read = entries.stream().filter(e -> !e.unread()).count();
        long withErrors = entries.stream().filter(e -> e.errors() > 0).count();
        err.println("共 " + entries.size() + " 个文件：" + read + " 个已检查（" + withErrors + " 个有错误），"
                + (entries.size() - read) + " 个无法读取");
        err.flush();
        return read == 0 ? Cli.BAD_INPUT : withErrors > 0 ? Cli.PROBLEMS : Cli.OK;
    }
}
