package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;
import static org.kesudesk.store.jooq.Tables.UNIT;
import static org.kesudesk.store.jooq.Tables.UNIT_ALIAS;
import static org.kesudesk.store.jooq.Tables.UNIT_LIAISON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.AssignmentList;
import org.kesudesk.model.Duty;
import org.kesudesk.model.Ids;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Role;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.model.UnitMerge;
import org.kesudesk.model.UnitRemoval;
import org.kesudesk.model.UnitRename;
import org.kesudesk.model.Plan;
import org.kesudesk.model.UnitAlias;
import org.kesudesk.model.UnitLiaison;
import org.kesudesk.store.jooq.tables.records.UnitAliasRecord;
import org.kesudesk.store.jooq.tables.records.UnitRecord;

/**
 * The unit catalogue of one region: its units, aliases and precedence. Each region has its own (富裕县's 县教育局 is
 * not 龙江县's); a unit's name and aliases are unique within its region. Edits of a unit act in the unit's region.
 */
public final class UnitRepository {

    private final Database database;
    private final Optional<UUID> regionId;

    /** The catalogue of this office's own region. */
    public UnitRepository(Database database) {
        this(database, Optional.empty());
    }

    private UnitRepository(Database database, Optional<UUID> regionId) {
        this.database = database;
        this.regionId = regionId;
    }

    /** The catalogue of the region. */
    public static UnitRepository ofRegion(Database database, UUID regionId) {
        return new UnitRepository(database, Optional.of(regionId));
    }

    /** The catalogue of the plan's region. */
    public static UnitRepository ofPlan(Database database, Plan plan) {
        return plan.regionId().map(region -> ofRegion(database, region)).orElseGet(() -> new UnitRepository(database));
    }

    /** The region whose catalogue this is. */
    public UUID regionId() {
        return database.read(this::region);
    }

    /** The region's units in precedence order. */
    public List<Unit> all() {
        return database.read(tx -> units(tx, region(tx)));
    }

    /** The region's aliases, in alias order. */
    public List<UnitAlias> aliases() {
        return database.read(tx -> aliases(tx, region(tx)));
    }

    /** The region's unit with this name, or whose alias this is. */
    public Optional<Unit> findByName(String name) {
        return database.read(tx -> byName(tx, region(tx), name));
    }

    /** The region's catalogue, to look names up in ({@link UnitMatching#lookup}). */
    public UnitMatching matching() {
        return database.read(tx -> matching(tx, region(tx)));
    }

    /** The liaisons of the region's units, by unit (a unit without one is not in the map). */
    public Map<UUID, UnitLiaison> liaisons() {
        return database.read(tx -> liaisons(tx, region(tx)));
    }

    static Map<UUID, UnitLiaison> liaisons(DSLContext tx, UUID region) {
        Map<UUID, UnitLiaison> liaisons = new HashMap<>();
        tx.select(UNIT_LIAISON.UNIT_ID, UNIT_LIAISON.PERSON, UNIT_LIAISON.PHONE).from(UNIT_LIAISON)
                .join(UNIT).on(UNIT.ID.eq(UNIT_LIAISON.UNIT_ID)).where(UNIT.REGION_ID.eq(region))
                .forEach(r -> liaisons.put(r.value1(), new UnitLiaison(r.value2(), r.value3())));
        return liaisons;
    }

    /**
     * How many places of any plan's division each unit of the region stands in (as a lead or responsible unit), by
     * unit: a unit absent from the map stands nowhere and could be removed ({@link #removeUnused}) unless it has
     * reports or 催办记录.
     */
    public Map<UUID, Integer> assignmentCounts() {
        return database.read(tx -> {
            Map<UUID, Integer> counts = new HashMap<>();
            tx.select(ASSIGNMENT.UNIT_ID, DSL.count()).from(ASSIGNMENT).join(UNIT).on(UNIT.ID.eq(ASSIGNMENT.UNIT_ID))
                    .where(UNIT.REGION_ID.eq(region(tx))).groupBy(ASSIGNMENT.UNIT_ID)
                    .forEach(r -> counts.put(r.value1(), r.value2()));
            return counts;
        });
    }

    /** The unit's liaison, {@link UnitLiaison#NONE} if it has none. */
    public UnitLiaison liaison(UUID unitId) {
        return database.read(tx -> liaison(tx, unitId));
    }

    private static UnitLiaison liaison(DSLContext tx, UUID unitId) {
        return tx.select(UNIT_LIAISON.PERSON, UNIT_LIAISON.PHONE).from(UNIT_LIAISON)
                .where(UNIT_LIAISON.UNIT_ID.eq(unitId))
                .fetchOptional(r -> new UnitLiaison(r.value1(), r.value2())).orElse(UnitLiaison.NONE);
    }

    /**
     * Sets a unit's liaison ({@link UnitLiaison#NONE} clears it) if it still has the one read: a liaison someone
     * else set meanwhile (another clerk, a unit's sheet imported) is not written over.
     *
     * @return the liaison as stored, in the form names are kept
     * @throws UserFacingException      if the person's name or the telephone is not one, saying which
     * @throws ChangedByOthersException if the unit's liaison is not the one read
     */
    public UnitLiaison setLiaison(UUID unitId, UnitLiaison asRead, UnitLiaison liaison) {
        setLiaisons(List.of(new LiaisonChange(unitId, asRead, liaison)));
        return checkedLiaison(liaison);
    }

    /**
     * Writes a unit's liaison in the transaction, recorded in the audit log, if it differs from {@code current} (a
     * unit's sheet imported says who filled it in).
     */
    static void storeLiaison(DSLContext tx, UnitRecord unit, UnitLiaison current, UnitLiaison liaison) {
        if (current.equals(liaison)) {
            return;
        }
        tx.deleteFrom(UNIT_LIAISON).where(UNIT_LIAISON.UNIT_ID.eq(unit.getId())).execute();
        if (!liaison.isNone()) {
            tx.insertInto(UNIT_LIAISON, UNIT_LIAISON.UNIT_ID, UNIT_LIAISON.PERSON, UNIT_LIAISON.PHONE)
                    .values(unit.getId(), liaison.person(), liaison.phone()).execute();
        }
        AuditLog.record(tx, AuditLog.Change.of("unit.liaison", "unit", unit.getId(), unit.getName())
                .unit(unit.getId()).values(current.isNone() ? null : current.shown(),
                        liaison.isNone() ? null : liaison.shown()));
    }

    /** A unit's liaison to change, from the one read. */
    public record LiaisonChange(UUID unitId, UnitLiaison before, UnitLiaison after) {
    }

    /**
     * Sets many units' liaisons in one transaction (a 联络员名单 imported), each only if it still has the one read:
     * otherwise none is set.
     *
     * @throws ChangedByOthersException naming the first unit whose liaison changed since it was read
     */
    public void setLiaisons(List<LiaisonChange> changes) {
        List<UnitLiaison> checked = changes.stream().map(change -> checkedLiaison(change.after())).toList();
        database.inTransaction(tx -> {
            for (int i = 0; i < changes.size(); i++) {
                UnitRecord unit = requireLocked(tx, changes.get(i).unitId());
                UnitLiaison current = liaison(tx, unit.getId());
                if (!current.equals(changes.get(i).before())) {
                    throw new ChangedByOthersException(Messages.get("store.liaisonOf", unit.getName()));
                }
                storeLiaison(tx, unit, current, checked.get(i));
            }
            return null;
        });
    }

    /** Writes the units' liaisons in the transaction (each checked again), each change in the audit log. */
    static void storeLiaisons(DSLContext tx, Map<UUID, UnitLiaison> liaisons) {
        liaisons.forEach((unitId, liaison) -> {
            UnitRecord unit = requireLocked(tx, unitId);
            storeLiaison(tx, unit, liaison(tx, unitId), checkedLiaison(liaison));
        });
    }

    /** A liaison as typed, in the form names are kept, refused with the part at fault if it is not one. */
    public static UnitLiaison checkedLiaison(UnitLiaison typed) {
        UnitLiaison cleaned = UnitLiaison.typed(typed.person(), typed.phone());
        ContentMessages.liaisonProblem(cleaned).ifPresent(problem -> {
            throw new UserFacingException("store.error.liaison", problem);
        });
        return cleaned;
    }

    /** Adds a unit at the end of the region's precedence order. */
    public Unit add(String name) {
        return addAll(List.of(name)).get(0);
    }

    /**
     * Adds units at the end of the region's precedence order, in the order given, in one transaction: all of them,
     * or — a name not a name, or one the catalogue or the list already has — none.
     */
    public List<Unit> addAll(List<String> names) {
        List<String> cleaned = names.stream().map(UnitRepository::checkedName).toList();
        return database.inTransaction(tx -> {
            UUID region = region(tx);
            int precedence = Optional.ofNullable(tx.select(DSL.max(UNIT.PRECEDENCE)).from(UNIT)
                    .where(UNIT.REGION_ID.eq(region)).fetchOne().value1()).orElse(0);
            List<Unit> added = new ArrayList<>();
            for (String name : cleaned) {
                added.add(Unit.create(name, ++precedence));
            }
            insertNew(tx, region, added);
            return List.copyOf(added);
        });
    }

    /**
     * Puts new units in the region's catalogue, each recorded in the audit log, in the caller's transaction; refused
     * if a name is one the catalogue (or a unit before it in the list) has.
     */
    static void insertNew(DSLContext tx, UUID region, List<Unit> units) {
        for (Unit unit : units) {
            requireFree(tx, region, unit.name());
            // one at a time: the next name is checked against this one too
            insert(tx, region, List.of(unit));
            AuditLog.record(tx, AuditLog.Change.of("unit.add", "unit", unit.id(), unit.name()).unit(unit.id())
                    .values(null, unit.name()));
        }
    }

    /** Puts back a unit that was removed, with its id and precedence (to redo adding it). */
    public void restore(Unit unit) {
        restoreAll(List.of(unit));
    }

    /** Puts back units that were removed, with their ids and precedence, in one transaction (to redo adding them). */
    public void restoreAll(List<Unit> units) {
        database.inTransaction(tx -> {
            UUID region = region(tx);
            for (Unit unit : units) {
                insertBack(tx, region, unit, List.of(), UnitLiaison.NONE);
            }
            return null;
        });
    }

    /**
     * Puts a unit back into the region's catalogue with its aliases and liaison, audited as added; refused if its
     * name or an alias has been given to another unit meanwhile.
     */
    private static void insertBack(DSLContext tx, UUID region, Unit unit, List<UnitAlias> aliases,
                                   UnitLiaison liaison) {
        requireFree(tx, region, unit.name());
        for (UnitAlias alias : aliases) {
            requireFree(tx, region, alias.alias());
        }
        insert(tx, region, List.of(unit));
        insertAliases(tx, region, aliases);
        if (!liaison.isNone()) {
            tx.insertInto(UNIT_LIAISON, UNIT_LIAISON.UNIT_ID, UNIT_LIAISON.PERSON, UNIT_LIAISON.PHONE)
                    .values(unit.id(), liaison.person(), liaison.phone()).execute();
        }
        AuditLog.record(tx, AuditLog.Change.of("unit.add", "unit", unit.id(), unit.name()).unit(unit.id())
                .values(null, unit.name()));
    }

    /** Removes a unit that nothing refers to (to undo adding it), as {@link #removeUnused} does. */
    public void remove(UUID unitId) {
        removeUnused(unitId);
    }

    /**
     * Removes a unit from the catalogue that nothing uses — in no plan's division, with no progress report, file or
     * 催办记录 — with its aliases and liaison (a name added by mistake, a department no plan names any more).
     *
     * @return what was removed, to put it back ({@link #putBack})
     * @throws UserFacingException naming what still uses the unit, and what to do instead
     */
    public UnitRemoval removeUnused(UUID unitId) {
        return removeAllUnused(List.of(unitId)).get(0);
    }

    /** Removes units nothing uses, as {@link #removeUnused} does, in one transaction: all of them, or none. */
    public List<UnitRemoval> removeAllUnused(List<UUID> unitIds) {
        return database.inTransaction(tx -> {
            List<UnitRemoval> removals = new ArrayList<>();
            for (UUID unitId : unitIds) {
                removals.add(removeUnused(tx, unitId));
            }
            return List.copyOf(removals);
        });
    }

    static UnitRemoval removeUnused(DSLContext tx, UUID unitId) {
        UnitRecord unit = requireLocked(tx, unitId);
        int assigned = tx.fetchCount(ASSIGNMENT, ASSIGNMENT.UNIT_ID.eq(unitId));
        if (assigned > 0) {
            throw new UserFacingException("store.error.unitAssignedToRemove", unit.getName(), assigned);
        }
        if (tx.fetchExists(org.kesudesk.store.jooq.Tables.PROGRESS_REPORT,
                org.kesudesk.store.jooq.Tables.PROGRESS_REPORT.UNIT_ID.eq(unitId))
                || tx.fetchExists(org.kesudesk.store.jooq.Tables.REPORT_EVIDENCE,
                org.kesudesk.store.jooq.Tables.REPORT_EVIDENCE.UNIT_ID.eq(unitId))) {
            throw new UserFacingException("store.error.unitReportedToRemove", unit.getName());
        }
        if (ChaseRepository.anyOf(tx, unitId)) {
            throw new UserFacingException("store.error.unitChasedToRemove", unit.getName());
        }
        List<UnitAlias> aliases = tx.selectFrom(UNIT_ALIAS).where(UNIT_ALIAS.UNIT_ID.eq(unitId))
                .fetch(UnitRepository::toAlias);
        UnitRemoval removal = new UnitRemoval(toUnit(unit), aliases, liaison(tx, unitId));
        // its aliases and liaison go with it (ON DELETE CASCADE); the log keeps what went
        unit.delete();
        AuditLog.record(tx, AuditLog.Change.of("unit.remove", "unit", unitId, unit.getName()).unit(unitId)
                .values(removedValue(removal), null));
        return removal;
    }

    /** A removed unit as the audit log keeps it: its name, and its aliases and liaison if it had any. */
    private static String removedValue(UnitRemoval removal) {
        List<String> with = new ArrayList<>();
        if (!removal.aliases().isEmpty()) {
            with.add(Messages.get("audit.value.unitAliases", removal.aliases().stream().map(UnitAlias::alias)
                    .collect(Collectors.joining("、"))));
        }
        if (!removal.liaison().isNone()) {
            with.add(Messages.get("audit.value.unitLiaison", removal.liaison().shown()));
        }
        return with.isEmpty() ? removal.unit().name()
                : removal.unit().name() + "（" + String.join("；", with) + "）";
    }

    /**
     * Puts back a unit {@link #removeUnused} removed, with its id, place in the listing order, aliases and liaison.
     *
     * @throws UserFacingException if its name, or one of its aliases, has since been given to another unit
     */
    public void putBack(UnitRemoval removal) {
        database.inTransaction(tx -> {
            putBack(tx, region(tx), removal);
            return null;
        });
    }

    /** {@link #putBack(UnitRemoval)} in a transaction of the caller's, into the region's catalogue. */
    static void putBack(DSLContext tx, UUID region, UnitRemoval removal) {
        Unit unit = removal.unit();
        insertBack(tx, region, new Unit(unit.id(), unit.name(), unit.kind(), unit.precedence(),
                unit.rowVersion() + 1), removal.aliases(), removal.liaison());
    }

    /** The region whose catalogue a plan's units are from: the plan's, or (a plan stored before regions) the office's. */
    static UUID regionOf(DSLContext tx, UUID planId) {
        UUID region = tx.select(PLAN.REGION_ID).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.REGION_ID);
        return region != null ? region : RegionRepository.own(tx)
                .orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion")).id();
    }

    /**
     * Renames a unit; every list it is in shows the new name at once, since they refer to the unit itself. The old
     * name stays as an alias, so that a document naming the unit the old way finds it; a new name that was one of
     * the unit's aliases is no longer one.
     */
    public UnitRename rename(UUID unitId, String newName) {
        return rename(unitId, Optional.empty(), newName);
    }

    /**
     * Renames a unit if it still has the name read: a unit someone else renamed meanwhile is not renamed over.
     *
     * @throws ChangedByOthersException if its name is not the one read
     */
    public UnitRename rename(Unit asRead, String newName) {
        return rename(asRead.id(), Optional.of(asRead.name()), newName);
    }

    private UnitRename rename(UUID unitId, Optional<String> nameAsRead, String newName) {
        String cleaned = checkedName(newName);
        return database.inTransaction(tx -> {
            UnitRecord unit = requireLocked(tx, unitId);
            String old = unit.getName();
            if (nameAsRead.isPresent() && !nameAsRead.get().equals(old)) {
                throw new ChangedByOthersException(nameAsRead.get());
            }
            if (old.equals(cleaned)) {
                return new UnitRename(unitId, old, old, Optional.empty(), Optional.empty());
            }
            Optional<UnitAlias> ownAlias = tx.selectFrom(UNIT_ALIAS)
                    .where(UNIT_ALIAS.UNIT_ID.eq(unitId).and(UNIT_ALIAS.ALIAS.eq(cleaned)))
                    .fetchOptional(UnitRepository::toAlias);
            ownAlias.ifPresent(alias -> tx.deleteFrom(UNIT_ALIAS).where(UNIT_ALIAS.ID.eq(alias.id())).execute());
            requireFree(tx, unit.getRegionId(), cleaned);
            unit.setName(cleaned);
            unit.setRowVersion(unit.getRowVersion() + 1);
            unit.update();
            UnitAlias kept = new UnitAlias(Ids.newId(), unitId, old, 1);
            insertAliases(tx, unit.getRegionId(), List.of(kept));
            AuditLog.record(tx, AuditLog.Change.of("unit.rename", "unit", unitId, cleaned).unit(unitId)
                    .values(old, cleaned));
            return new UnitRename(unitId, old, cleaned, Optional.of(kept), ownAlias);
        });
    }

    /** Undoes a rename: the old name again, its alias gone, and the alias the new name was before back. */
    public void undo(UnitRename rename) {
        if (rename.changesNothing()) {
            return;
        }
        database.inTransaction(tx -> {
            UnitRecord unit = requireLocked(tx, rename.unitId());
            if (!unit.getName().equals(rename.newName())) {
                // renamed again by someone else since: their name stays
                throw new ChangedByOthersException(rename.newName());
            }
            rename.aliasAdded().ifPresent(alias ->
                    tx.deleteFrom(UNIT_ALIAS).where(UNIT_ALIAS.ID.eq(alias.id())).execute());
            requireFree(tx, unit.getRegionId(), rename.oldName());
            unit.setName(rename.oldName());
            unit.setRowVersion(unit.getRowVersion() + 1);
            unit.update();
            rename.aliasRemoved().ifPresent(alias -> insertAliases(tx, unit.getRegionId(), List.of(alias)));
            AuditLog.record(tx, AuditLog.Change.of("unit.rename", "unit", unit.getId(), rename.oldName())
                    .unit(unit.getId()).values(rename.newName(), rename.oldName()));
            return null;
        });
    }

    /**
     * Sets the region's precedence order — the units in this order come first, 1, 2, 3 …, the others after them —
     * if the catalogue is still in the order read: an order someone else changed meanwhile (or a unit added or
     * merged) is not overwritten.
     *
     * @param orderAsRead the catalogue's units in the order the user saw them
     * @param summary     the audit log's summary, as the caller names the edit
     * @throws ChangedByOthersException if the catalogue is not in that order now
     */
    public void reorder(List<UUID> orderAsRead, List<UUID> unitIds, String summary) {
        database.inTransaction(tx -> {
            List<UnitRecord> all = tx.selectFrom(UNIT).where(UNIT.REGION_ID.eq(region(tx)))
                    .orderBy(UNIT.PRECEDENCE, UNIT.NAME).forUpdate().fetch();
            if (!all.stream().map(UnitRecord::getId).toList().equals(orderAsRead)) {
                throw new ChangedByOthersException(summary);
            }
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
                AuditLog.record(tx, AuditLog.Change.of("unit.reorder", "unit", null, summary).values(before, after));
            }
            return null;
        });
    }

    /**
     * Merges one unit into another of the same region: wherever the first stands, the second stands instead (once),
     * the first's name becomes an alias of the second, and the first disappears. Returns what is needed to undo it.
     *
     * @param listSummary the audit log's summary of each list the merge changes, as the caller names the edit, from
     *                    the node's place in the plan
     */
    public UnitMerge merge(UUID aliasUnitId, UUID intoUnitId, Function<String, String> listSummary) {
        if (aliasUnitId.equals(intoUnitId)) {
            throw new UserFacingException("store.error.mergeSelf");
        }
        return database.inTransaction(tx -> {
            UnitRecord removedRecord = require(tx, aliasUnitId);
            UnitRecord intoRecord = require(tx, intoUnitId);
            if (!removedRecord.getRegionId().equals(intoRecord.getRegionId())) {
                throw new UserFacingException("store.error.mergeAcrossRegions", removedRecord.getName(),
                        intoRecord.getName());
            }
            Unit removed = toUnit(removedRecord);
            Unit into = toUnit(intoRecord);
            Map<AssignmentList, List<UUID>> before = new HashMap<>(AssignmentRepository.listsWith(tx, aliasUnitId));
            // a task's unit leads it or is responsible for it, not both: where either unit leads a task, the merged
            // unit leads it and leaves its responsible units (that list kept here too, for the merge's undoing)
            Map<AssignmentList, List<UUID>> intoLists = AssignmentRepository.listsWith(tx, intoUnitId);
            Set<UUID> led = new HashSet<>();
            java.util.stream.Stream.concat(before.keySet().stream(), intoLists.keySet().stream())
                    .filter(list -> list.role() == Role.LEAD).forEach(list -> led.add(list.nodeId()));
            intoLists.forEach((list, ids) -> {
                if (list.role() == Role.RESPONSIBLE && led.contains(list.nodeId())) {
                    before.putIfAbsent(list, ids);
                }
            });
            for (Map.Entry<AssignmentList, List<UUID>> list : before.entrySet()) {
                List<UUID> after = new ArrayList<>();
                for (UUID id : list.getValue()) {
                    UUID replaced = id.equals(aliasUnitId) ? intoUnitId : id;
                    if (!after.contains(replaced)) {
                        after.add(replaced);
                    }
                }
                if (list.getKey().role() == Role.RESPONSIBLE && led.contains(list.getKey().nodeId())) {
                    after.remove(intoUnitId);
                }
                AssignmentRepository.replace(tx, list.getKey(), after, listSummary);
            }
            List<UnitAlias> removedAliases = tx.selectFrom(UNIT_ALIAS).where(UNIT_ALIAS.UNIT_ID.eq(aliasUnitId))
                    .fetch(UnitRepository::toAlias);
            tx.update(UNIT_ALIAS).set(UNIT_ALIAS.UNIT_ID, intoUnitId)
                    .set(UNIT_ALIAS.ROW_VERSION, UNIT_ALIAS.ROW_VERSION.plus(1))
                    .where(UNIT_ALIAS.UNIT_ID.eq(aliasUnitId)).execute();
            Map.Entry<List<org.kesudesk.model.ProgressReport>, List<UUID>> moved =
                    ProgressRepository.moveReports(tx, aliasUnitId, intoUnitId);
            // the removed unit's liaison becomes the other's if that has none; otherwise it goes with its unit
            UnitLiaison removedLiaison = liaison(tx, aliasUnitId);
            boolean liaisonMoved = !removedLiaison.isNone() && liaison(tx, intoUnitId).isNone();
            if (liaisonMoved) {
                tx.update(UNIT_LIAISON).set(UNIT_LIAISON.UNIT_ID, intoUnitId)
                        .set(UNIT_LIAISON.ROW_VERSION, UNIT_LIAISON.ROW_VERSION.plus(1))
                        .where(UNIT_LIAISON.UNIT_ID.eq(aliasUnitId)).execute();
            }
            List<UUID> chases = ChaseRepository.move(tx, aliasUnitId, intoUnitId);
            tx.deleteFrom(UNIT).where(UNIT.ID.eq(aliasUnitId)).execute();
            insertAliases(tx, intoRecord.getRegionId(),
                    List.of(new UnitAlias(Ids.newId(), intoUnitId, removed.name(), 1)));
            AuditLog.record(tx, AuditLog.Change.of("unit.merge", "unit", intoUnitId, into.name()).unit(intoUnitId)
                    .values(removed.name(), into.name()));
            return new UnitMerge(removed, into, removedAliases, before, moved.getKey(), moved.getValue(),
                    removedLiaison, liaisonMoved, chases);
        });
    }

    /** Undoes a merge: the unit comes back with its aliases, and every list it was in is as it was. */
    public void unmerge(UnitMerge merge, Function<String, String> listSummary) {
        database.inTransaction(tx -> {
            UUID region = require(tx, merge.into().id()).getRegionId();
            tx.deleteFrom(UNIT_ALIAS).where(UNIT_ALIAS.REGION_ID.eq(region)
                    .and(UNIT_ALIAS.ALIAS.eq(merge.removed().name()))).execute();
            requireFree(tx, region, merge.removed().name());
            Unit removed = merge.removed();
            insert(tx, region, List.of(new Unit(removed.id(), removed.name(), removed.kind(), removed.precedence(),
                    removed.rowVersion() + 1)));
            for (UnitAlias alias : merge.removedAliases()) {
                tx.update(UNIT_ALIAS).set(UNIT_ALIAS.UNIT_ID, removed.id())
                        .set(UNIT_ALIAS.ROW_VERSION, UNIT_ALIAS.ROW_VERSION.plus(1))
                        .where(UNIT_ALIAS.ID.eq(alias.id())).execute();
            }
            if (merge.liaisonMoved()) {
                tx.deleteFrom(UNIT_LIAISON).where(UNIT_LIAISON.UNIT_ID.eq(merge.into().id())
                        .and(UNIT_LIAISON.PERSON.eq(merge.removedLiaison().person()))
                        .and(UNIT_LIAISON.PHONE.eq(merge.removedLiaison().phone()))).execute();
            }
            if (!merge.removedLiaison().isNone()) {
                tx.insertInto(UNIT_LIAISON, UNIT_LIAISON.UNIT_ID, UNIT_LIAISON.PERSON, UNIT_LIAISON.PHONE)
                        .values(removed.id(), merge.removedLiaison().person(), merge.removedLiaison().phone())
                        .execute();
            }
            merge.before().forEach((list, ids) -> AssignmentRepository.replace(tx, list, ids, listSummary));
            ProgressRepository.moveReportsBack(tx, removed.id(), merge.reports(), merge.evidence());
            ChaseRepository.moveBack(tx, removed.id(), merge.chases());
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

    private UUID region(DSLContext tx) {
        return regionId.orElseGet(() -> RegionRepository.own(tx)
                .orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion")).id());
    }

    /** The region's catalogue, for matching a plan's unit names to it. */
    static UnitMatching matching(DSLContext tx, UUID region) {
        return UnitMatching.of(units(tx, region), aliases(tx, region));
    }

    static List<Unit> units(DSLContext tx, UUID region) {
        return tx.selectFrom(UNIT).where(UNIT.REGION_ID.eq(region))
                .orderBy(UNIT.PRECEDENCE, UNIT.NAME)
                .fetch(UnitRepository::toUnit);
    }

    private static List<UnitAlias> aliases(DSLContext tx, UUID region) {
        return tx.selectFrom(UNIT_ALIAS).where(UNIT_ALIAS.REGION_ID.eq(region))
                .orderBy(UNIT_ALIAS.ALIAS)
                .fetch(UnitRepository::toAlias);
    }

    /** The region's unit with this name or alias, by the model's rule ({@link UnitMatching}). */
    private static Optional<Unit> byName(DSLContext tx, UUID region, String name) {
        return matching(tx, region).find(name);
    }

    private static void requireFree(DSLContext tx, UUID region, String name) {
        if (byName(tx, region, name).isPresent()) {
            throw new UserFacingException("store.error.unitExists", name);
        }
    }

    /** The unit, its row locked until the transaction ends (a check of what was read, then the change). */
    private static UnitRecord requireLocked(DSLContext tx, UUID unitId) {
        UnitRecord unit = tx.selectFrom(UNIT).where(UNIT.ID.eq(unitId)).forUpdate().fetchOne();
        if (unit == null) {
            throw new UserFacingException("store.error.noSuchUnit", unitId);
        }
        return unit;
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

    private static UnitAlias toAlias(UnitAliasRecord r) {
        return new UnitAlias(r.getId(), r.getUnitId(), r.getAlias(), r.getRowVersion());
    }

    static void insert(DSLContext tx, UUID region, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        Batches.insert(tx, UNIT, units.stream().map(unit -> {
            UnitRecord record = tx.newRecord(UNIT);
            record.setId(unit.id());
            record.setRegionId(region);
            record.setName(unit.name());
            record.setKind(unit.kind().isEmpty() ? null : unit.kind());
            record.setPrecedence(unit.precedence());
            record.setRowVersion(unit.rowVersion());
            return record;
        }).toList());
    }

    static void insertAliases(DSLContext tx, UUID region, List<UnitAlias> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        Batches.insert(tx, UNIT_ALIAS, aliases.stream().map(alias -> {
            UnitAliasRecord record = tx.newRecord(UNIT_ALIAS);
            record.setId(alias.id());
            record.setUnitId(alias.unitId());
            record.setRegionId(region);
            record.setAlias(alias.alias());
            record.setRowVersion(alias.rowVersion());
            return record;
        }).toList());
    }
}
