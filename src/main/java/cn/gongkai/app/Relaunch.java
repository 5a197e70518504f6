package cn.gongkai.app;

import cn.gongkai.cli.EditorArgs;
import cn.gongkai.ui.ProcessAge;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * A plain {@code java -jar gongkai.jar} cannot carry JVM options, and without them a start takes twice as long
 * (class loading and JIT, docs/benchmarks.md). So such a start runs the program again in a child JVM with the
 * installed launcher's options (installer/launcher.args, carried in the jar: C1 only, the serial collector, …) and
 * a class-data-sharing archive of this jar kept in the user's cache (recorded when the first editor start exits,
 * then reused by every run while the jar is unchanged), and waits for it, passing input, output and exit code
 * through. Not when the program already runs with options (the packaged launchers, the portable zip, the tests,
 * {@code -Dgongkai.noRelaunch=true}), and never instead of running: when the child cannot be started, the program
 * runs in this JVM.
 */
final class Relaunch {
    static final String MARK = "gongkai.relaunched";
    private static final int KEPT = 3;

    private Relaunch() {
    }

    /** The child's exit code, or empty when the program is to run in this JVM. */
    static OptionalInt run(String[] args) {
        if (System.getProperty(MARK) != null || System.getProperty("jpackage.app-version") != null
                || Boolean.getBoolean("gongkai.noRelaunch")) {
            return OptionalInt.empty();
        }
        String cp = System.getProperty("java.class.path", "");
        String command = System.getProperty("sun.java.command", "");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows() ? "java.exe" : "java");
        // only "java -jar gongkai.jar": the command then starts with the jar (-cp …Launcher runs carry their options)
        if (cp.isEmpty() || cp.contains(File.pathSeparator) || !cp.endsWith(".jar") || !command.startsWith(cp)
                || !Files.isExecutable(java)) {
            return OptionalInt.empty();
        }
        try {
            Path jar = Path.of(cp).toAbsolutePath();
            Path dir = cacheDir();
            Path archive = dir.resolve(key(jar) + ".jsa");
            List<String> options = launcherOptions();
            if (options.isEmpty()) {
                return OptionalInt.empty();
            }
            List<String> cmd = new ArrayList<>(List.of(java.toString()));
            cmd.addAll(options);
            cmd.addAll(List.of("-D" + MARK + "=true", "-D" + ProcessAge.STARTED_AT + "=" + processStart()));
            Path recording = null;
            if (Files.isRegularFile(archive)) {
                cmd.add("-XX:SharedArchiveFile=" + archive);
                touch(archive);
            } else if (EditorArgs.parse(args).isPresent()) { // recorded by an editor start, which loads the most
                Files.createDirectories(dir);
                recording = dir.resolve(key(jar) + "." + ProcessHandle.current().pid() + ".tmp");
                cmd.add("-XX:ArchiveClassesAtExit=" + recording);
            }
            cmd.addAll(List.of("-cp", jar.toString(), Launcher.class.getName()));
            cmd.addAll(List.of(args));
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            Thread stop = new Thread(child::destroy, "gongkai-relaunch");
            Runtime.getRuntime().addShutdownHook(stop); // a terminated parent takes the child with it
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            if (recording != null) {
                keep(recording, archive, dir);
            }
            return OptionalInt.of(code);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // no cache folder, no child: run here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * The packaged launchers' JVM options (installer/launcher.args, in the jar), but the archive at their install
     * path: this run names its own. Empty when the jar does not carry them.
     */
    private static List<String> launcherOptions() throws IOException {
        try (java.io.InputStream in = Relaunch.class.getResourceAsStream("/gongkai/launcher.args")) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^--java-options \"([^\"]+)\"[ \\t\\r]*$",
                    java.util.regex.Pattern.MULTILINE).matcher(text);
            while (m.find()) {
                if (!m.group(1).contains("$APPDIR")) {
                    out.add(m.group(1));
                }
            }
            return out;
        }
    }

    /**
     * The recorded archive in its place (atomically; a concurrent first run may win); of the jars' archives, the
     * {@value #KEPT} used last are kept (two copies of the program must not undo each other's).
     */
    private static void keep(Path recording, Path archive, Path dir) {
        try {
            if (Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            List<Path> archives;
            try (Stream<Path> all = Files.list(dir)) {
                archives = all.filter(p -> p.getFileName().toString().endsWith(".jsa")).sorted((a, b) ->
                        Long.compare(modified(b), modified(a))).toList();
            }
            for (Path p : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
                try {
                    Files.deleteIfExists(p); // a jar replaced long ago: its archive serves nothing
                } catch (IOException e) {
                    // in use: left for the next time
                }
            }
        } catch (IOException e) {
            // the next run records again
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Marks an archive as used now, so the cleanup keeps the ones in use. */
    private static void touch(Path archive) {
        try {
            Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache: the archive still serves
        }
    }

    /** The archive belongs to one jar: its path, size and modification time. */
    private static String key(Path jar) throws IOException {
        long h = jar.toString().hashCode() * 31L + Files.size(jar);
        return "gongkai-" + Long.toHexString(h * 31 + Files.getLastModifiedTime(jar).toMillis());
    }

    private static Path cacheDir() {
        if (windows() && System.getenv("LOCALAPPDATA") != null) {
            return Path.of(System.getenv("LOCALAPPDATA"), "Gongkai", "cds");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gongkai").resolve("cds");
    }

    private static long processStart() {
        long now = System.currentTimeMillis();
        return now - ProcessAge.now().map(java.time.Duration::toMillis).orElse(0L);
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
