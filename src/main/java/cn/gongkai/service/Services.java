package cn.gongkai.service;

/**
 * The use cases over one open data folder or the county's server, as the composition root hands them to the
 * command line and the editor. {@code county} is there on a server only; {@code place} says where, for titles and
 * messages. Closing them closes the folder (after its last write) or the connection.
 */
public record Services(DraftService drafts, ExportService exports, BackupService backups, VersionService versions,
                       LibraryService library, java.util.Optional<CountyService> county, String place,
                       AutoCloseable folder) implements AutoCloseable {
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
