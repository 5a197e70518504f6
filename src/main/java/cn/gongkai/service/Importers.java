package cn.gongkai.service;

import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.BadInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Chooses the reader for a file by its extension. */
public final class Importers {
    private final Map<String, Function<Path, ImportResult>> byExtension;
    private final Function<String, ImportResult> pastedText;
    private final List<String> otherExtensions;

    /** {@code otherExtensions}: files imported elsewhere (workbooks), named when a file of no known kind is refused. */
    public Importers(Map<String, Function<Path, ImportResult>> byExtension, Function<String, ImportResult> pastedText,
                     List<String> otherExtensions) {
        this.byExtension = Map.copyOf(byExtension);
        this.pastedText = pastedText;
        this.otherExtensions = List.copyOf(otherExtensions);
    }

    /** Reads the text of a published disclosure pasted into the editor (copied from Word, WPS or a web page). */
    public ImportResult readText(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("没有粘贴任何文字");
        }
        return pastedText.apply(text);
    }

    public ImportResult read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("找不到文件：" + file);
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Function<Path, ImportResult> reader = byExtension.get(ext);
        if (reader == null) {
            java.util.Set<String> all = new java.util.TreeSet<>(byExtension.keySet());
            all.addAll(otherExtensions);
            throw new BadInputException("不能导入“" + name + "”：只支持 " + String.join("、", all.stream()
                    .map(e -> "." + e).toList()) + " 文件");
        }
        return reader.apply(file);
    }
}
