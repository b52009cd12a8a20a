package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;
import static org.kesudesk.store.jooq.Tables.UNIT;
import static org.kesudesk.store.jooq.Tables.UNIT_ALIAS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.Duty;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Role;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMerge;
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

    /** The unit with this name, or whose alias this is. */
    public Optional<Unit> findByName(String name) {
        return database.read(tx -> byName(tx, name));
    }

    /** Adds a unit at the end of the precedence order. */
    public Unit add(String name) {
        String cleaned = checkedName(name);
        return database.inTransaction(tx -> {
            requireFree(tx, cleaned);
            int precedence = Optional.ofNullable(tx.select(DSL.max(UNIT.PRECEDENCE)).from(UNIT).fetchOne().value1())
                    .orElse(0) + 1;
            Unit unit = Unit.create(cleaned, precedence);
            insert(tx, List.of(unit));
            AuditLog.record(tx, AuditLog.Change.of("unit.add", "unit", unit.id(), cleaned).unit(unit.id())
                    .values(null, cleaned));
            return unit;
        });
    }

    /** Puts back a unit that was removed, with its id and precedence (to redo adding it). */
    public void restore(Unit unit) {
        database.inTransaction(tx -> {
            requireFree(tx, unit.name());
            insert(tx, List.of(unit));
            AuditLog.record(tx, AuditLog.Change.of("unit.add", "unit", unit.id(), unit.name()).unit(unit.id())
                    .values(null, unit.name()));
            return null;
        });
    }

    /** Removes a unit that nothing refers to (to undo adding it). */
    public void remove(UUID unitId) {
        database.inTransaction(tx -> {
            UnitRecord unit = require(tx, unitId);
            if (tx.fetchExists(ASSIGNMENT, ASSIGNMENT.UNIT_ID.eq(unitId))) {
                throw new UserFacingException("store.error.unitInUse", unit.getName());
            }
            unit.delete();
            AuditLog.record(tx, AuditLog.Change.of("unit.remove", "unit", unitId, unit.getName()).unit(unitId)
                    .values(unit.getName(), null));
            return null;
        });
    }

    /** Renames a unit; every list it is in shows the new name at once, since they refer to the unit itself. */
    public void rename(UUID unitId, String newName) {
        String cleaned = checkedName(newName);
        database.inTransaction(tx -> {
            UnitRecord unit = require(tx, unitId);
            if (unit.getName().equals(cleaned)) {
                return null;
            }
            requireFree(tx, cleaned);
            String old = unit.getName();
            unit.setName(cleaned);
            unit.setRowVersion(unit.getRowVersion() + 1);
            unit.update();
            AuditLog.record(tx, AuditLog.Change.of("unit.rename", "unit", unitId, cleaned).unit(unitId)
                    .values(old, cleaned));
            return null;
        });
    }

    /** Sets the precedence order: the units in this order come first, 1, 2, 3 …, the others after them. */
    public void reorder(List<UUID> unitIds) {
        database.inTransaction(tx -> {
            List<UnitRecord> all = tx.selectFrom(UNIT).orderBy(UNIT.PRECEDENCE, UNIT.NAME).fetch();
            String before = all.stream().map(UnitRecord::getName).collect(Collectors.joining("、"));
            List<UnitRecord> ordered = new ArrayList<>();
            for (UUID id : unitIds) {
                all.stream().filter(u -> u.getId().equals(id)).findFirst().ifPresent(ordered::add);
            }
            all.stream().filter(u -> !ordered.contains(u)).forEach(ordered::add);
            for (int i = 0; i < ordered.size(); i++) {
                UnitRecord unit = ordered.get(i);
                if (unit.getPrecedence() != i + 1) {
                    unit.setPrecedence(i + 1);
                    unit.setRowVersion(unit.getRowVersion() + 1);
                    unit.update();
                }
            }
            String after = ordered.stream().map(UnitRecord::getName).collect(Collectors.joining("、"));
            if (!before.equals(after)) {
                AuditLog.record(tx, AuditLog.Change.of("unit.reorder", "unit", null,
                        Messages.get("audit.summary.precedence")).values(before, after));
            }
            return null;
        });
    }

    /**
     * Merges one unit into another: wherever the first stands, the second stands instead (once), the first's name
     * becomes an alias of the second, and the first disappears. Returns what is needed to undo it.
     */
    public UnitMerge merge(UUID aliasUnitId, UUID intoUnitId) {
        if (aliasUnitId.equals(intoUnitId)) {
            throw new UserFacingException("store.error.mergeSelf");
        }
        return database.inTransaction(tx -> {
            Unit removed = toUnit(require(tx, aliasUnitId));
            Unit into = toUnit(require(tx, intoUnitId));
            Map<AssignmentList, List<UUID>> before = AssignmentRepository.listsWith(tx, aliasUnitId);
            for (Map.Entry<AssignmentList, List<UUID>> list : before.entrySet()) {
                List<UUID> after = new ArrayList<>();
                for (UUID id : list.getValue()) {
                    UUID replaced = id.equals(aliasUnitId) ? intoUnitId : id;
                    if (!after.contains(replaced)) {
                        after.add(replaced);
                    }
                }
                AssignmentRepository.replace(tx, list.getKey(), after);
            }
            List<UnitAlias> removedAliases = tx.selectFrom(UNIT_ALIAS).where(UNIT_ALIAS.UNIT_ID.eq(aliasUnitId))
                    .fetch(r -> new UnitAlias(r.getId(), r.getUnitId(), r.getAlias(), r.getRowVersion()));
            tx.update(UNIT_ALIAS).set(UNIT_ALIAS.UNIT_ID, intoUnitId)
                    .set(UNIT_ALIAS.ROW_VERSION, UNIT_ALIAS.ROW_VERSION.plus(1))
                    .where(UNIT_ALIAS.UNIT_ID.eq(aliasUnitId)).execute();
            tx.deleteFrom(UNIT).where(UNIT.ID.eq(aliasUnitId)).execute();
            insertAliases(tx, List.of(new UnitAlias(UUID.randomUUID(), intoUnitId, removed.name(), 1)));
            AuditLog.record(tx, AuditLog.Change.of("unit.merge", "unit", intoUnitId, into.name()).unit(intoUnitId)
                    .values(removed.name(), into.name()));
            return new UnitMerge(removed, into, removedAliases, before);
        });
    }

    /** Undoes a merge: the unit comes back with its aliases, and every list it was in is as it was. */
    public void unmerge(UnitMerge merge) {
        database.inTransaction(tx -> {
            tx.deleteFrom(UNIT_ALIAS).where(UNIT_ALIAS.ALIAS.eq(merge.removed().name())).execute();
            requireFree(tx, merge.removed().name());
            Unit removed = merge.removed();
            insert(tx, List.of(new Unit(removed.id(), removed.name(), removed.kind(), removed.precedence(),
                    removed.rowVersion() + 1)));
            for (UnitAlias alias : merge.removedAliases()) {
                tx.update(UNIT_ALIAS).set(UNIT_ALIAS.UNIT_ID, removed.id())
                        .set(UNIT_ALIAS.ROW_VERSION, UNIT_ALIAS.ROW_VERSION.plus(1))
                        .where(UNIT_ALIAS.ID.eq(alias.id())).execute();
            }
            merge.before().forEach((list, ids) -> AssignmentRepository.replace(tx, list, ids));
            AuditLog.record(tx, AuditLog.Change.of("unit.unmerge", "unit", removed.id(), removed.name())
                    .unit(removed.id()).values(merge.into().name(), removed.name()));
            return null;
        });
    }

    /** Everything a unit leads or is responsible for in a plan (its 责任清单), in document order. */
    public List<Duty> duties(UUID unitId, UUID planId) {
        return database.read(tx -> {
            List<Duty> duties = new ArrayList<>();
            tx.select(ASSIGNMENT.NODE_ID, ASSIGNMENT.ROLE, ASSIGNMENT.POSITION, PLAN_NODE.KIND)
                    .from(ASSIGNMENT).join(PLAN_NODE).on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                    .where(ASSIGNMENT.UNIT_ID.eq(unitId).and(PLAN_NODE.PLAN_ID.eq(planId)))
                    .forEach(r -> duties.add(new Duty(r.value1(), NodeKind.valueOf(r.value4()),
                            NodePaths.describe(tx, r.value1()), Role.valueOf(r.value2()), r.value3())));
            return duties;
        });
    }

    private static Optional<Unit> byName(DSLContext tx, String name) {
        Optional<Unit> direct = tx.selectFrom(UNIT).where(UNIT.NAME.eq(name)).fetchOptional()
                .map(UnitRepository::toUnit);
        if (direct.isPresent()) {
            return direct;
        }
        return tx.select(UNIT.fields()).from(UNIT).join(UNIT_ALIAS).on(UNIT_ALIAS.UNIT_ID.eq(UNIT.ID))
                .where(UNIT_ALIAS.ALIAS.eq(name)).fetchOptional(r -> toUnit(r.into(UNIT)));
    }

    private static void requireFree(DSLContext tx, String name) {
        if (byName(tx, name).isPresent()) {
            throw new UserFacingException("store.error.unitExists", name);
        }
    }

    private static UnitRecord require(DSLContext tx, UUID unitId) {
        UnitRecord unit = tx.selectFrom(UNIT).where(UNIT.ID.eq(unitId)).fetchOne();
        if (unit == null) {
            throw new UserFacingException("store.error.noSuchUnit", unitId);
        }
        return unit;
    }

    /** A name as typed, in the form names are kept ({@link TextRules#typedName}), refused if it is not a name. */
    private static String checkedName(String name) {
        String cleaned = TextRules.typedName(name);
        ContentMessages.unitNameProblem(cleaned).ifPresent(problem -> {
            throw new UserFacingException("store.error.unitName", problem);
        });
        return cleaned;
    }

    private static Unit toUnit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getKind() == null ? "" : r.getKind(), r.getPrecedence(),
                r.getRowVersion());
    }

    static void insert(DSLContext tx, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        Batches.insert(tx, UNIT, units.stream().map(unit -> {
            UnitRecord record = tx.newRecord(UNIT);
            record.setId(unit.id());
            record.setName(unit.name());
            record.setKind(unit.kind().isEmpty() ? null : unit.kind());
            record.setPrecedence(unit.precedence());
            record.setRowVersion(unit.rowVersion());
            return record;
        }).toList());
    }

    static void insertAliases(DSLContext tx, List<UnitAlias> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        Batches.insert(tx, UNIT_ALIAS, aliases.stream().map(alias -> {
            UnitAliasRecord record = tx.newRecord(UNIT_ALIAS);
            record.setId(alias.id());
            record.setUnitId(alias.unitId());
            record.setAlias(alias.alias());
            record.setRowVersion(alias.rowVersion());
            return record;
        }).toList());
    }
}
