package org.kesudesk.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** The Flyway migrations in {@code db/migration}: the schema that the jOOQ classes are generated from. */
final class Migrations {

    private Migrations() {
    }

    static Flyway flyway(DataSource dataSource) {
        return configuration(dataSource).load();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .validateMigrationNaming(true);
    }

    /** Applies the migrations up to {@code target} (a version such as "6"), or all of them. */
    static void migrate(DataSource dataSource, java.util.Optional<String> target) {
        org.flywaydb.core.api.configuration.FluentConfiguration configuration = configuration(dataSource);
        target.ifPresent(configuration::target);
        configuration.load().migrate();
    }
}
