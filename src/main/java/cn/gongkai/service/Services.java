package cn.gongkai.service;

/**
 * The use cases over one open data folder, as the composition root hands them to the command line and the
 * editor. Closing them closes the folder (after its last write).
 */
public record Services(DraftService drafts, ExportService exports, BackupService backups, VersionService versions,
                       LibraryService library, AutoCloseable folder) implements AutoCloseable {
    @Override
    public void close() {
        try {
            folder.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
