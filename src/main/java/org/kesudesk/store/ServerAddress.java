package org.kesudesk.store;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.l10n.UserFacingException;

/**
 * Where an office's shared database is: a PostgreSQL server's JDBC address ({@code jdbc:postgresql://host[:port]/db},
 * its options, such as {@code sslmode}, kept), and who signs in. The password is never shown: {@link #toString}
 * leaves it out, as it leaves out any password written in the address.
 */
public record ServerAddress(String url, String user, String password) {

    private static final Pattern POSTGRESQL = Pattern.compile(
            "jdbc:postgresql://([^/?#\\s]+)/([^/?#\\s]+)(\\?[^#\\s]*)?");
    /** Options of the address that carry who signs in: taken out of it, kept apart. */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)(?:^|&)(user|password)=([^&]*)");
    /** The longest address the app accepts (a server's name, a database's, a few options). */
    public static final int MAX_LENGTH = 500;

    public ServerAddress {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Whether a database location the user gave (--db, KESUDESK_DB) names a server rather than a file. */
    public static boolean isServer(String location) {
        return location.strip().regionMatches(true, 0, "jdbc:", 0, 5);
    }

    /**
     * The server address the user gave, who signs in taken from it or else from the environment
     * ({@code KESUDESK_DB_USER}, {@code KESUDESK_DB_PASSWORD}).
     *
     * @throws UserFacingException if it is not a PostgreSQL address the app can use
     */
    public static ServerAddress parse(String location, java.util.Map<String, String> environment) {
        String typed = location.strip();
        if (typed.length() > MAX_LENGTH) {
            throw new UserFacingException("store.server.error.address", typed.substring(0, 60) + "…");
        }
        Matcher matcher = POSTGRESQL.matcher(typed);
        if (!matcher.matches()) {
            throw new UserFacingException("store.server.error.address", typed.replaceAll("password=[^&]*", "password=…"));
        }
        String user = Optional.ofNullable(environment.get("KESUDESK_DB_USER")).orElse("");
        String password = Optional.ofNullable(environment.get("KESUDESK_DB_PASSWORD")).orElse("");
        StringBuilder options = new StringBuilder();
        String query = matcher.group(3) == null ? "" : matcher.group(3).substring(1);
        for (String option : query.split("&")) {
            if (option.isEmpty()) {
                continue;
            }
            Matcher credential = CREDENTIAL.matcher(option);
            if (credential.find() && credential.start() == 0) {
                String value = java.net.URLDecoder.decode(credential.group(2), java.nio.charset.StandardCharsets.UTF_8);
                if (credential.group(1).equalsIgnoreCase("user")) {
                    user = value;
                } else {
                    password = value;
                }
            } else {
                options.append(options.isEmpty() ? "?" : "&").append(option);
            }
        }
        if (user.isBlank()) {
            throw new UserFacingException("store.server.error.noUser", "jdbc:postgresql://" + matcher.group(1) + "/"
                    + matcher.group(2));
        }
        return new ServerAddress("jdbc:postgresql://" + matcher.group(1) + "/" + matcher.group(2) + options, user,
                password);
    }

    /** The server and database, and who signs in: never the password (nor the address's other options). */
    @Override
    public String toString() {
        return user + "@" + url.substring("jdbc:postgresql://".length()).replaceFirst("\\?.*", "");
    }
}
