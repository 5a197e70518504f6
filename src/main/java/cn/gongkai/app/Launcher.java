package cn.gongkai.app;

import cn.gongkai.cli.Cli;
import cn.gongkai.cli.EditorArgs;
import cn.gongkai.cli.GongkaiCommand;
import cn.gongkai.service.StoreLocation;
import cn.gongkai.ui.EditorLauncher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's main class. A plain class (not a JavaFX Application) so that {@code java -jar gongkai.jar} works for
 * both the editor and the command line on a classpath JavaFX.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        java.util.OptionalInt child = Relaunch.run(args); // a plain java -jar: again, with options (before all else)
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        Composition root = new Composition();
        GongkaiCommand.EditorOpener editor = (place, probe) -> EditorLauncher.run(
                () -> root.openForEditor(place), () -> root.backupsOf(folderOf(place)), root::audit,
                folderOf(place).resolve(Composition.SAMPLE_WORKBOOK_FILE).getParent(), probe,
                new EditorLauncher.Where(place, new StoreLocation.Folder(folderOf(place)), root::openForEditor));
        int code = EditorArgs.parse(args).map(r -> editor.open(new StoreLocation.Folder(r.folder()), r.probe()))
                // no picocli on the way
                .orElseGet(() -> Cli.run(args, out, err, root, editor));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The folder of a data folder; for the county's server, the user's default one (its backups, its samples). */
    private static java.nio.file.Path folderOf(StoreLocation place) {
        return place.either(StoreLocation.Folder::path, s -> cn.gongkai.cli.DataFolders.defaultFolder());
    }

    /** UTF-8 whatever the platform's default, so that Chinese survives pipes and files. */
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
