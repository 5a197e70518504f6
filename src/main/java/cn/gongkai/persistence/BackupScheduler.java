package cn.gongkai.persistence;


import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Backs up shortly after start and then every few minutes while something changed; runs on its own daemon thread. */
final class BackupScheduler implements AutoCloseable {
    static final long PERIOD_MINUTES = 5;

    private final JooqDraftStore store;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gongkai-backup");
        t.setDaemon(true);
        return t;
    });
    private long backedUpAt = -1;

    BackupScheduler(JooqDraftStore store) {
        this.store = store;
    }

    /** Seconds after start before the first backup: the start itself should have both cores. */
    static final long FIRST_DELAY_SECONDS = 20;

    void start() {
        timer.scheduleWithFixedDelay(this::backupIfChanged, FIRST_DELAY_SECONDS, PERIOD_MINUTES * 60, TimeUnit.SECONDS);
    }

    private void backupIfChanged() {
        long now = store.changeCount();
        if (now != backedUpAt) {
            try {
                store.backup();
                backedUpAt = now;
            } catch (RuntimeException e) {
                System.err.println("自动备份失败：" + e.getMessage());
            }
        }
    }

    /**
     * Lets a running backup finish, then stops. Never interrupts it: an interrupt closes the database's file channel
     * in the middle of its work (H2 then reports "Block not found").
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
