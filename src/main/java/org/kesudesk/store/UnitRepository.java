package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.UNIT;
import static org.kesudesk.store.jooq.Tables.UNIT_ALIAS;

import java.util.List;

import org.jooq.DSLContext;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.store.jooq.tables.records.UnitAliasRecord;
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

    static void insert(DSLContext tx, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        tx.batchInsert(units.stream().map(unit -> {
            UnitRecord record = tx.newRecord(UNIT);
            record.setId(unit.id());
            record.setName(unit.name());
            record.setKind(unit.kind().isEmpty() ? null : unit.kind());
            record.setPrecedence(unit.precedence());
            record.setRowVersion(unit.rowVersion());
            return record;
        }).toList()).execute();
    }

    static void insertAliases(DSLContext tx, List<UnitAlias> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        tx.batchInsert(aliases.stream().map(alias -> {
            UnitAliasRecord record = tx.newRecord(UNIT_ALIAS);
            record.setId(alias.id());
            record.setUnitId(alias.unitId());
            record.setAlias(alias.alias());
            record.setRowVersion(alias.rowVersion());
            return record;
        }).toList()).execute();
    }
}
