package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.UNIT;
import static org.kesudesk.store.jooq.Tables.UNIT_ALIAS;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.store.jooq.tables.records.UnitRecord;

/** The unit catalogue. */
public final class UnitRepository {

    private final Database database;

    public UnitRepository(Database database) {
        this.database = database;
    }

    /** All units in precedence order. */
    public List<Unit> all() {
        return database.read(tx -> tx.selectFrom(UNIT)
                .orderBy(UNIT.PRECEDENCE, UNIT.NAME)
                .fetch(UnitRepository::toUnit));
    }

    /** All aliases, in alias order. */
    public List<UnitAlias> aliases() {
        return database.read(tx -> tx.selectFrom(UNIT_ALIAS)
                .orderBy(UNIT_ALIAS.ALIAS)
                .fetch(r -> new UnitAlias(r.getId(), r.getUnitId(), r.getAlias(), r.getRowVersion())));
    }

    private static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getKind() == null ? "" : r.getKind(), r.getPrecedence(),
                r.getRowVersion());
    }

    /** Stores those of the given units that are not stored yet (by id), in the caller's transaction. */
    static void insertMissing(DSLContext tx, Collection<Unit> units) {
        Map<UUID, Unit> byId = new LinkedHashMap<>();
        units.forEach(unit -> byId.putIfAbsent(unit.id(), unit));
        if (byId.isEmpty()) {
            return;
        }
        Set<UUID> stored = tx.select(UNIT.ID).from(UNIT).where(UNIT.ID.in(byId.keySet())).fetchSet(UNIT.ID);
        List<UnitRecord> missing = byId.values().stream()
                .filter(unit -> !stored.contains(unit.id()))
                .map(unit -> {
                    UnitRecord record = tx.newRecord(UNIT);
                    record.setId(unit.id());
                    record.setName(unit.name());
                    record.setKind(unit.kind().isEmpty() ? null : unit.kind());
                    record.setPrecedence(unit.precedence());
                    record.setRowVersion(unit.rowVersion());
                    return record;
                })
                .toList();
        if (!missing.isEmpty()) {
            tx.batchInsert(missing).execute();
        }
    }
}
