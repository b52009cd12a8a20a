package org.kesudesk.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** The Flyway migrations in {@code db/migration}: the schema that the jOOQ classes are generated from. */
final class Migrations {

    private Migrations() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }

    static void migrate(DataSource dataSource) {
        flyway(dataSource).migrate();
    }
}
