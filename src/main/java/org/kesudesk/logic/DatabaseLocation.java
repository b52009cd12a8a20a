package org.kesudesk.logic;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.kesudesk.store.DatabaseTarget;
import org.kesudesk.store.ServerAddress;

/**
 * Which database the app opens: the {@code --db} option if given, else the {@code KESUDESK_DB} environment
 * variable (each a file's path or a server's {@code jdbc:postgresql://} address), else the user's connection profile
 * ({@link ConnectionProfile}: the office's server if chosen there), else the default database in the user's data
 * folder.
 */
public final class DatabaseLocation {

    public static final String ENVIRONMENT_VARIABLE = "KESUDESK_DB";

    private DatabaseLocation() {
    }

    /**
     * @throws org.kesudesk.l10n.UserFacingException if a server's address given is not one the app can use
     */
    public static DatabaseTarget resolve(Optional<String> option, Map<String, String> environment,
                                         AppDirectories directories) {
        Optional<String> given = option.or(() -> Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE))
                .filter(value -> !value.isBlank()));
        if (given.isPresent()) {
            return ServerAddress.isServer(given.get())
                    ? DatabaseTarget.server(ServerAddress.parse(given.get(), environment))
                    : DatabaseTarget.file(Path.of(given.get()));
        }
        return ConnectionProfile.load(directories.dataFolder()).target(directories.defaultDatabase());
    }
}
