package org.kesudesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * Reads a query's rows straight from its JDBC result set: for the queries of many thousand rows (a plan's
 * assignments, a round's lights), where jOOQ's records cost more than the database's own work.
 */
final class ResultRows {

    /** What is taken from one row of a result set. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private ResultRows() {
    }

    /**
     * Runs a read whose rows the caller takes one by one, without H2 first copying the whole result aside (it
     * writes a result of more rows than its memory limit, some 20,000 in a 512 MB heap, to a temporary file): H2's
     * lazy query execution, for this read only. Other databases stream results anyway.
     */
    static <T> T lazily(DSLContext tx, java.util.function.Supplier<T> read) {
        if (tx.dialect().family() != org.jooq.SQLDialect.H2) {
            return read.get();
        }
        tx.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            return read.get();
        } finally {
            tx.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }

    /**
     * Runs the query as jOOQ renders it, with its bind values, and gives each row to the reader, {@link #lazily}:
     * the reader must not run queries of its own.
     */
    static void forEach(DSLContext tx, ResultQuery<?> query, RowReader reader) {
        String sql = query.getSQL();
        List<Object> binds = query.getBindValues();
        lazily(tx, () -> {
            tx.connection(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < binds.size(); i++) {
                        statement.setObject(i + 1, binds.get(i));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            reader.read(rows);
                        }
                    }
                }
            });
            return null;
        });
    }
}
