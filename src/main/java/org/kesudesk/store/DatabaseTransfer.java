package org.kesudesk.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.store.jooq.DefaultSchema;

/**
 * Moves an office from its database file to a server ({@code db migrate-to}): every table of the app's schema —
 * regions, plans and their trees, units, assignments, indicators, rounds and reports, evidence, the audit log, keys,
 * exchange records, settings — copied in one transaction on the server, each table's rows counted and hashed on both
 * sides before it commits. A server database that holds anything but the regions a new one starts with is refused:
 * nothing is merged, nothing overwritten.
 */
public final class DatabaseTransfer {

    /** A table copied: its name, its rows, and the hash of its content (the same on both sides). */
    public record Copied(String table, int rows, String sha256) {
    }

    private DatabaseTransfer() {
    }

    /**
     * Copies the database file's content into the (new, empty) database on the server.
     *
     * @return each table with its rows and content hash, in the order copied
     * @throws UserFacingException if the target is not a server's, holds data already, or a table's copy differs
     */
    public static List<Copied> copy(Database from, Database to) {
        if (!to.isServer() || from.isServer()) {
            throw new IllegalArgumentException("from a database file to a server's");
        }
        List<Table<?>> tables = inReferenceOrder();
        return to.inTransaction(target -> {
            for (Table<?> table : tables) {
                if (!table.getName().equalsIgnoreCase("REGION") && target.fetchExists(table)) {
                    throw new UserFacingException("store.transfer.error.notEmpty", to.location(),
                            table.getName().toLowerCase(java.util.Locale.ROOT));
                }
            }
            // a new server database holds the default regions; the office's own replace them
            target.deleteFrom(org.kesudesk.store.jooq.Tables.REGION).execute();
            List<Copied> copied = new ArrayList<>();
            for (Table<?> table : tables) {
                List<? extends Record> rows = parentsFirst(table, from.read(source -> source.selectFrom(table).fetch()));
                insert(target, table, rows);
                String sourceHash = from.read(source -> hash(source, table));
                String targetHash = hash(target, table);
                int targetRows = target.fetchCount(table);
                if (targetRows != rows.size() || !sourceHash.equals(targetHash)) {
                    throw new UserFacingException("store.transfer.error.differs", table.getName()
                            .toLowerCase(java.util.Locale.ROOT), rows.size(), targetRows);
                }
                copied.add(new Copied(table.getName().toLowerCase(java.util.Locale.ROOT), rows.size(), sourceHash));
            }
            // the server hands out the next audit and import ids after the office's own
            for (Table<?> table : tables) {
                Field<?> identity = table.getIdentity() == null ? null : table.getIdentity().getField();
                if (identity != null) {
                    target.execute("SELECT setval(pg_get_serial_sequence('" + table.getName().toLowerCase(
                            java.util.Locale.ROOT) + "', '" + identity.getName().toLowerCase(java.util.Locale.ROOT)
                            + "'), COALESCE((SELECT MAX(" + identity.getName().toLowerCase(java.util.Locale.ROOT)
                            + ") FROM " + table.getName().toLowerCase(java.util.Locale.ROOT) + "), 0) + 1, false)");
                }
            }
            return copied;
        });
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> void insert(DSLContext target, Table<R> table, List<? extends Record> rows) {
        Batches.insert(target, table, (List<R>) rows);
    }

    /** The app's tables, each after those it refers to. */
    static List<Table<?>> inReferenceOrder() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(table -> !table.getName().equalsIgnoreCase("flyway_schema_history")).toList());
        Set<Table<?>> placed = new LinkedHashSet<>();
        while (placed.size() < all.size()) {
            boolean progress = false;
            for (Table<?> table : all) {
                if (placed.contains(table)) {
                    continue;
                }
                boolean ready = true;
                for (ForeignKey<?, ?> reference : table.getReferences()) {
                    Table<?> referred = reference.getKey().getTable();
                    if (!referred.equals(table) && !placed.contains(referred)) {
                        ready = false;
                    }
                }
                if (ready) {
                    placed.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("tables referring to each other: " + all);
            }
        }
        return new ArrayList<>(placed);
    }

    /**
     * A table's content as a hash: each row's values written the same way on either engine (times as instants,
     * numbers without trailing zeros, bytes in hex), the rows sorted.
     */
    private static String hash(DSLContext context, Table<?> table) {
        List<String> lines = new ArrayList<>();
        for (Record row : context.selectFrom(table).fetch()) {
            StringBuilder line = new StringBuilder();
            for (Field<?> field : table.fields()) {
                line.append(canonical(row.get(field))).append('\u001f');
            }
            lines.add(line.toString());
        }
        java.util.Collections.sort(lines);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "\u0000";
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /**
     * The rows of a table that refers to itself (a region's parent, a node's parent) with each row after the one it
     * refers to: PostgreSQL checks a reference as each row is inserted.
     */
    private static List<? extends Record> parentsFirst(Table<?> table, List<? extends Record> rows) {
        ForeignKey<?, ?> self = table.getReferences().stream().filter(key -> key.getKey().getTable().equals(table))
                .findFirst().orElse(null);
        if (self == null || self.getFields().size() != 1 || table.getPrimaryKey() == null) {
            return rows;
        }
        Field<?> parent = self.getFields().get(0);
        Field<?> id = table.getPrimaryKey().getFields().get(0);
        List<Record> ordered = new ArrayList<>();
        Set<Object> placed = new java.util.HashSet<>();
        List<Record> waiting = new ArrayList<>(rows);
        while (!waiting.isEmpty()) {
            List<Record> next = new ArrayList<>();
            for (Record row : waiting) {
                Object refersTo = row.get(parent);
                if (refersTo == null || placed.contains(refersTo)) {
                    ordered.add(row);
                    placed.add(row.get(id));
                } else {
                    next.add(row);
                }
            }
            if (next.size() == waiting.size()) {
                // rows referring to rows that are not there: copied as they are, the server refuses them
                ordered.addAll(next);
                break;
            }
            waiting = next;
        }
        return ordered;
    }
}
