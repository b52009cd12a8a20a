package org.kesudesk.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database the app works on: a file of this computer (the embedded H2 database, the default) or an office's
 * shared database on a server. The window and the commands open it without caring which.
 */
public sealed interface DatabaseTarget permits DatabaseTarget.File, DatabaseTarget.Server {

    /** Opens the database (creating and migrating it as needed). */
    Database open();

    /** Where it is, as the user is told it: the file, or the server and database (never a password). */
    String shown();

    /** What names this database among those a user works on in turn (the plan shown is remembered by it). */
    String key();

    /** The database's file (its base path, without {@code .mv.db}); empty on a server, which has none. */
    Optional<Path> path();

    /** The embedded database at this path. */
    static DatabaseTarget file(Path path) {
        return new File(path);
    }

    /** An office's database on a server. */
    static DatabaseTarget server(ServerAddress address) {
        return new Server(address);
    }

    /** An H2 database file of this computer. */
    record File(Path base) implements DatabaseTarget {
        public File {
            Objects.requireNonNull(base, "base");
        }

        @Override
        public Database open() {
            return Database.open(base);
        }

        @Override
        public String shown() {
            return Database.fileOf(Database.withoutH2Suffix(base)).toAbsolutePath().toString();
        }

        @Override
        public String key() {
            return base.toAbsolutePath().normalize().toString();
        }

        @Override
        public Optional<Path> path() {
            return Optional.of(base);
        }
    }

    /** A PostgreSQL database several clerks share. */
    record Server(ServerAddress address) implements DatabaseTarget {
        public Server {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public Database open() {
            return Database.openServer(address);
        }

        @Override
        public String shown() {
            return address.toString();
        }

        @Override
        public String key() {
            return address.toString();
        }

        @Override
        public Optional<Path> path() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "Server[" + address + "]";
        }
    }
}
