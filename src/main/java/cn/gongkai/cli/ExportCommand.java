package cn.gongkai.cli;

import cn.gongkai.domain.model.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "export", description = "按文件扩展名导出草稿：.json 交换文件，.pdf 可打印的公开文本，.docx 可继续编辑的 Word 文件")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand root;
    @Parameters(index = "0", paramLabel = "编号")
    long id;
    @Parameters(index = "1", paramLabel = "文件")
    Path file;

    @Override
    public Integer call() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") || name.endsWith(".docx")) {
            root.services().warmUpExport(); // while the data folder opens
        }
        return root.withServices(ctx -> {
            if (name.endsWith(".json")) {
                ctx.drafts().exportExchange(id, file);
            } else if (name.endsWith(".pdf")) {
                ctx.exports().exportPdf(id, file);
            } else if (name.endsWith(".docx")) {
                ctx.exports().exportDocx(id, file);
            } else {
                throw new BadInputException("不知道如何导出为“" + file.getFileName()
                        + "”：文件名应以 .json、.pdf 或 .docx 结尾");
            }
            return 0;
        });
    }
}
