package cn.gongkai.ui;

import cn.gongkai.ui.editor.EditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Gongkai opens no network socket: with the editor open on a real data folder, a draft opened, its PDF and Word
 * file exported, a workbook imported and a backup taken, this process holds no TCP or UDP socket (listening or
 * connected) that it did not hold before — read from Linux's /proc (the process's file descriptors against the
 * kernel's socket tables).
 */
@ExtendWith(ApplicationExtension.class)
class NoNetworkTest {
    @TempDir
    static Path tmp;
    private EditorFixture fx;
    private Set<String> before;

    @Start
    void start(Stage stage) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux's /proc");
        before = internetSockets();
        fx = new EditorFixture(stage, Files.createTempDirectory(tmp, "data"));
    }

    @AfterEach
    void close() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void theEditorExportsImportsAndBacksUpWithoutANetworkSocket() throws Exception {
        EditorViewModel vm = fx.openFirst();
        AtomicReference<Path> pdf = new AtomicReference<>();
        AtomicReference<Path> docx = new AtomicReference<>();
        javafx.application.Platform.runLater(() -> {
            vm.exportPdf(tmp.resolve("出.pdf"), pdf::set);
            vm.exportWord(tmp.resolve("出.docx"), docx::set);
        });
        EditorFixture.waitFor(() -> pdf.get() != null && docx.get() != null);
        Path book = fx.folder.resolve("示例").resolve("九州镇2025年预算表格（示例）.xlsx");
        long reform = fx.context.drafts().list().stream().filter(d -> d.budgetYear() == 2025).findFirst()
                .orElseThrow().id();
        fx.context.drafts().importTablesInto(reform, book);
        fx.context.backups().takeNow();
        Set<String> now = internetSockets();
        now.removeAll(before);
        assertEquals(Set.of(), now, "TCP/UDP sockets opened by the program (inode → kernel table line)");
    }

    /** This process's TCP and UDP sockets (IPv4 and IPv6), each as its kernel table and inode. */
    static Set<String> internetSockets() throws IOException {
        Set<String> mine = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed while listing
                }
            }
        }
        Set<String> found = new HashSet<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path p = Path.of("/proc/self/net", table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && mine.contains(f[9])) {
                    found.add(table + " inode " + f[9] + ": " + line.trim());
                }
            }
        }
        return found;
    }
}
