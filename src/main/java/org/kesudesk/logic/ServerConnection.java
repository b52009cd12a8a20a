package org.kesudesk.logic;

import java.util.Objects;
import java.util.regex.Pattern;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.store.ServerAddress;

/**
 * An office's database server as a clerk fills it in (数据库连接…): the server's name or address, its port, the
 * database, who signs in, and whether the connection must be encrypted. By default it is encrypted whenever the
 * server offers TLS ({@code sslmode=prefer}); with {@code requireEncryption} a server without TLS is refused
 * ({@code sslmode=require}).
 */
public record ServerConnection(String host, int port, String database, String user, String password,
                               boolean requireEncryption) {

    /** PostgreSQL's port unless the server's administrator chose another. */
    public static final int DEFAULT_PORT = 5432;
    /** A host name (letters, digits, dots, hyphens) or an IPv4 address, or an IPv6 address in brackets. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]{2,45}]");
    /** A database name as administrators make them: letters, digits, underscores, hyphens. */
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");
    private static final int MAX_USER = 63;
    private static final int MAX_PASSWORD = 200;

    public ServerConnection {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        host = host.strip();
        database = database.strip();
        user = user.strip();
    }

    /**
     * Checks what was filled in, field by field.
     *
     * @throws UserFacingException naming the field at fault and what it may hold
     */
    public ServerConnection validated() {
        if (!HOST.matcher(host).matches()) {
            throw new UserFacingException("connection.error.host", shorten(host));
        }
        if (port < 1 || port > 65535) {
            throw new UserFacingException("connection.error.port", port);
        }
        if (!DATABASE.matcher(database).matches()) {
            throw new UserFacingException("connection.error.database", shorten(database));
        }
        if (user.isEmpty() || user.length() > MAX_USER || user.codePoints().anyMatch(ServerConnection::unprintable)) {
            throw new UserFacingException("connection.error.user", MAX_USER);
        }
        if (password.length() > MAX_PASSWORD || password.codePoints().anyMatch(ServerConnection::unprintable)) {
            throw new UserFacingException("connection.error.password", MAX_PASSWORD);
        }
        return this;
    }

    /** The JDBC address of the server, with who signs in (checked first). */
    public ServerAddress address() {
        validated();
        return new ServerAddress("jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode="
                + (requireEncryption ? "require" : "prefer"), user, password);
    }

    private static boolean unprintable(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Never the password. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database + (requireEncryption ? " (TLS)" : "");
    }
}
