package cn.gongkai.cli;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.versions.Change;
import cn.gongkai.domain.versions.DraftVersion;
import cn.gongkai.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "compare", description = "比较两份草稿（或草稿与它的某个版本：版本号@编号；或与上次导出：--last-export），"
        + "每处变化一行：位置<TAB>原<TAB>新")
final class CompareCommand implements Callable<Integer> {
    private static final Pattern REF = Pattern.compile("(?:(\\d+)@)?(\\d+)");
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "原", description = "草稿编号，或 版本号@编号")
    String first;
    @Parameters(index = "1", arity = "0..1", paramLabel = "新", description = "草稿编号，或 版本号@编号")
    String second;
    @Option(names = "--last-export", description = "与“原”草稿上次导出 PDF 或 Word 时的版本比较")
    boolean lastExport;
    @Option(names = "--report", paramLabel = "文件.pdf", description = "另把对比报告写成 PDF，供领导审阅")
    Path report;

    /** A draft named on the command line: its ID, and a version number where one is given ("3@2"). */
    record Ref(long id, Integer version) {
        static Ref parse(String text) {
            Matcher m = REF.matcher(text.strip());
            if (!m.matches()) {
                throw new BadInputException("“" + text + "”不是草稿：应为草稿编号（如 2）或 版本号@编号（如 3@2）");
            }
            return new Ref(Long.parseLong(m.group(2)), m.group(1) == null ? null : Integer.valueOf(m.group(1)));
        }

        Draft load(Services ctx) {
            return version == null ? ctx.drafts().load(id) : ctx.versions().version(id, version);
        }

        String label() {
            return version == null ? "草稿 " + id : "草稿 " + id + " 第 " + version + " 版";
        }
    }

    @Override
    public Integer call() {
        if (lastExport == (second != null)) {
            throw new BadInputException("请给出两份要比较的草稿，或者一份草稿和 --last-export");
        }
        return root.withServices(ctx -> {
            Ref a = Ref.parse(first);
            Ref b;
            Ref older;
            if (lastExport) {
                DraftVersion v = ctx.versions().lastExport(a.id()).orElseThrow(() -> new BadInputException(
                        "草稿 " + a.id() + " 还没有导出过 PDF 或 Word 文件，没有可比较的版本"));
                older = new Ref(a.id(), v.number());
                b = a;
            } else {
                older = a;
                b = Ref.parse(second);
            }
            Draft before = older.load(ctx);
            Draft after = b.load(ctx);
            List<Change> changes = ctx.versions().compare(before, after);
            changes.forEach(c -> spec.commandLine().getOut().println(c.line()));
            spec.commandLine().getOut().flush();
            if (report != null) {
                ctx.versions().report(report, after.header().unitName() + after.header().budgetYear() + "年部门预算公开",
                        older.label() + " → " + b.label(), changes);
            }
            return Cli.OK;
        });
    }
}
