package org.kesudesk.logic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.store.DatabaseTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which database this user's app opens when no {@code --db} or {@code KESUDESK_DB} says: the embedded one of this
 * computer, or the office's server (数据库连接…). Kept in {@code database-connection.properties} in the user's data folder,
 * the password with it: the file is made readable and writable by its owner only (POSIX mode 600; on Windows an
 * access list naming the owner alone) before the password is written into it. It is never logged, never put in
 * diagnostics, and the server's details are remembered when the user goes back to the embedded database.
 */
public record ConnectionProfile(boolean useServer, Optional<ServerConnection> server) {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "database-connection.properties";
    /** A profile is a few lines; anything larger is not one. */
    private static final long MAX_BYTES = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionProfile.class);

    public ConnectionProfile {
        Objects.requireNonNull(server, "server");
        if (useServer && server.isEmpty()) {
            throw new IllegalArgumentException("a server to use");
        }
    }

    /** The embedded database, as on a new computer. */
    public static ConnectionProfile embedded() {
        return new ConnectionProfile(false, Optional.empty());
    }

    /** The database this profile opens: the server, or the embedded database given. */
    public DatabaseTarget target(Path embeddedDatabase) {
        return useServer ? DatabaseTarget.server(server.get().address()) : DatabaseTarget.file(embeddedDatabase);
    }

    /** The profile kept in this folder; the embedded database if there is none or it cannot be read. */
    public static ConnectionProfile load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return embedded();
        }
        Properties values = new Properties();
        try {
            if (Files.size(file) > MAX_BYTES) {
                LOG.warn("ignoring {}: not a connection profile ({} bytes)", file, Files.size(file));
                return embedded();
            }
            try (InputStream in = Files.newInputStream(file)) {
                values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Optional<ServerConnection> server = Optional.empty();
            if (!values.getProperty("host", "").isBlank()) {
                server = Optional.of(new ServerConnection(values.getProperty("host"),
                        Integer.parseInt(values.getProperty("port", String.valueOf(ServerConnection.DEFAULT_PORT))),
                        values.getProperty("database", ""), values.getProperty("user", ""),
                        values.getProperty("password", ""),
                        Boolean.parseBoolean(values.getProperty("requireEncryption"))).validated());
            }
            return new ConnectionProfile("server".equals(values.getProperty("use")) && server.isPresent(), server);
        } catch (IOException | IllegalArgumentException | UserFacingException damaged) {
            // the details are not logged: the file holds a password
            LOG.warn("ignoring the connection profile {}: it cannot be read ({})", file,
                    damaged.getClass().getSimpleName());
            return embedded();
        }
    }

    /**
     * Keeps the profile in this folder, whole or not at all, readable by its owner only.
     *
     * @throws UserFacingException if it cannot be written
     */
    public void save(Path folder) {
        Properties values = new Properties();
        values.setProperty("use", useServer ? "server" : "embedded");
        server.ifPresent(s -> {
            values.setProperty("host", s.host());
            values.setProperty("port", String.valueOf(s.port()));
            values.setProperty("database", s.database());
            values.setProperty("user", s.user());
            values.setProperty("password", s.password());
            values.setProperty("requireEncryption", String.valueOf(s.requireEncryption()));
        });
        Path file = folder.resolve(FILE_NAME).toAbsolutePath();
        Path partial = file.resolveSibling(FILE_NAME + ".part");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            createOwnerOnly(partial);
            try (OutputStream out = Files.newOutputStream(partial)) {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "KesuDesk database connection (readable by its owner only)");
                writer.flush();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            LOG.warn("could not save the connection profile in {}", folder, e);
            throw new UserFacingException(e, "connection.error.save", file);
        }
    }

    /** An empty file only its owner may read or write, made so before anything is written into it. */
    private static void createOwnerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return;
        }
        Files.createFile(file);
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            AclEntry owner = AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                    .setPrincipal(Files.getOwner(file))
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
            acl.setAcl(List.of(owner));
        }
    }

    /** Never the password. */
    @Override
    public String toString() {
        return (useServer ? "server " : "embedded ") + server.map(ServerConnection::toString).orElse("");
    }
}
