package cn.gongkai.cli;

import cn.gongkai.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Hidden: the installer runs this once, on the installed program, under {@code -XX:ArchiveClassesAtExit} to record
 * the class-data-sharing archive at the final install path (JDK 17 archives do not move). It loads the classes a
 * real editor start loaded (recorded at build time, no display needed) and exports the sample once.
 */
@Command(name = "cds-train", hidden = true)
final class CdsTrainCommand implements Callable<Integer> {
    @ParentCommand
    GongkaiCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "类列表")
    Path classList;

    @Override
    public Integer call() throws IOException {
        int loaded = 0;
        if (classList != null && Files.isRegularFile(classList)) {
            ClassLoader loader = CdsTrainCommand.class.getClassLoader();
            List<String> lines;
            if (classList.toString().endsWith(".gz")) {
                try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(classList))) {
                    lines = List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"));
                }
            } else {
                lines = Files.readAllLines(classList);
            }
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("@") || line.startsWith("#")) {
                    continue;
                }
                String name = line.split("\\s+")[0].replace('/', '.');
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class of another platform or a generated one: nothing to archive
                }
            }
        }
        Path dir = Files.createTempDirectory("gongkai-cds");
        try (Services ctx = parent.services().open(dir.resolve("data"))) {
            long id = ctx.drafts().list().get(0).id();
            ctx.exports().exportPdf(id, dir.resolve("sample.pdf"));
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.out.println("cds-train: " + loaded + " classes loaded, sample exported");
        return 0;
    }
}
