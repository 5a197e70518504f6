package cn.gongkai.cli;

import cn.gongkai.domain.versions.DraftVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

@Command(name = "versions", description = "列出草稿保存的版本（导出PDF/Word、定稿、恢复前、保存版本时自动保存），每行："
        + "版本号<TAB>时间<TAB>来源<TAB>备注")
final class VersionsCommand implements Callable<Integer> {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "编号")
    long id;

    @Override
    public Integer call() {
        return root.withServices(ctx -> {
            for (DraftVersion v : ctx.versions().versions(id)) {
                spec.commandLine().getOut().println(v.number() + "\t" + TIME.format(v.at().atZone(ZoneId.systemDefault()))
                        + "\t" + v.source().label() + "\t" + v.note());
            }
            spec.commandLine().getOut().flush();
            return Cli.OK;
        });
    }
}
