package cn.gongkai.cli;

import cn.gongkai.service.RolledDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "roll-forward", description = "以草稿为基础生成新年度草稿，打印新草稿的编号（标准输出）和带入、清空、改动的内容（标准错误）；原草稿不变")
final class RollForwardCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "编号")
    long id;
    @Parameters(index = "1", paramLabel = "年度")
    int year;

    @Override
    public Integer call() {
        return root.withWritingServices(ctx -> {
            RolledDraft rolled = ctx.drafts().rollForward(id, year);
            spec.commandLine().getOut().println(rolled.id());
            spec.commandLine().getOut().flush();
            rolled.notes().forEach(n -> spec.commandLine().getErr().println(n));
            spec.commandLine().getErr().flush();
            return 0;
        });
    }
}
