package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.CHASE_RECORD;
import static org.kesudesk.store.jooq.Tables.COUNTY_CHASE;
import static org.kesudesk.store.jooq.Tables.REGION;
import static org.kesudesk.store.jooq.Tables.REPORTING_ROUND;
import static org.kesudesk.store.jooq.Tables.UNIT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.kesudesk.model.ChaseMeans;
import org.kesudesk.model.ChaseRecord;
import org.kesudesk.store.jooq.tables.records.ChaseRecordRecord;
import org.kesudesk.store.jooq.tables.records.CountyChaseRecord;

/**
 * The office's 催办记录: each time it chased a unit for its reports in a round. A record is added or removed, never
 * changed (a wrong one is removed and noted again); each is audited. Records go with their round, follow a unit
 * merged into another and come back when the merge is undone.
 */
public final class ChaseRepository {

    private final Database database;

    public ChaseRepository(Database database) {
        this.database = database;
    }

    /** The records of a round, in the order the chases happened (then as noted). */
    public List<ChaseRecord> chases(UUID roundId) {
        return database.read(tx -> tx.selectFrom(CHASE_RECORD).where(CHASE_RECORD.ROUND_ID.eq(roundId))
                .orderBy(CHASE_RECORD.CHASED_ON, CHASE_RECORD.RECORDED_AT, CHASE_RECORD.ID)
                .fetch(ChaseRepository::toChase));
    }

    /**
     * Stores a record (a chase noted, or a removed one put back by an undo), audited under the summary.
     *
     * @throws ChangedByOthersException if its round or unit is gone since it was read, or it is stored already
     */
    public void record(ChaseRecord chase, String summary) {
        recordAll(List.of(chase), stored -> summary);
    }

    /**
     * Stores records in one transaction (the letters of a round sent), each audited under its summary: all, or none
     * if one cannot be.
     *
     * @throws ChangedByOthersException if a round or unit is gone since it was read, or a record is stored already
     */
    public void recordAll(List<ChaseRecord> chases, java.util.function.Function<ChaseRecord, String> summary) {
        recordAll(chases, summary, List.of(), summary);
    }

    /**
     * Stores chases of units and of counties' offices in one transaction (a 催办名单 that lists both), each audited
     * under its summary: all, or none if one cannot be.
     *
     * @throws ChangedByOthersException if a round, unit or county is gone since it was read, or a record is there
     */
    public void recordAll(List<ChaseRecord> unitChases, java.util.function.Function<ChaseRecord, String> unitSummary,
                          List<ChaseRecord> countyChases,
                          java.util.function.Function<ChaseRecord, String> countySummary) {
        database.inTransaction(tx -> {
            insertUnitChases(tx, unitChases, unitSummary);
            insertCountyChases(tx, countyChases, countySummary);
            return null;
        });
    }

    /** The plan of a round, its row locked for the rest of the transaction (none: the round is gone). */
    private static Optional<UUID> lockedPlanOf(DSLContext tx, UUID roundId) {
        return tx.select(REPORTING_ROUND.PLAN_ID).from(REPORTING_ROUND).where(REPORTING_ROUND.ID.eq(roundId))
                .forUpdate().fetchOptional(REPORTING_ROUND.PLAN_ID);
    }

    private static void insertUnitChases(DSLContext tx, List<ChaseRecord> chases,
                                         java.util.function.Function<ChaseRecord, String> summary) {
        // each round read (and locked) once: a list imported is a round's, a thousand rows long
        java.util.Map<UUID, Optional<UUID>> plans = new java.util.HashMap<>();
        for (ChaseRecord chase : chases) {
            UUID planId = plans.computeIfAbsent(chase.roundId(), round -> lockedPlanOf(tx, round))
                    .orElseThrow(() -> new ChangedByOthersException(summary.apply(chase)));
            if (!tx.fetchExists(UNIT, UNIT.ID.eq(chase.chasedId()))
                    || tx.fetchExists(CHASE_RECORD, CHASE_RECORD.ID.eq(chase.id()))) {
                throw new ChangedByOthersException(summary.apply(chase));
            }
            record(tx, chase).insert();
            AuditLog.record(tx, AuditLog.Change.of("progress.chase", "progress", chase.id(), summary.apply(chase))
                    .plan(planId).unit(chase.chasedId()).values(null, shortly(chase)));
        }
    }

    /**
     * Removes a record (noted by mistake, or a chase noted taken back by an undo), audited under the summary.
     *
     * @throws ChangedByOthersException if someone else removed it meanwhile
     */
    public void remove(ChaseRecord chase, String summary) {
        removeAll(List.of(chase), removed -> summary);
    }

    /**
     * Removes records in one transaction, each audited under its summary: all, or none if one is gone already.
     *
     * @throws ChangedByOthersException if someone else removed one meanwhile
     */
    public void removeAll(List<ChaseRecord> chases, java.util.function.Function<ChaseRecord, String> summary) {
        removeAll(chases, summary, List.of(), summary);
    }

    /** Removes chases of units and of counties' offices in one transaction (an undo of a list imported). */
    public void removeAll(List<ChaseRecord> unitChases, java.util.function.Function<ChaseRecord, String> unitSummary,
                          List<ChaseRecord> countyChases,
                          java.util.function.Function<ChaseRecord, String> countySummary) {
        database.inTransaction(tx -> {
            for (ChaseRecord chase : unitChases) {
                Optional<UUID> planId = lockedPlanOf(tx, chase.roundId());
                if (planId.isEmpty()
                        || tx.deleteFrom(CHASE_RECORD).where(CHASE_RECORD.ID.eq(chase.id())).execute() == 0) {
                    throw new ChangedByOthersException(unitSummary.apply(chase));
                }
                AuditLog.record(tx, AuditLog.Change.of("progress.chase", "progress", chase.id(),
                        unitSummary.apply(chase)).plan(planId.get()).unit(chase.chasedId())
                        .values(shortly(chase), null));
            }
            deleteCountyChases(tx, countyChases, countySummary);
            return null;
        });
    }

    /**
     * A city's records of its counties in a round (their {@link ChaseRecord#chasedId} the county's region), in the
     * order the chases happened (then as noted).
     */
    public List<ChaseRecord> countyChases(UUID roundId) {
        return database.read(tx -> tx.selectFrom(COUNTY_CHASE).where(COUNTY_CHASE.ROUND_ID.eq(roundId))
                .orderBy(COUNTY_CHASE.CHASED_ON, COUNTY_CHASE.RECORDED_AT, COUNTY_CHASE.ID)
                .fetch(r -> {
                    // read as a unit's record is, the county in the unit's place
                    ChaseRecordRecord asUnits = tx.newRecord(CHASE_RECORD);
                    asUnits.fromMap(r.intoMap());
                    asUnits.setUnitId(r.getCountyId());
                    return toChase(asUnits);
                }));
    }

    /**
     * Stores a city's record of a county chased (or puts a removed one back), audited under the summary.
     *
     * @throws ChangedByOthersException if its round or county is gone since it was read, or it is stored already
     */
    public void recordCounty(ChaseRecord chase, String summary) {
        recordAll(List.of(), any -> summary, List.of(chase), any -> summary);
    }

    private static void insertCountyChases(DSLContext tx, List<ChaseRecord> chases,
                                           java.util.function.Function<ChaseRecord, String> summary) {
        for (ChaseRecord chase : chases) {
            Optional<UUID> planId = lockedPlanOf(tx, chase.roundId());
            if (planId.isEmpty() || !tx.fetchExists(REGION, REGION.ID.eq(chase.chasedId()))
                    || tx.fetchExists(COUNTY_CHASE, COUNTY_CHASE.ID.eq(chase.id()))) {
                throw new ChangedByOthersException(summary.apply(chase));
            }
            // the same columns as a unit's record, the county in the unit's place
            CountyChaseRecord row = tx.newRecord(COUNTY_CHASE);
            row.fromMap(record(tx, chase).intoMap());
            row.setCountyId(chase.chasedId());
            row.insert();
            AuditLog.record(tx, AuditLog.Change.of("progress.chase", "progress", chase.id(),
                    summary.apply(chase)).plan(planId.get()).values(null, shortly(chase)));
        }
    }

    /**
     * Removes a city's record of a county chased (noted by mistake, or taken back by an undo), audited.
     *
     * @throws ChangedByOthersException if someone else removed it meanwhile
     */
    public void removeCounty(ChaseRecord chase, String summary) {
        removeAll(List.of(), any -> summary, List.of(chase), any -> summary);
    }

    private static void deleteCountyChases(DSLContext tx, List<ChaseRecord> chases,
                                           java.util.function.Function<ChaseRecord, String> summary) {
        for (ChaseRecord chase : chases) {
            Optional<UUID> planId = lockedPlanOf(tx, chase.roundId());
            if (planId.isEmpty()
                    || tx.deleteFrom(COUNTY_CHASE).where(COUNTY_CHASE.ID.eq(chase.id())).execute() == 0) {
                throw new ChangedByOthersException(summary.apply(chase));
            }
            AuditLog.record(tx, AuditLog.Change.of("progress.chase", "progress", chase.id(),
                    summary.apply(chase)).plan(planId.get()).values(shortly(chase), null));
        }
    }

    /** Whether a county has records of the city's (it is then not removed from the region list). */
    static boolean anyOfCounty(DSLContext tx, UUID regionId) {
        return tx.fetchExists(COUNTY_CHASE, COUNTY_CHASE.COUNTY_ID.eq(regionId));
    }

    /** Whether a unit has records (it is then not removed: it is merged, and they follow it). */
    static boolean anyOf(DSLContext tx, UUID unitId) {
        return tx.fetchExists(CHASE_RECORD, CHASE_RECORD.UNIT_ID.eq(unitId));
    }

    /** A merged unit's records become the unit it was merged into; returns those moved, to move them back. */
    static List<UUID> move(DSLContext tx, UUID fromUnit, UUID intoUnit) {
        List<UUID> moved = tx.select(CHASE_RECORD.ID).from(CHASE_RECORD).where(CHASE_RECORD.UNIT_ID.eq(fromUnit))
                .fetch(CHASE_RECORD.ID);
        tx.update(CHASE_RECORD).set(CHASE_RECORD.UNIT_ID, intoUnit).where(CHASE_RECORD.UNIT_ID.eq(fromUnit)).execute();
        return moved;
    }

    /** Undoes {@link #move}: the records moved (those still there) are the unit's again. */
    static void moveBack(DSLContext tx, UUID toUnit, List<UUID> moved) {
        if (!moved.isEmpty()) {
            tx.update(CHASE_RECORD).set(CHASE_RECORD.UNIT_ID, toUnit).where(CHASE_RECORD.ID.in(moved)).execute();
        }
    }

    private static ChaseRecordRecord record(DSLContext tx, ChaseRecord chase) {
        ChaseRecordRecord row = tx.newRecord(CHASE_RECORD);
        row.setId(chase.id());
        row.setRoundId(chase.roundId());
        row.setUnitId(chase.chasedId());
        row.setChasedOn(chase.chasedOn());
        row.setMeans(chase.means().name());
        row.setPerson(chase.person());
        row.setAnswer(chase.answer());
        row.setPromised(chase.promised().orElse(null));
        row.setRecordedBy(chase.recordedBy());
        row.setRecordedAt(OffsetDateTime.ofInstant(chase.recordedAt(), ZoneOffset.UTC));
        return row;
    }

    /** A record as the audit log's before/after value: the day, the means, whom, the start of the answer. */
    private static String shortly(ChaseRecord chase) {
        String answer = chase.answer().length() > 60 ? chase.answer().substring(0, 60) + "…" : chase.answer();
        return chase.chasedOn() + " " + chase.means().name() + (chase.person().isEmpty() ? "" : " " + chase.person())
                + (answer.isEmpty() ? "" : " " + answer)
                + chase.promised().map(promised -> " → " + promised).orElse("");
    }

    private static ChaseRecord toChase(ChaseRecordRecord r) {
        return new ChaseRecord(r.getId(), r.getRoundId(), r.getUnitId(), r.getChasedOn(),
                ChaseMeans.valueOf(r.getMeans()), r.getPerson(), r.getAnswer(), Optional.ofNullable(r.getPromised()),
                r.getRecordedBy(), r.getRecordedAt().toInstant());
    }
}
