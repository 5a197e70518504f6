package cn.gongkai.cli;

import java.nio.file.Path;
import java.util.Locale;

/** Where drafts live by default: the per-user application-data folder of the operating system. */
public final class DataFolders {
    private DataFolders() {
    }

    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Gongkai");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Gongkai");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("gongkai");
    }
}
