package org.kesudesk.store;

import java.util.stream.Collectors;

/** Everything a database holds, as H2's SQL script: two snapshots are equal only if nothing changed in between. */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    public static String of(Database database) {
        if (database.isServer()) {
            return ofServer(database);
        }
        // the database's settings (SET WRITE_DELAY …) are not what it holds, and a database opened read-only, as
        // db check and the tests' look at a database after the app opens it, does not list them
        return database.asAdministrator(tx -> tx.fetch("SCRIPT").stream().map(r -> r.get(0, String.class))
                .filter(line -> !line.startsWith("SET "))
                .collect(Collectors.joining("\n")));
    }

    /** On a server: every table's rows, each table's in the order of all its columns. */
    private static String ofServer(Database database) {
        StringBuilder all = new StringBuilder();
        try (java.sql.Connection connection = database.dataSource().getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    java.util.List<String> lines = new java.util.ArrayList<>();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            Object value = rows.getObject(c);
                            line.append(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes)
                                    : String.valueOf(value)).append('|');
                        }
                        lines.add(line.toString());
                    }
                    java.util.Collections.sort(lines);
                    all.append(table).append('\n');
                    lines.forEach(line -> all.append(line).append('\n'));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return all.toString();
    }

    /**
     * What the database holds, for comparing a database with a copy of it that was opened without being closed
     * first (a backup): H2 hands out identity values in blocks of 32 and, opening such a file, goes on after the
     * block, so where the next audit id starts is left out.
     */
    public static String contentOf(Database database) {
        return of(database).replaceAll("RESTART WITH \\d+", "RESTART WITH …");
    }
}
