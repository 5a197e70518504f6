package cn.gongkai.service;

import cn.gongkai.domain.port.ServerAddress;

import java.nio.file.Path;

/** Where the drafts are opened from: a data folder on this PC, or the county's server under a login. */
public sealed interface StoreLocation {
    /** True where the editor keeps backups of its own (a folder); a server's backups are the database's. */
    boolean ownBackups();

    /** What {@code folder} or {@code server} makes of this place (Java 17 has no switch over sealed types). */
    <T> T either(java.util.function.Function<Folder, T> folder, java.util.function.Function<Server, T> server);

    /** A data folder (the embedded database and its backups). */
    record Folder(Path path) implements StoreLocation {
        @Override
        public boolean ownBackups() {
            return true;
        }

        @Override
        public <T> T either(java.util.function.Function<Folder, T> folder,
                            java.util.function.Function<Server, T> server) {
            return folder.apply(this);
        }
    }

    /** The county's server; the password is kept for reconnecting and never shown. */
    record Server(ServerAddress address, String password) implements StoreLocation {
        @Override
        public boolean ownBackups() {
            return false;
        }

        @Override
        public <T> T either(java.util.function.Function<Folder, T> folder,
                            java.util.function.Function<Server, T> server) {
            return server.apply(this);
        }

        @Override
        public String toString() {
            return address.toString();
        }
    }
}
