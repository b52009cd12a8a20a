package org.kesudesk.store;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Inserts many rows as JDBC batches of one prepared statement: a plan of 20,000 tasks is stored in seconds. */
final class Batches {

    private static final int CHUNK = 5_000;

    private Batches() {
    }

    static <R extends org.jooq.Record> void insert(DSLContext tx, Table<R> table, List<R> records) {
        insert(tx, table, records, table.fields());
    }

    /** Inserts the records' values of these fields only (the others take their defaults: an identity, say). */
    static <R extends org.jooq.Record> void insert(DSLContext tx, Table<R> table, List<R> records, Field<?>[] fields) {
        if (records.isEmpty()) {
            return;
        }
        // the statement as jOOQ renders it, its values bound straight to JDBC: binding through jOOQ's batch cost
        // more than H2's own work for the 120,000 rows of a plan at the limits
        String sql = tx.insertInto(table).columns(fields).values(new Object[fields.length]).getSQL();
        tx.connection(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (R record : records) {
                    for (int i = 0; i < fields.length; i++) {
                        statement.setObject(i + 1, record.get(fields[i]));
                    }
                    statement.addBatch();
                    if (++pending == CHUNK) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    /** Deletes the rows with these ids, a thousand to a statement. */
    static <R extends org.jooq.Record> void delete(DSLContext tx, Table<R> table, Field<UUID> id, List<UUID> ids) {
        for (int from = 0; from < ids.size(); from += 1_000) {
            tx.deleteFrom(table).where(id.in(ids.subList(from, Math.min(ids.size(), from + 1_000)))).execute();
        }
    }
}
