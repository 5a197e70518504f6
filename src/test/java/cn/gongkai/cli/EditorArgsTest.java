package cn.gongkai.cli;

import cn.gongkai.service.StartupProbe;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command lines that only open the editor are read without picocli; everything else is left to it. */
class EditorArgsTest {
    private static EditorArgs.Request editor(String... args) {
        return EditorArgs.parse(args).orElseThrow(() -> new AssertionError("not an editor command line"));
    }

    @Test
    void theEditorsOwnCommandLines() {
        StartupProbe off = StartupProbe.OFF;
        assertEquals(new EditorArgs.Request(DataFolders.defaultFolder(), off), editor());
        assertEquals(new EditorArgs.Request(Path.of("/tmp/数据"), off), editor("--data", "/tmp/数据"));
        assertEquals(new EditorArgs.Request(Path.of("D:\\预算"), off), editor("--data=D:\\预算"));
        assertEquals(new EditorArgs.Request(Path.of("x"), StartupProbe.LIST), editor("--startup-probe", "--data", "x"));
        assertEquals(new EditorArgs.Request(Path.of("x"), StartupProbe.LIST), editor("--data", "x", "--startup-probe"));
        assertEquals(new EditorArgs.Request(Path.of("x"), new StartupProbe.DraftOpened(12)),
                editor("--data", "x", "--open-probe", "12"));
    }

    @Test
    void everythingElseGoesToPicocli() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"--version"}, {"list"}, {"--data"}, {"--data="},
                {"--data", "x", "list"}, {"--data", "x", "--data", "y"}, {"--verbose"}, {"--startup-probe", "--startup-probe"},
                {"--data", "--startup-probe"}, {"export", "1", "a.pdf"}, {"--open-probe"}, {"--open-probe", "x"},
                {"--open-probe", "1", "--startup-probe"}, {"--startup-probe", "--open-probe", "1"}}) {
            assertTrue(EditorArgs.parse(args).isEmpty(), String.join(" ", args));
        }
    }
}
