package org.kesudesk.logic;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which database the app opens: the {@code --db} option if given, else the {@code KESUDESK_DB} environment
 * variable, else the default database in the user's data folder.
 */
public final class DatabaseLocation {

    public static final String ENVIRONMENT_VARIABLE = "KESUDESK_DB";

    private DatabaseLocation() {
    }

    public static Path resolve(Optional<Path> option, Map<String, String> environment, AppDirectories directories) {
        if (option.isPresent()) {
            return option.get();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return directories.defaultDatabase();
    }
}
