package cn.gongkai.cli;

import cn.gongkai.domain.model.DraftSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "list", description = "列出草稿，每行：编号<TAB>年度<TAB>单位名称<TAB>状态")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return root.withServices(ctx -> {
            for (DraftSummary s : ctx.drafts().list()) {
                spec.commandLine().getOut().println(s.id() + "\t" + s.budgetYear() + "\t" + s.unitName() + "\t"
                        + s.status().label());
            }
            spec.commandLine().getOut().flush();
            return 0;
        });
    }
}
