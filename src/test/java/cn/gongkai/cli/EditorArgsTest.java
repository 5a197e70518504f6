package cn.gongkai.cli;

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
        assertEquals(new EditorArgs.Request(DataFolders.defaultFolder(), false), editor());
        assertEquals(new EditorArgs.Request(Path.of("/tmp/数据"), false), editor("--data", "/tmp/数据"));
        assertEquals(new EditorArgs.Request(Path.of("D:\\预算"), false), editor("--data=D:\\预算"));
        assertEquals(new EditorArgs.Request(Path.of("x"), true), editor("--startup-probe", "--data", "x"));
        assertEquals(new EditorArgs.Request(Path.of("x"), true), editor("--data", "x", "--startup-probe"));
    }

    @Test
    void everythingElseGoesToPicocli() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"--version"}, {"list"}, {"--data"}, {"--data="},
                {"--data", "x", "list"}, {"--data", "x", "--data", "y"}, {"--verbose"}, {"--startup-probe", "--startup-probe"},
                {"--data", "--startup-probe"}, {"export", "1", "a.pdf"}}) {
            assertTrue(EditorArgs.parse(args).isEmpty(), String.join(" ", args));
        }
    }
}
