package cn.gongkai.persistence;


import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Backs up shortly after start, then every few minutes while something changed, and when the folder is closed after
 * changes not yet backed up; runs on its own daemon thread.
 */
final class BackupScheduler implements AutoCloseable {
    static final long PERIOD_MINUTES = 5;

    private final JooqDraftStore store;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gongkai-backup");
        t.setDaemon(true);
        return t;
    });
    private long backedUpAt = -1;
    private volatile boolean started;

    BackupScheduler(JooqDraftStore store) {
        this.store = store;
    }

    /** Seconds after start before the first backup: the start itself should have both cores. */
    static final long FIRST_DELAY_SECONDS = 20;

    void start() {
        started = true;
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
     * Lets a running backup finish, then stops; once started, backs up what changed since the last backup (the
     * session's edits are then in a backup the moment the editor closes). Never interrupts a backup: an interrupt
     * closes the database's file channel in the middle of its work (H2 then reports "Block not found").
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (timer.awaitTermination(2, TimeUnit.MINUTES) && started && store.changeCount() > 0) {
                backupIfChanged();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
