package cn.gongkai.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long ago the operating system started this process (a native launcher's work before the JVM included). On
 * Linux from /proc, to the 10 ms tick: {@link ProcessHandle.Info#startInstant()} adds the boot time, which Linux
 * gives only to the second. Elsewhere from {@code startInstant()}. For a process started to run the program for
 * another, from that one's start ({@link #STARTED_AT}).
 */
public final class ProcessAge {
    /**
     * Set by a process that started this one to run the program for it (a plain {@code java -jar} re-launching
     * itself with options): its own start, epoch ms — what the user waits for is counted from there.
     */
    public static final String STARTED_AT = "gongkai.processStart";
    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

    private ProcessAge() {
    }

    public static Optional<Duration> now() {
        String startedAt = System.getProperty(STARTED_AT);
        if (startedAt != null && startedAt.matches("\\d{1,15}")) {
            return Optional.of(Duration.ofMillis(System.currentTimeMillis() - Long.parseLong(startedAt)));
        }
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double started = Long.parseLong(fields[19]) / TICKS_PER_SECOND; // field 22, starttime
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Optional.of(Duration.ofMillis(Math.round((uptime - started) * 1000)));
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().map(s -> Duration.between(s, Instant.now()));
        }
    }
}
