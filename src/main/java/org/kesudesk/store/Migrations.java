package org.kesudesk.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** The Flyway migrations in {@code db/migration}: the schema that the jOOQ classes are generated from. */
final class Migrations {

    /**
     * The newest migration this version of the app has (the highest V of db/migration; a test keeps the two
     * together). A database whose history ends there, every migration applied, needs nothing from Flyway: opening
     * it skips loading and running Flyway, a fifth of a command's start.
     */
    static final int LATEST = 25;

    private Migrations() {
    }

    /** Whether the history (versions, each applied or not) is exactly the app's, up to {@link #LATEST}. */
    static boolean upToDate(java.util.List<java.util.Map.Entry<String, Boolean>> history) {
        int newest = 0;
        for (java.util.Map.Entry<String, Boolean> migration : history) {
            if (!migration.getValue()) {
                return false;
            }
            if (migration.getKey() != null) {
                if (!migration.getKey().matches("\\d{1,4}")) {
                    return false;
                }
                newest = Math.max(newest, Integer.parseInt(migration.getKey()));
            }
        }
        return newest == LATEST;
    }

    static Flyway flyway(DataSource dataSource) {
        return configuration(dataSource).load();
    }

    /** Flyway for an open database, with the migrations of its engine. */
    static Flyway flyway(Database database) {
        return database.isServer() ? configuration(database.dataSource(), SERVER_LOCATION).load()
                : flyway(database.dataSource());
    }

    /** Where PostgreSQL's migrations are. */
    private static final String SERVER_LOCATION = "classpath:db/postgresql";

    private static org.flywaydb.core.api.configuration.FluentConfiguration configuration(DataSource dataSource) {
        return configuration(dataSource, "classpath:db/migration");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configuration(DataSource dataSource,
                                                                                      String location) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(location)
                .cleanDisabled(true)
                .validateMigrationNaming(true);
    }

    /**
     * Brings a PostgreSQL database to the app's schema: its own scripts (db/postgresql: the schema of
     * {@link #LATEST} in one step, see its comment), run by Flyway, which refuses a database that is not empty and
     * not the app's, or that has migrations this version does not know.
     */
    static void migrateServer(DataSource dataSource) {
        // a migration this version does not know (a newer app's) is an error, not ignored as Flyway would
        configuration(dataSource, SERVER_LOCATION).ignoreMigrationPatterns(new String[0]).load().migrate();
    }

    /** Applies the migrations up to {@code target} (a version such as "6"), or all of them. */
    static void migrate(DataSource dataSource, java.util.Optional<String> target) {
        org.flywaydb.core.api.configuration.FluentConfiguration configuration = configuration(dataSource);
        target.ifPresent(configuration::target);
        configuration.load().migrate();
    }
}
