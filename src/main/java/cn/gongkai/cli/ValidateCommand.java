package cn.gongkai.cli;

import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.rules.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", description = "检查草稿，每个问题一行：级别<TAB>位置<TAB>说明；有“错误”时退出码为 1")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "编号")
    long id;

    @Override
    public Integer call() {
        return root.withServices(ctx -> {
            List<Problem> problems = ctx.drafts().validate(id);
            problems.forEach(p -> spec.commandLine().getOut().println(p.toLine()));
            spec.commandLine().getOut().flush();
            return Validator.hasErrors(problems) ? Cli.PROBLEMS : Cli.OK;
        });
    }
}
