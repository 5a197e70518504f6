package cn.gongkai.cli;

import cn.gongkai.service.StartupProbe;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command lines that only open the editor — none, {@code --data FOLDER}, {@code --startup-probe} and
 * {@code --open-probe ID} — read without picocli, whose ~170 classes would otherwise load before the window (a
 * double-click, a desktop icon). Any other command line, including help and every command, goes through picocli.
 */
public final class EditorArgs {
    private EditorArgs() {
    }

    /** The editor's folder and probe, or empty when {@code args} is anything else. */
    public static Optional<Request> parse(String[] args) {
        Path data = null;
        StartupProbe probe = StartupProbe.OFF;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--startup-probe") && !probe.on()) {
                probe = StartupProbe.LIST;
            } else if (a.equals("--open-probe") && !probe.on() && i + 1 < args.length
                    && args[i + 1].matches("[0-9]{1,18}")) {
                probe = new StartupProbe.DraftOpened(Long.parseLong(args[++i]));
            } else if (a.equals("--data") && data == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                data = Path.of(args[++i]);
            } else if (a.startsWith("--data=") && data == null && a.length() > "--data=".length()) {
                data = Path.of(a.substring("--data=".length()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Request(data == null ? DataFolders.defaultFolder() : data, probe));
    }

    /** Open the editor on {@code folder}, measuring what {@code probe} says. */
    public record Request(Path folder, StartupProbe probe) {
    }
}
