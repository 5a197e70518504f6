package cn.gongkai.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "restore-version", description = "用草稿的某个版本替换草稿；替换前先把现在的样子保存为一个版本（恢复前），"
        + "所以恢复也可以再恢复回来")
final class RestoreVersionCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "编号")
    long id;
    @Parameters(index = "1", paramLabel = "版本号")
    int version;

    @Override
    public Integer call() {
        return root.withServices(ctx -> {
            int kept = ctx.versions().restore(id, version).number();
            spec.commandLine().getErr().println("已恢复第 " + version + " 版；恢复前的草稿保存为第 " + kept + " 版");
            spec.commandLine().getErr().flush();
            return Cli.OK;
        });
    }
}
