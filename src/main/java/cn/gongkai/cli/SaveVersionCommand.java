package cn.gongkai.cli;

import cn.gongkai.domain.versions.VersionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "save-version", description = "把草稿现在的样子保存为一个版本，打印版本号")
final class SaveVersionCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "编号")
    long id;
    @Option(names = "--note", paramLabel = "备注", description = "版本的备注，如“送领导审阅”")
    String note = "";

    @Override
    public Integer call() {
        return root.withServices(ctx -> {
            spec.commandLine().getOut().println(ctx.versions().keep(id, VersionSource.MANUAL, note).number());
            spec.commandLine().getOut().flush();
            return Cli.OK;
        });
    }
}
