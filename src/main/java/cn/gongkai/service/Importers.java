package cn.gongkai.service;

import cn.gongkai.domain.ImportResult;

import cn.gongkai.domain.BadInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Chooses the reader for a file by its extension. */
public final class Importers {
    private final Map<String, Function<Path, ImportResult>> byExtension;

    public Importers(Map<String, Function<Path, ImportResult>> byExtension) {
        this.byExtension = Map.copyOf(byExtension);
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
            throw new BadInputException("不能导入“" + name + "”：只支持 " + String.join("、", byExtension.keySet().stream()
                    .sorted().map(e -> "." + e).toList()) + " 文件");
        }
        return reader.apply(file);
    }
}
