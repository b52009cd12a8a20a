package org.kesudesk.store;

import java.util.List;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/** Inserts many rows as JDBC batches of one prepared statement: a plan of 20,000 tasks is stored in seconds. */
final class Batches {

    private static final int CHUNK = 5_000;

    private Batches() {
    }

    static <R extends TableRecord<R>> void insert(DSLContext tx, Table<R> table, List<R> records) {
        Field<?>[] fields = table.fields();
        for (int from = 0; from < records.size(); from += CHUNK) {
            BatchBindStep batch = tx.batch(tx.insertInto(table).columns(fields).values(new Object[fields.length]));
            for (R record : records.subList(from, Math.min(records.size(), from + CHUNK))) {
                Object[] values = new Object[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = record.get(fields[i]);
                }
                batch.bind(values);
            }
            batch.execute();
        }
    }
}
