package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.EVIDENCE_CONTENT;
import static org.kesudesk.store.jooq.Tables.EVIDENCE_RECEIVED;
import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.INDICATOR_VALUE;
import static org.kesudesk.store.jooq.Tables.NODE_DEADLINE;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;
import static org.kesudesk.store.jooq.Tables.PROGRESS_REPORT;
import static org.kesudesk.store.jooq.Tables.REPORTING_ROUND;
import static org.kesudesk.store.jooq.Tables.REPORT_EVIDENCE;
import static org.kesudesk.store.jooq.Tables.UNIT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.Evidence;
import org.kesudesk.model.DeadlineWording;
import org.kesudesk.model.Ids;
import org.kesudesk.model.IndicatorValue;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanPeriod;
import org.kesudesk.model.ProgressReport;
import org.kesudesk.model.ProgressSnapshot;
import org.kesudesk.model.ProgressStatus;
import org.kesudesk.model.RecordedOnNodes;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.jooq.tables.records.ProgressReportRecord;
import org.kesudesk.store.jooq.tables.records.ReportingRoundRecord;

/**
 * Following a plan: its nodes' deadlines, its reporting rounds and the progress reports of each round. Every change
 * is one transaction and is recorded in the audit log.
 */
public final class ProgressRepository {

    private final Database database;

    public ProgressRepository(Database database) {
        this.database = database;
    }

    private static final String WARNING_DAYS = "progress.warningDays";

    /** The days before a deadline from which a task not done shows yellow, as this office chose them. */
    public Optional<Integer> warningDays() {
        return database.read(tx -> AppSettings.get(tx, WARNING_DAYS).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }));
    }

    /** Keeps the office's choice of warning days (recorded in the audit log). */
    public void setWarningDays(int days, String summary) {
        database.inTransaction(tx -> {
            Optional<String> before = AppSettings.get(tx, WARNING_DAYS);
            AppSettings.put(tx, WARNING_DAYS, String.valueOf(days));
            AuditLog.record(tx, AuditLog.Change.of("progress.warningDays", "setting", null, summary)
                    .values(before.orElse(null), String.valueOf(days)));
            return null;
        });
    }

    private static final String BULLETIN_FRAME = "progress.bulletinFrame";

    /** The text frame of the office's 进展情况通报, if it chose its own. */
    public Optional<String> bulletinFrame() {
        return database.read(tx -> AppSettings.get(tx, BULLETIN_FRAME));
    }

    /** Keeps the office's frame of the 通报 (recorded in the audit log); an empty one goes back to the app's. */
    public void setBulletinFrame(String frame, String summary) {
        keep(BULLETIN_FRAME, frame, AuditLog.Change.of("progress.bulletinFrame", "setting", null, summary));
    }

    private static final String SUPERVISION_ISSUER = "progress.supervisionIssuer";

    /** The office in whose name this office's 督办通知单 and 通报 go out, if it named one. */
    public Optional<String> supervisionIssuer() {
        return database.read(tx -> AppSettings.get(tx, SUPERVISION_ISSUER));
    }

    /** Keeps that office's name (recorded in the audit log); an empty one goes back to the plan's issuer. */
    public void setSupervisionIssuer(String issuer, String summary) {
        keep(SUPERVISION_ISSUER, issuer, AuditLog.Change.of("progress.supervisionIssuer", "setting", null, summary));
    }

    /** The contact's setting: its person and telephone between a tab (neither holds one: names hold no control). */
    private static final String SUPERVISION_CONTACT = "progress.supervisionContact";

    /** Whom units are to call about this office's 督办通知单 (its 联系人 and 联系电话), {@link UnitLiaison#NONE} if none. */
    public org.kesudesk.model.UnitLiaison supervisionContact() {
        return database.read(tx -> contact(AppSettings.get(tx, SUPERVISION_CONTACT)));
    }

    private static org.kesudesk.model.UnitLiaison contact(Optional<String> kept) {
        return kept.map(value -> value.split("\t", 2)).filter(parts -> parts.length == 2)
                .map(parts -> new org.kesudesk.model.UnitLiaison(parts[0], parts[1]))
                .orElse(org.kesudesk.model.UnitLiaison.NONE);
    }

    /** Keeps that contact, checked as a unit's liaison is (recorded in the audit log); NONE takes it away. */
    public void setSupervisionContact(org.kesudesk.model.UnitLiaison contact, String summary) {
        org.kesudesk.model.UnitLiaison checked = UnitRepository.checkedLiaison(contact);
        database.inTransaction(tx -> {
            org.kesudesk.model.UnitLiaison before = contact(AppSettings.get(tx, SUPERVISION_CONTACT));
            if (before.equals(checked)) {
                return null;
            }
            if (checked.isNone()) {
                AppSettings.remove(tx, SUPERVISION_CONTACT);
            } else {
                AppSettings.put(tx, SUPERVISION_CONTACT, checked.person() + "\t" + checked.phone());
            }
            AuditLog.record(tx, AuditLog.Change.of("progress.supervisionContact", "setting", null, summary)
                    .values(before.isNone() ? null : before.shown(), checked.isNone() ? null : checked.shown()));
            return null;
        });
    }

    /** An office's setting kept, or taken away when empty, with its audit entry (the values before and after). */
    private void keep(String key, String value, AuditLog.Change change) {
        database.inTransaction(tx -> {
            Optional<String> before = AppSettings.get(tx, key);
            if (value.isEmpty()) {
                AppSettings.remove(tx, key);
            } else {
                AppSettings.put(tx, key, value);
            }
            AuditLog.record(tx, change.values(before.orElse(null), value.isEmpty() ? null : value));
            return null;
        });
    }

    /** The deadlines of a plan's nodes, by node id; a node without one is not in the map. */
    public Map<UUID, Deadline> deadlines(UUID planId) {
        return database.read(tx -> {
            Map<UUID, Deadline> deadlines = new HashMap<>();
            tx.select(NODE_DEADLINE.NODE_ID, NODE_DEADLINE.DEADLINE).from(NODE_DEADLINE)
                    .join(PLAN_NODE).on(PLAN_NODE.ID.eq(NODE_DEADLINE.NODE_ID))
                    .where(PLAN_NODE.PLAN_ID.eq(planId))
                    .forEach(r -> stored(r.value2()).ifPresent(d -> deadlines.put(r.value1(), d)));
            return deadlines;
        });
    }

    /** Sets a node's deadline, or takes it away. */
    public void setDeadline(UUID planId, PlanNode node, Optional<Deadline> deadline) {
        setDeadline(planId, node, Optional.empty(), deadline);
    }

    /**
     * Sets a node's deadline over the one the user saw: if someone else changed it meanwhile, refused, theirs kept.
     *
     * @throws ChangedByOthersException if the node's deadline is not the one shown
     */
    public void setDeadlineOver(UUID planId, PlanNode node, Optional<Deadline> shown, Optional<Deadline> deadline) {
        setDeadline(planId, node, Optional.of(shown), deadline);
    }

    private void setDeadline(UUID planId, PlanNode node, Optional<Optional<Deadline>> shown,
                             Optional<Deadline> deadline) {
        database.inTransaction(tx -> {
            // the node's row locked: a check of the deadline shown and the change stay together
            if (tx.selectFrom(PLAN_NODE).where(PLAN_NODE.ID.eq(node.id()).and(PLAN_NODE.PLAN_ID.eq(planId)))
                    .forUpdate().fetchOne() == null) {
                throw new UserFacingException("store.error.noSuchNode", node.title());
            }
            if (shown.isPresent()) {
                Optional<String> now = Optional.ofNullable(tx.select(NODE_DEADLINE.DEADLINE).from(NODE_DEADLINE)
                        .where(NODE_DEADLINE.NODE_ID.eq(node.id())).fetchOne(NODE_DEADLINE.DEADLINE));
                if (!now.equals(shown.get().map(Deadline::code))) {
                    throw new ChangedByOthersException(NodePaths.describe(tx, node.id()));
                }
            }
            setDeadlines(tx, planId, java.util.Collections.singletonMap(node.id(), deadline), "");
            return null;
        });
    }

    /** What a light needs of one task × responsible unit: the unit's status in the round, the task's deadline. */
    public record LightInput(UUID nodeId, UUID unitId, Optional<ProgressStatus> status, Optional<Deadline> deadline) {
    }

    /**
     * Every task × responsible unit of a plan with what its light needs, in one query: a dashboard of many plans
     * reads these instead of each plan whole.
     */
    public List<LightInput> lightInputs(UUID planId, UUID roundId) {
        // three plain queries joined here (H2 joins the outer joins row by row), read straight from JDBC
        record Key(UUID node, UUID unit) {
        }
        return database.read(tx -> {
            Map<Key, ProgressStatus> reported = new HashMap<>();
            ResultRows.forEach(tx, tx.select(PROGRESS_REPORT.NODE_ID, PROGRESS_REPORT.UNIT_ID, PROGRESS_REPORT.STATUS)
                    .from(PROGRESS_REPORT).where(PROGRESS_REPORT.ROUND_ID.eq(roundId)), row -> reported.put(
                    new Key(row.getObject(1, UUID.class), row.getObject(2, UUID.class)),
                    ProgressStatus.valueOf(row.getString(3))));
            Map<UUID, Deadline> deadlines = new HashMap<>();
            tx.select(NODE_DEADLINE.NODE_ID, NODE_DEADLINE.DEADLINE).from(NODE_DEADLINE)
                    .join(PLAN_NODE).on(PLAN_NODE.ID.eq(NODE_DEADLINE.NODE_ID))
                    .where(PLAN_NODE.PLAN_ID.eq(planId))
                    .forEach(r -> stored(r.value2()).ifPresent(d -> deadlines.put(r.value1(), d)));
            List<LightInput> inputs = new ArrayList<>();
            Set<Key> carrying = new HashSet<>();
            // every unit of a task carries it out, its own lead units as its responsible ones (PlanNode.carriedOutBy)
            ResultRows.forEach(tx, tx.select(ASSIGNMENT.NODE_ID, ASSIGNMENT.UNIT_ID).from(ASSIGNMENT)
                    .join(PLAN_NODE).on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                    .where(PLAN_NODE.PLAN_ID.eq(planId).and(PLAN_NODE.KIND.in("TASK", "SUBTASK"))), row -> {
                UUID node = row.getObject(1, UUID.class);
                UUID unit = row.getObject(2, UUID.class);
                if (!carrying.add(new Key(node, unit))) {
                    return;
                }
                inputs.add(new LightInput(node, unit, Optional.ofNullable(reported.get(new Key(node, unit))),
                        Optional.ofNullable(deadlines.get(node))));
            });
            return inputs;
        });
    }

    /**
     * A plan's progress to send to another office: deadlines, rounds, reports and attached files, units by name —
     * those of units that carry out their task now. A unit taken off a task keeps its reports here (put back on the
     * task, it has them again), but they are no part of the plan's progress: the other office would refuse a report
     * by a unit its task does not name.
     */
    public ProgressSnapshot snapshot(UUID planId) {
        return database.read(tx -> {
            List<ProgressSnapshot.Round> rounds = new ArrayList<>();
            for (ReportingRound round : tx.selectFrom(REPORTING_ROUND).where(REPORTING_ROUND.PLAN_ID.eq(planId))
                    .orderBy(REPORTING_ROUND.OPENED_AT, REPORTING_ROUND.ID).fetch(ProgressRepository::toRound)) {
                List<ProgressSnapshot.Report> reports = tx.select(PROGRESS_REPORT.asterisk(), UNIT.NAME)
                        .from(PROGRESS_REPORT).join(UNIT).on(UNIT.ID.eq(PROGRESS_REPORT.UNIT_ID))
                        .where(PROGRESS_REPORT.ROUND_ID.eq(round.id()))
                        .and(carriesOut(PROGRESS_REPORT.NODE_ID, PROGRESS_REPORT.UNIT_ID))
                        .orderBy(PROGRESS_REPORT.REPORTED_AT, PROGRESS_REPORT.ID)
                        .fetch(r -> new ProgressSnapshot.Report(r.get(PROGRESS_REPORT.ID), r.get(PROGRESS_REPORT.NODE_ID),
                                r.get(UNIT.NAME), ProgressStatus.valueOf(r.get(PROGRESS_REPORT.STATUS)),
                                r.get(PROGRESS_REPORT.PERCENT), r.get(PROGRESS_REPORT.PROGRESS),
                                r.get(PROGRESS_REPORT.PROBLEMS), r.get(PROGRESS_REPORT.NEXT_STEPS),
                                r.get(PROGRESS_REPORT.REPORTED_BY), r.get(PROGRESS_REPORT.REPORTED_AT).toInstant()));
                List<ProgressSnapshot.Attachment> attachments = tx.select(REPORT_EVIDENCE.ID, REPORT_EVIDENCE.NODE_ID,
                                UNIT.NAME, REPORT_EVIDENCE.NAME, REPORT_EVIDENCE.HASH, EVIDENCE_CONTENT.SIZE,
                                REPORT_EVIDENCE.ADDED_AT)
                        .from(REPORT_EVIDENCE).join(UNIT).on(UNIT.ID.eq(REPORT_EVIDENCE.UNIT_ID))
                        .join(EVIDENCE_CONTENT).on(EVIDENCE_CONTENT.HASH.eq(REPORT_EVIDENCE.HASH))
                        .where(REPORT_EVIDENCE.ROUND_ID.eq(round.id()))
                        .and(carriesOut(REPORT_EVIDENCE.NODE_ID, REPORT_EVIDENCE.UNIT_ID))
                        .orderBy(REPORT_EVIDENCE.ADDED_AT, REPORT_EVIDENCE.ID)
                        .fetch(r -> new ProgressSnapshot.Attachment(r.value1(), r.value2(), r.value3(), r.value4(),
                                r.value5(), r.value6(), r.value7().toInstant()));
                rounds.add(new ProgressSnapshot.Round(round, reports, attachments));
            }
            Map<UUID, Deadline> deadlines = new HashMap<>();
            tx.select(NODE_DEADLINE.NODE_ID, NODE_DEADLINE.DEADLINE).from(NODE_DEADLINE)
                    .join(PLAN_NODE).on(PLAN_NODE.ID.eq(NODE_DEADLINE.NODE_ID))
                    .where(PLAN_NODE.PLAN_ID.eq(planId))
                    .forEach(r -> stored(r.value2()).ifPresent(d -> deadlines.put(r.value1(), d)));
            return new ProgressSnapshot(deadlines, rounds);
        });
    }

    /** Whether the unit is named on the task (in any role: a task's lead units carry it out too). */
    private static org.jooq.Condition carriesOut(org.jooq.Field<UUID> node, org.jooq.Field<UUID> unit) {
        return org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(ASSIGNMENT)
                .where(ASSIGNMENT.NODE_ID.eq(node)).and(ASSIGNMENT.UNIT_ID.eq(unit)));
    }

    /**
     * What making a plan's progress the one another office sent changed here, in reports, and how many of the files
     * it lists were neither carried nor held here (left out of the file: over what one file carries).
     */
    record Replaced(int added, int changed, int removed, int filesNotReceived) {
    }

    /**
     * Makes a plan's progress the one another office sent (in the transaction that stores its plan): its deadlines,
     * rounds, reports and attached files replace those here, reports and files whose task or unit the plan here does
     * not have (conflicts settled the other way) left out. A file listed is stored from the content carried, or
     * kept if its content is here already; one neither carried nor here is not stored (and counted).
     * <p>
     * Only what differs is written: a county's file carries every round of its plan so far, and each file after the
     * first differs from what the city holds mostly by one round. Rewriting every report (10,000 a round in a county
     * of 2,000 tasks) would make each quarter's import slower than the last.
     */
    static Replaced replaceAll(DSLContext tx, UUID planId, UUID regionId, ProgressSnapshot snapshot,
                               org.kesudesk.model.EvidenceContents contents) {
        List<UUID> nodes = tx.select(PLAN_NODE.ID).from(PLAN_NODE).where(PLAN_NODE.PLAN_ID.eq(planId))
                .fetch(PLAN_NODE.ID);
        java.util.Set<UUID> present = new java.util.HashSet<>(nodes);
        replaceDeadlines(tx, planId, present, snapshot.deadlines());
        // the files attached here, by id, as they are listed
        Map<UUID, Evidence> storedFiles = new HashMap<>();
        tx.select(REPORT_EVIDENCE.ID, REPORT_EVIDENCE.ROUND_ID, REPORT_EVIDENCE.NODE_ID, REPORT_EVIDENCE.UNIT_ID,
                        REPORT_EVIDENCE.NAME, REPORT_EVIDENCE.HASH, REPORT_EVIDENCE.ADDED_AT).from(REPORT_EVIDENCE)
                .join(REPORTING_ROUND).on(REPORTING_ROUND.ID.eq(REPORT_EVIDENCE.ROUND_ID))
                .where(REPORTING_ROUND.PLAN_ID.eq(planId))
                .forEach(r -> storedFiles.put(r.value1(), new Evidence(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), 0, r.value7().toInstant())));
        Set<String> storedHashes = new HashSet<>();
        storedFiles.values().forEach(file -> storedHashes.add(file.hash()));
        // rounds: one gone or renamed goes with its reports (renamed, it comes back as new: no two rounds of a plan
        // share a name, not even between two statements); one otherwise changed is updated
        Map<UUID, ReportingRound> storedRounds = new HashMap<>();
        tx.selectFrom(REPORTING_ROUND).where(REPORTING_ROUND.PLAN_ID.eq(planId))
                .forEach(r -> storedRounds.put(r.getId(), toRound(r)));
        Map<UUID, ReportingRound> sent = new HashMap<>();
        for (ProgressSnapshot.Round round : snapshot.rounds()) {
            ReportingRound r = round.round();
            sent.put(r.id(), new ReportingRound(r.id(), planId, r.name(), r.periodStart(), r.periodEnd(), r.due(),
                    r.openedAt(), r.closedAt()));
        }
        int removed = 0;
        List<UUID> gone = new ArrayList<>();
        for (ReportingRound stored : storedRounds.values()) {
            ReportingRound now = sent.get(stored.id());
            if (now == null || !now.name().equals(stored.name())) {
                gone.add(stored.id());
                removed += tx.fetchCount(PROGRESS_REPORT, PROGRESS_REPORT.ROUND_ID.eq(stored.id()));
            }
        }
        if (!gone.isEmpty()) {
            tx.deleteFrom(REPORTING_ROUND).where(REPORTING_ROUND.ID.in(gone)).execute();
            gone.forEach(storedRounds::remove);
        }
        for (ReportingRound round : sent.values()) {
            ReportingRound stored = storedRounds.get(round.id());
            if (stored == null) {
                roundRecord(tx, round).insert();
            } else if (!stored.equals(round)) {
                tx.update(REPORTING_ROUND).set(roundRecord(tx, round)).where(REPORTING_ROUND.ID.eq(round.id()))
                        .execute();
            }
        }
        // the units carrying out the tasks here (lead or responsible), by task and name; the region is compared here,
        // not in the query, where H2 would pair every task with every unit of the region (50,000 lookups a county
        // of 2,000 tasks) instead of reading each task's assignments
        Map<String, UUID> responsible = new HashMap<>();
        ResultRows.forEach(tx, tx.select(ASSIGNMENT.NODE_ID, UNIT.NAME, UNIT.ID, UNIT.REGION_ID).from(ASSIGNMENT)
                .join(UNIT).on(UNIT.ID.eq(ASSIGNMENT.UNIT_ID)).join(PLAN_NODE).on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                .where(PLAN_NODE.PLAN_ID.eq(planId).and(PLAN_NODE.KIND.in("TASK", "SUBTASK"))),
                row -> {
                    if (regionId.equals(row.getObject(4, UUID.class))) {
                        responsible.put(row.getObject(1, UUID.class) + "/" + row.getString(2),
                                row.getObject(3, UUID.class));
                    }
                });
        // the reports of the rounds kept, by id
        Map<UUID, ProgressReport> storedReports = new HashMap<>();
        if (!storedRounds.isEmpty()) {
            ResultRows.forEach(tx, tx.select(PROGRESS_REPORT.ID, PROGRESS_REPORT.ROUND_ID, PROGRESS_REPORT.NODE_ID,
                            PROGRESS_REPORT.UNIT_ID, PROGRESS_REPORT.STATUS, PROGRESS_REPORT.PERCENT,
                            PROGRESS_REPORT.PROGRESS, PROGRESS_REPORT.PROBLEMS, PROGRESS_REPORT.NEXT_STEPS,
                            PROGRESS_REPORT.REPORTED_BY, PROGRESS_REPORT.REPORTED_AT).from(PROGRESS_REPORT)
                            .where(PROGRESS_REPORT.ROUND_ID.in(storedRounds.keySet())),
                    row -> {
                        UUID id = row.getObject(1, UUID.class);
                        storedReports.put(id, new ProgressReport(id, row.getObject(2, UUID.class),
                                row.getObject(3, UUID.class), row.getObject(4, UUID.class),
                                ProgressStatus.valueOf(row.getString(5)), row.getInt(6), row.getString(7),
                                row.getString(8), row.getString(9), row.getString(10),
                                row.getObject(11, OffsetDateTime.class).toInstant()));
                    });
        }
        List<ProgressReportRecord> rows = new ArrayList<>();
        List<UUID> outdated = new ArrayList<>();
        int added = 0;
        int changed = 0;
        for (ProgressSnapshot.Round round : snapshot.rounds()) {
            for (ProgressSnapshot.Report report : round.reports()) {
                UUID unit = responsible.get(report.nodeId() + "/" + report.unitName());
                if (unit == null) {
                    continue;
                }
                ProgressReport now = new ProgressReport(report.id(), round.round().id(), report.nodeId(), unit,
                        report.status(), report.percent(), report.progress(), report.problems(), report.nextSteps(),
                        report.reportedBy(), report.reportedAt());
                ProgressReport stored = storedReports.remove(now.id());
                if (now.equals(stored)) {
                    continue;
                }
                if (stored == null) {
                    added++;
                } else {
                    outdated.add(stored.id());
                    changed++;
                }
                rows.add(record(tx, now));
            }
        }
        // what the other office no longer has, and the old versions of what it changed, go before anything is
        // written: a report sent under a new id may take the place (round, task, unit) of one gone
        outdated.addAll(storedReports.keySet());
        removed += storedReports.size();
        Batches.delete(tx, PROGRESS_REPORT, PROGRESS_REPORT.ID, outdated);
        Batches.insert(tx, PROGRESS_REPORT, rows);
        int notReceived = replaceFiles(tx, snapshot, responsible, storedFiles, storedHashes, contents);
        return new Replaced(added, changed, removed, notReceived);
    }

    /**
     * The files attached in the rounds sent, as they are listed there: each one the same here kept, each one new or
     * changed stored from the content carried or held here, the rest of those here removed (and a content no file
     * names any more with them). The rounds are stored; a round gone took its files with it.
     *
     * @return the files listed that were neither carried nor held here
     */
    private static int replaceFiles(DSLContext tx, ProgressSnapshot snapshot, Map<String, UUID> responsible,
                                    Map<UUID, Evidence> storedFiles, Set<String> storedHashes,
                                    org.kesudesk.model.EvidenceContents contents) {
        List<Evidence> wanted = new ArrayList<>();
        Set<String> needed = new HashSet<>();
        for (ProgressSnapshot.Round round : snapshot.rounds()) {
            for (ProgressSnapshot.Attachment file : round.attachments()) {
                UUID unit = responsible.get(file.nodeId() + "/" + file.unitName());
                if (unit != null) {
                    wanted.add(new Evidence(file.id(), round.round().id(), file.nodeId(), unit, file.name(),
                            file.hash(), 0, file.addedAt()));
                    needed.add(file.hash());
                }
            }
        }
        needed.removeAll(storedHashes);
        Set<String> held = new HashSet<>(storedHashes);
        held.addAll(held(tx, needed));
        List<org.kesudesk.store.jooq.tables.records.ReportEvidenceRecord> inserted = new ArrayList<>();
        Set<String> toStore = new java.util.LinkedHashSet<>();
        int notReceived = 0;
        for (Evidence file : wanted) {
            Evidence stored = storedFiles.remove(file.id());
            if (file.equals(stored)) {
                continue;
            }
            if (stored != null) {
                storedFiles.put(stored.id(), stored); // removed below, the new version written after
            }
            if (!held.contains(file.hash())) {
                if (contents.get(file.hash()).isEmpty()) {
                    notReceived++;
                    continue;
                }
                toStore.add(file.hash());
                held.add(file.hash());
            }
            inserted.add(new org.kesudesk.store.jooq.tables.records.ReportEvidenceRecord(file.id(), file.roundId(),
                    file.nodeId(), file.unitId(), file.name(), file.hash(),
                    OffsetDateTime.ofInstant(file.addedAt(), ZoneOffset.UTC)));
        }
        // in batches: a county's file may bring 5,000 of them, and a statement each took seconds
        Batches.delete(tx, REPORT_EVIDENCE, REPORT_EVIDENCE.ID, new ArrayList<>(storedFiles.keySet()));
        storeContents(tx, contents, toStore);
        Batches.insert(tx, REPORT_EVIDENCE, inserted);
        Set<String> dropped = new HashSet<>();
        storedFiles.values().forEach(file -> dropped.add(file.hash()));
        for (String hash : dropped) {
            if (!tx.fetchExists(REPORT_EVIDENCE, REPORT_EVIDENCE.HASH.eq(hash))) {
                tx.deleteFrom(EVIDENCE_CONTENT).where(EVIDENCE_CONTENT.HASH.eq(hash)).execute();
            }
        }
        return notReceived;
    }

    /** Contents read from where they are carried stored together up to this many bytes at a time. */
    private static final long CONTENTS_BATCH_BYTES = 8L * 1024 * 1024;

    /**
     * Stores these carried contents, read one at a time and inserted a few megabytes at a time: 100 MB of them held
     * at once, beside a plan at the limits, took a 512 MB heap to its end.
     */
    private static void storeContents(DSLContext tx, org.kesudesk.model.EvidenceContents contents,
                                      Set<String> hashes) {
        List<org.kesudesk.store.jooq.tables.records.EvidenceContentRecord> rows = new ArrayList<>();
        long[] bytes = {0};
        contents.read(hashes, (hash, content) -> {
            rows.add(new org.kesudesk.store.jooq.tables.records.EvidenceContentRecord(hash, (long) content.length,
                    content));
            bytes[0] += content.length;
            if (bytes[0] >= CONTENTS_BATCH_BYTES) {
                Batches.insert(tx, EVIDENCE_CONTENT, rows);
                rows.clear();
                bytes[0] = 0;
            }
        });
        Batches.insert(tx, EVIDENCE_CONTENT, rows);
    }

    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += 1_000) {
            chunks.add(values.subList(from, Math.min(values.size(), from + 1_000)));
        }
        return chunks;
    }

    /** Which of these contents (by SHA-256) the database holds. */
    public Set<String> heldContents(java.util.Collection<String> hashes) {
        return database.read(tx -> held(tx, hashes));
    }

    /** Which of these contents the database holds, asked a thousand at a time. */
    private static Set<String> held(DSLContext tx, java.util.Collection<String> hashes) {
        Set<String> held = new HashSet<>();
        for (List<String> chunk : chunks(new ArrayList<>(new HashSet<>(hashes)))) {
            held.addAll(tx.select(EVIDENCE_CONTENT.HASH).from(EVIDENCE_CONTENT)
                    .where(EVIDENCE_CONTENT.HASH.in(chunk)).fetch(EVIDENCE_CONTENT.HASH));
        }
        return held;
    }

    /**
     * The contents of the files attached to a plan's reports here, by SHA-256, each once, in their order: what the
     * city's receipt to a county says it holds of the county's plan.
     */
    public List<String> contentsAttached(UUID planId) {
        return database.read(tx -> tx.selectDistinct(REPORT_EVIDENCE.HASH).from(REPORT_EVIDENCE)
                .join(REPORTING_ROUND).on(REPORTING_ROUND.ID.eq(REPORT_EVIDENCE.ROUND_ID))
                .where(REPORTING_ROUND.PLAN_ID.eq(planId))
                .orderBy(REPORT_EVIDENCE.HASH).fetch(REPORT_EVIDENCE.HASH));
    }

    /** The contents of a plan's attached files the city said it holds, by SHA-256 (its last receipt here). */
    public Set<String> receivedByCity(UUID planId) {
        return database.read(tx -> new HashSet<>(tx.select(EVIDENCE_RECEIVED.HASH).from(EVIDENCE_RECEIVED)
                .where(EVIDENCE_RECEIVED.PLAN_ID.eq(planId)).fetch(EVIDENCE_RECEIVED.HASH)));
    }

    /** Makes the city's receipt for a plan's attached files these contents (in the transaction of its file). */
    static void replaceReceivedByCity(DSLContext tx, UUID planId, Set<String> hashes) {
        tx.deleteFrom(EVIDENCE_RECEIVED).where(EVIDENCE_RECEIVED.PLAN_ID.eq(planId)).execute();
        Batches.insert(tx, EVIDENCE_RECEIVED, hashes.stream()
                .map(hash -> new org.kesudesk.store.jooq.tables.records.EvidenceReceivedRecord(planId, hash))
                .toList());
    }

    private static void replaceDeadlines(DSLContext tx, UUID planId, java.util.Set<UUID> present,
                                         Map<UUID, Deadline> sent) {
        Map<UUID, String> stored = new HashMap<>();
        tx.select(NODE_DEADLINE.NODE_ID, NODE_DEADLINE.DEADLINE).from(NODE_DEADLINE).join(PLAN_NODE)
                .on(PLAN_NODE.ID.eq(NODE_DEADLINE.NODE_ID)).where(PLAN_NODE.PLAN_ID.eq(planId))
                .forEach(r -> stored.put(r.value1(), r.value2()));
        List<org.kesudesk.store.jooq.tables.records.NodeDeadlineRecord> rows = new ArrayList<>();
        for (Map.Entry<UUID, Deadline> deadline : sent.entrySet()) {
            UUID node = deadline.getKey();
            if (!present.contains(node)) {
                continue;
            }
            String code = deadline.getValue().code();
            if (code.equals(stored.get(node))) {
                stored.remove(node);
                continue;
            }
            var row = tx.newRecord(NODE_DEADLINE);
            row.setNodeId(node);
            row.setDeadline(code);
            rows.add(row);
        }
        // left in stored: the deadlines gone, and the old ones of those changed
        if (!stored.isEmpty()) {
            tx.deleteFrom(NODE_DEADLINE).where(NODE_DEADLINE.NODE_ID.in(stored.keySet())).execute();
        }
        Batches.insert(tx, NODE_DEADLINE, rows);
    }

    private static ReportingRoundRecord roundRecord(DSLContext tx, ReportingRound r) {
        ReportingRoundRecord row = tx.newRecord(REPORTING_ROUND);
        row.setId(r.id());
        row.setPlanId(r.planId());
        row.setName(r.name());
        row.setPeriodStart(r.periodStart().orElse(null));
        row.setPeriodEnd(r.periodEnd().orElse(null));
        row.setDue(r.due());
        row.setOpenedAt(OffsetDateTime.ofInstant(r.openedAt(), ZoneOffset.UTC));
        row.setClosedAt(r.closedAt().map(at -> OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).orElse(null));
        return row;
    }

    /** Sets deadlines of a plan's nodes (in the caller's transaction), each change recorded in the audit log. */
    static void setDeadlines(DSLContext tx, UUID planId, Map<UUID, Optional<Deadline>> deadlines, String summary) {
        for (Map.Entry<UUID, Optional<Deadline>> change : deadlines.entrySet()) {
            UUID node = change.getKey();
            Optional<String> before = Optional.ofNullable(tx.select(NODE_DEADLINE.DEADLINE).from(NODE_DEADLINE)
                    .where(NODE_DEADLINE.NODE_ID.eq(node)).fetchOne(NODE_DEADLINE.DEADLINE));
            tx.deleteFrom(NODE_DEADLINE).where(NODE_DEADLINE.NODE_ID.eq(node)).execute();
            change.getValue().ifPresent(d -> tx.insertInto(NODE_DEADLINE).set(NODE_DEADLINE.NODE_ID, node)
                    .set(NODE_DEADLINE.DEADLINE, d.code()).execute());
            String title = tx.select(PLAN_NODE.TITLE).from(PLAN_NODE).where(PLAN_NODE.ID.eq(node))
                    .fetchOne(PLAN_NODE.TITLE);
            AuditLog.record(tx, AuditLog.Change.of("deadline.set", "node", node, summary.isEmpty() ? title
                            : summary + " " + title).plan(planId)
                    .node(node).values(before.orElse(null), change.getValue().map(Deadline::code).orElse(null)));
        }
    }

    /**
     * Gives the nodes of a plan just derived the deadlines of the nodes they were copied from (keyed by those), in
     * place of what their texts gave: the derived plan's deadlines are the other plan's, a text's the city set aside
     * included (called in the transaction that stores the derived plan).
     */
    static void copyDeadlines(DSLContext tx, UUID fromPlanId, UUID toPlanId, Map<UUID, UUID> copies) {
        tx.deleteFrom(NODE_DEADLINE).where(NODE_DEADLINE.NODE_ID.in(tx.select(PLAN_NODE.ID).from(PLAN_NODE)
                .where(PLAN_NODE.PLAN_ID.eq(toPlanId)))).execute();
        Map<UUID, String> copied = new HashMap<>();
        tx.select(NODE_DEADLINE.NODE_ID, NODE_DEADLINE.DEADLINE).from(NODE_DEADLINE).join(PLAN_NODE)
                .on(PLAN_NODE.ID.eq(NODE_DEADLINE.NODE_ID)).where(PLAN_NODE.PLAN_ID.eq(fromPlanId))
                .forEach(r -> {
                    UUID copy = copies.get(r.value1());
                    if (copy != null) {
                        copied.put(copy, r.value2());
                    }
                });
        Batches.insert(tx, NODE_DEADLINE, copied.entrySet().stream().map(entry -> {
            var row = tx.newRecord(NODE_DEADLINE);
            row.setNodeId(entry.getKey());
            row.setDeadline(entry.getValue());
            return row;
        }).toList());
    }

    /**
     * Gives nodes of a plan the deadlines another office sent with them (the city's, with tasks new to a county's
     * plan), in the transaction that stores them; a node that has a deadline keeps it. One audit entry says how many.
     */
    static void giveDeadlines(DSLContext tx, UUID planId, Map<UUID, Deadline> given,
                              java.util.function.IntFunction<String> summary) {
        if (given.isEmpty()) {
            return;
        }
        java.util.Set<UUID> held = new java.util.HashSet<>(tx.select(NODE_DEADLINE.NODE_ID).from(NODE_DEADLINE)
                .join(PLAN_NODE).on(PLAN_NODE.ID.eq(NODE_DEADLINE.NODE_ID)).where(PLAN_NODE.PLAN_ID.eq(planId))
                .fetch(NODE_DEADLINE.NODE_ID));
        List<org.kesudesk.store.jooq.tables.records.NodeDeadlineRecord> rows = new ArrayList<>();
        given.forEach((node, deadline) -> {
            if (!held.contains(node)) {
                var row = tx.newRecord(NODE_DEADLINE);
                row.setNodeId(node);
                row.setDeadline(deadline.code());
                rows.add(row);
            }
        });
        Batches.insert(tx, NODE_DEADLINE, rows);
        if (!rows.isEmpty()) {
            AuditLog.record(tx, AuditLog.Change.of("deadline.set", "plan", planId, summary.apply(rows.size()))
                    .plan(planId));
        }
    }

    /** Stores the deadlines a new plan's texts give (called in the transaction that stores the plan). */
    static void insertFound(DSLContext tx, PlanDocument plan) {
        insertFound(tx, plan.plan().period(), plan.sections());
    }

    /** {@link #insertFound(DSLContext, PlanDocument)} for nodes added to a plan of that period, and all under them. */
    static void insertFound(DSLContext tx, Optional<PlanPeriod> period, List<PlanNode> roots) {
        List<org.kesudesk.store.jooq.tables.records.NodeDeadlineRecord> rows = new ArrayList<>();
        roots.forEach(root -> root.forEachNode(node -> {
            if (node.kind().isItem() || node.kind().isTask()) {
                DeadlineWording.find(node.title() + "\n" + node.text(), period).ifPresent(deadline -> {
                    var row = tx.newRecord(NODE_DEADLINE);
                    row.setNodeId(node.id());
                    row.setDeadline(deadline.code());
                    rows.add(row);
                });
            }
        }));
        Batches.insert(tx, NODE_DEADLINE, rows);
    }

    /**
     * Opens a reporting round of a plan.
     *
     * @throws UserFacingException if the plan has a round of that name already, or the period ends before it starts
     */
    public ReportingRound openRound(UUID planId, String name, LocalDate due, Optional<LocalDate> periodStart,
                                    Optional<LocalDate> periodEnd) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > ReportingRound.NAME_LENGTH) {
            throw new UserFacingException("progress.error.roundNameLength", ReportingRound.NAME_LENGTH);
        }
        if (periodStart.isPresent() && periodEnd.isPresent() && periodEnd.get().isBefore(periodStart.get())) {
            throw new UserFacingException("progress.error.period", periodStart.get(), periodEnd.get());
        }
        return database.inTransaction(tx -> {
            OfficeLock.take(tx);
            if (tx.fetchExists(REPORTING_ROUND, REPORTING_ROUND.PLAN_ID.eq(planId)
                    .and(REPORTING_ROUND.NAME.eq(trimmed)))) {
                throw new UserFacingException("progress.error.roundExists", trimmed);
            }
            ReportingRound round = new ReportingRound(Ids.newId(), planId, trimmed, periodStart, periodEnd, due,
                    Database.keptPrecision(Instant.now()), Optional.empty());
            roundRecord(tx, round).insert();
            AuditLog.record(tx, AuditLog.Change.of("round.open", "round", round.id(), trimmed).plan(planId)
                    .values(null, due.toString()));
            return round;
        });
    }

    /**
     * Opens on a plan, in the transaction of the file that asks for them, the rounds its city asks its counties to
     * report in (those the plan has no round of that name for: the caller worked them out), each audited.
     */
    static void openAsked(DSLContext tx, UUID planId, List<ReportingRound.Asked> asked) {
        for (ReportingRound.Asked round : asked) {
            if (tx.fetchExists(REPORTING_ROUND, REPORTING_ROUND.PLAN_ID.eq(planId)
                    .and(REPORTING_ROUND.NAME.eq(round.name())))) {
                continue;
            }
            ReportingRound opened = new ReportingRound(Ids.newId(), planId, round.name(), round.periodStart(),
                    round.periodEnd(), round.due(), Database.keptPrecision(Instant.now()), Optional.empty());
            roundRecord(tx, opened).insert();
            AuditLog.record(tx, AuditLog.Change.of("round.open", "round", opened.id(), round.name()).plan(planId)
                    .values(null, round.due().toString()));
        }
    }

    /** A plan's rounds in the order of the time they ask about ({@link ReportingRound#IN_TIME_ORDER}). */
    public List<ReportingRound> rounds(UUID planId) {
        List<ReportingRound> rounds = new ArrayList<>(database.read(tx -> tx.selectFrom(REPORTING_ROUND)
                .where(REPORTING_ROUND.PLAN_ID.eq(planId)).fetch(ProgressRepository::toRound)));
        rounds.sort(ReportingRound.IN_TIME_ORDER);
        return rounds;
    }

    /** A plan's round of this name. */
    public Optional<ReportingRound> round(UUID planId, String name) {
        return rounds(planId).stream().filter(round -> round.name().equals(name.strip())).findFirst();
    }

    /** Closes a round: its reports stay, and it takes no more. */
    public void closeRound(ReportingRound round) {
        database.inTransaction(tx -> {
            OfficeLock.take(tx);
            int closed = tx.update(REPORTING_ROUND).set(REPORTING_ROUND.CLOSED_AT, OffsetDateTime.now())
                    .where(REPORTING_ROUND.ID.eq(round.id()).and(REPORTING_ROUND.CLOSED_AT.isNull())).execute();
            if (closed == 0) {
                throw new UserFacingException("progress.error.roundClosed", round.name());
            }
            AuditLog.record(tx, AuditLog.Change.of("round.close", "round", round.id(), round.name())
                    .plan(round.planId()));
            return null;
        });
    }

    /**
     * Gives a round another due date (报送延期, or an earlier one), audited with the date before and after; the round
     * as it is then. Reports already made stay, and whether each was made on time is judged by the new date.
     *
     * @throws UserFacingException if the round is gone (another clerk deleted its plan)
     */
    public ReportingRound changeDue(ReportingRound round, LocalDate due) {
        return database.inTransaction(tx -> {
            OfficeLock.take(tx);
            ReportingRoundRecord stored = tx.selectFrom(REPORTING_ROUND).where(REPORTING_ROUND.ID.eq(round.id()))
                    .forUpdate().fetchOne();
            if (stored == null) {
                throw new UserFacingException("progress.error.roundGone", round.name());
            }
            LocalDate before = stored.getDue();
            if (!before.equals(due)) {
                stored.setDue(due);
                stored.store();
                AuditLog.record(tx, AuditLog.Change.of("round.due", "round", round.id(), round.name())
                        .plan(round.planId()).values(before.toString(), due.toString()));
            }
            return toRound(stored);
        });
    }

    /**
     * Opens a closed round again (closed by mistake, or a unit's late report to take), audited; the round as it is
     * then.
     *
     * @throws UserFacingException if the round is open (or gone)
     */
    public ReportingRound reopenRound(ReportingRound round) {
        return database.inTransaction(tx -> {
            OfficeLock.take(tx);
            int reopened = tx.update(REPORTING_ROUND).setNull(REPORTING_ROUND.CLOSED_AT)
                    .where(REPORTING_ROUND.ID.eq(round.id()).and(REPORTING_ROUND.CLOSED_AT.isNotNull())).execute();
            if (reopened == 0) {
                throw new UserFacingException("progress.error.roundOpen", round.name());
            }
            AuditLog.record(tx, AuditLog.Change.of("round.reopen", "round", round.id(), round.name())
                    .plan(round.planId()));
            return toRound(tx.selectFrom(REPORTING_ROUND).where(REPORTING_ROUND.ID.eq(round.id())).fetchOne());
        });
    }

    /** A file to attach to a report: the name it goes by and its content (already checked, {@link Evidence}). */
    public record Attachment(String name, byte[] content) {
    }

    /**
     * Stores a report, replacing the unit's earlier report on the task in the round; the report before (if any) is
     * returned, so that the change can be undone.
     *
     * @throws UserFacingException if the round is closed (or gone)
     */
    public Optional<ProgressReport> report(ProgressReport report, String summary) {
        return report(report, summary, List.of()).before();
    }

    /** What storing a report did: the report it replaced, and the files it attached. */
    public record Reported(Optional<ProgressReport> before, List<Evidence> attached) {
    }

    /**
     * Stores a report and attaches files to the unit's report on the task, in one transaction.
     *
     * @throws UserFacingException if the round is closed (or gone), or the report would hold more files than a
     *                             report may
     */
    public Reported report(ProgressReport report, String summary, List<Attachment> attachments) {
        return report(report, summary, attachments, Optional.empty());
    }

    /**
     * Stores a report over the one the user saw (none, or that report): if someone else reported on the task for
     * the unit meanwhile, refused, so that neither report is lost unseen.
     *
     * @throws ChangedByOthersException if the unit's report on the task is not the one shown
     */
    public Reported reportOver(Optional<ProgressReport> shown, ProgressReport report, String summary,
                               List<Attachment> attachments) {
        return report(report, summary, attachments, Optional.of(shown.map(ProgressReport::id)));
    }

    private Reported report(ProgressReport report, String summary, List<Attachment> attachments,
                            Optional<Optional<UUID>> shown) {
        return database.inTransaction(tx -> {
            Optional<ProgressReport> before = store(tx, report, summary, shown);
            List<Evidence> attached = new ArrayList<>();
            for (Attachment attachment : attachments) {
                attached.add(attach(tx, report.roundId(), report.nodeId(), report.unitId(), attachment, summary));
            }
            return new Reported(before, attached);
        });
    }

    /**
     * @param shown the id of the report the user saw (empty: none), if the report is to be checked against it
     */
    private static Optional<ProgressReport> store(DSLContext tx, ProgressReport report, String summary,
                                                  Optional<Optional<UUID>> shown) {
        // the round's row locked: one report at a time in a round, so that a check and the change stay together
        ReportingRoundRecord round = tx.selectFrom(REPORTING_ROUND).where(REPORTING_ROUND.ID.eq(report.roundId()))
                .forUpdate().fetchOne();
        if (round == null || round.getClosedAt() != null) {
            throw new UserFacingException("progress.error.roundClosed", round == null ? "" : round.getName());
        }
        if (!tx.fetchExists(ASSIGNMENT, ASSIGNMENT.NODE_ID.eq(report.nodeId())
                .and(ASSIGNMENT.UNIT_ID.eq(report.unitId())))) {
            // the task deleted, or the unit taken off it, since the user read it
            throw ChangedByOthersException.notCarriedOut(summary);
        }
        Optional<ProgressReport> before = find(tx, report.roundId(), report.nodeId(), report.unitId());
        if (shown.isPresent() && !shown.get().equals(before.map(ProgressReport::id))) {
            throw new ChangedByOthersException(summary);
        }
        tx.deleteFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.ROUND_ID.eq(report.roundId())
                .and(PROGRESS_REPORT.NODE_ID.eq(report.nodeId()))
                .and(PROGRESS_REPORT.UNIT_ID.eq(report.unitId()))).execute();
        insert(tx, report);
        AuditLog.record(tx, AuditLog.Change.of("progress.report", "progress", report.id(), summary)
                .plan(round.getPlanId()).node(report.nodeId()).unit(report.unitId())
                .values(before.map(ProgressRepository::shortly).orElse(null), shortly(report)));
        return before;
    }

    private static Evidence attach(DSLContext tx, UUID roundId, UUID nodeId, UUID unitId, Attachment attachment,
                                   String summary) {
        int present = tx.fetchCount(REPORT_EVIDENCE, REPORT_EVIDENCE.ROUND_ID.eq(roundId)
                .and(REPORT_EVIDENCE.NODE_ID.eq(nodeId)).and(REPORT_EVIDENCE.UNIT_ID.eq(unitId)));
        if (present >= Evidence.MAX_PER_REPORT) {
            throw new UserFacingException("progress.evidence.error.tooMany", Evidence.MAX_PER_REPORT);
        }
        String hash = sha256(attachment.content());
        if (!tx.fetchExists(EVIDENCE_CONTENT, EVIDENCE_CONTENT.HASH.eq(hash))) {
            tx.insertInto(EVIDENCE_CONTENT).set(EVIDENCE_CONTENT.HASH, hash)
                    .set(EVIDENCE_CONTENT.SIZE, (long) attachment.content().length)
                    .set(EVIDENCE_CONTENT.CONTENT, attachment.content()).execute();
        }
        Evidence evidence = new Evidence(Ids.newId(), roundId, nodeId, unitId, attachment.name(), hash,
                attachment.content().length, Instant.now());
        tx.insertInto(REPORT_EVIDENCE).set(REPORT_EVIDENCE.ID, evidence.id())
                .set(REPORT_EVIDENCE.ROUND_ID, roundId).set(REPORT_EVIDENCE.NODE_ID, nodeId)
                .set(REPORT_EVIDENCE.UNIT_ID, unitId).set(REPORT_EVIDENCE.NAME, attachment.name())
                .set(REPORT_EVIDENCE.HASH, hash)
                .set(REPORT_EVIDENCE.ADDED_AT, OffsetDateTime.ofInstant(evidence.addedAt(), ZoneOffset.UTC)).execute();
        UUID planId = tx.select(REPORTING_ROUND.PLAN_ID).from(REPORTING_ROUND).where(REPORTING_ROUND.ID.eq(roundId))
                .fetchOne(REPORTING_ROUND.PLAN_ID);
        AuditLog.record(tx, AuditLog.Change.of("progress.evidence", "evidence", evidence.id(), summary)
                .plan(planId).node(nodeId).unit(unitId).values(null, attachment.name()));
        return evidence;
    }

    /** Takes attached files off a report (an undo); a content no report names any more goes too. */
    public void removeEvidence(List<Evidence> evidence, String summary) {
        database.inTransaction(tx -> {
            for (Evidence one : evidence) {
                if (tx.deleteFrom(REPORT_EVIDENCE).where(REPORT_EVIDENCE.ID.eq(one.id())).execute() == 0) {
                    continue;
                }
                if (!tx.fetchExists(REPORT_EVIDENCE, REPORT_EVIDENCE.HASH.eq(one.hash()))) {
                    tx.deleteFrom(EVIDENCE_CONTENT).where(EVIDENCE_CONTENT.HASH.eq(one.hash())).execute();
                }
                UUID planId = tx.select(REPORTING_ROUND.PLAN_ID).from(REPORTING_ROUND)
                        .where(REPORTING_ROUND.ID.eq(one.roundId())).fetchOne(REPORTING_ROUND.PLAN_ID);
                AuditLog.record(tx, AuditLog.Change.of("progress.evidence", "evidence", one.id(), summary)
                        .plan(planId).node(one.nodeId()).unit(one.unitId()).values(one.name(), null));
            }
            return null;
        });
    }

    /** How many files are attached in a round. */
    public int evidenceCount(UUID roundId) {
        return database.read(tx -> tx.fetchCount(REPORT_EVIDENCE, REPORT_EVIDENCE.ROUND_ID.eq(roundId)));
    }

    /** The files attached in a round, without their content, in the order they were added. */
    public List<Evidence> evidence(UUID roundId) {
        return database.read(tx -> tx.select(REPORT_EVIDENCE.ID, REPORT_EVIDENCE.ROUND_ID, REPORT_EVIDENCE.NODE_ID,
                        REPORT_EVIDENCE.UNIT_ID, REPORT_EVIDENCE.NAME, REPORT_EVIDENCE.HASH, EVIDENCE_CONTENT.SIZE,
                        REPORT_EVIDENCE.ADDED_AT)
                .from(REPORT_EVIDENCE).join(EVIDENCE_CONTENT).on(EVIDENCE_CONTENT.HASH.eq(REPORT_EVIDENCE.HASH))
                .where(REPORT_EVIDENCE.ROUND_ID.eq(roundId))
                .orderBy(REPORT_EVIDENCE.ADDED_AT, REPORT_EVIDENCE.ID)
                .fetch(r -> new Evidence(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8().toInstant())));
    }

    /**
     * An attached file's content, if it is what was stored: no larger than a file may be and of the SHA-256 it is
     * kept by (a database restored from a backup may hold anything).
     *
     * @return empty if the content is larger than {@link Evidence#MAX_BYTES} or not of its hash
     * @throws UserFacingException if no content is kept by that hash
     */
    public Optional<byte[]> evidenceContent(String hash) {
        return database.read(tx -> {
            // the content's own length (both engines' OCTET_LENGTH of a binary), not the size column beside it
            Long size = tx.select(org.jooq.impl.DSL.field("OCTET_LENGTH({0})", Long.class, EVIDENCE_CONTENT.CONTENT))
                    .from(EVIDENCE_CONTENT)
                    .where(EVIDENCE_CONTENT.HASH.eq(hash)).fetchOptional(0, Long.class)
                    .orElseThrow(() -> new UserFacingException("progress.evidence.error.gone"));
            if (size == null || size > Evidence.MAX_BYTES) {
                return Optional.empty();
            }
            byte[] content = tx.select(EVIDENCE_CONTENT.CONTENT).from(EVIDENCE_CONTENT)
                    .where(EVIDENCE_CONTENT.HASH.eq(hash)).fetchOne(EVIDENCE_CONTENT.CONTENT);
            return content != null && sha256(content).equals(hash) ? Optional.of(content) : Optional.empty();
        });
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Stores many reports in one transaction (a batch of filled-in sheets): each replaces its unit's earlier report
     * on its task in its round, each is recorded in the audit log with the summary given for it.
     *
     * @throws UserFacingException if a report's round is closed (or gone), or its task is gone or no longer its unit's:
     *                             then nothing is stored
     */
    public void reportAll(List<ProgressReport> reports, java.util.function.Function<ProgressReport, String> summary) {
        reportAll(reports, summary, Map.of());
    }

    /**
     * {@link #reportAll(List, java.util.function.Function)}, and in the same transaction the liaisons of units that
     * the sheets name (who filled each in), each recorded in the audit log.
     */
    public void reportAll(List<ProgressReport> reports, java.util.function.Function<ProgressReport, String> summary,
                          Map<UUID, org.kesudesk.model.UnitLiaison> liaisons) {
        database.inTransaction(tx -> {
            // one batch of sheets at a time on a shared database
            OfficeLock.take(tx);
            Map<UUID, ReportingRoundRecord> rounds = new HashMap<>();
            for (ProgressReport report : reports) {
                ReportingRoundRecord round = rounds.computeIfAbsent(report.roundId(), id -> tx
                        .selectFrom(REPORTING_ROUND).where(REPORTING_ROUND.ID.eq(id)).fetchOne());
                if (round == null || round.getClosedAt() != null) {
                    throw new UserFacingException("progress.error.roundClosed", round == null ? "" : round.getName());
                }
            }
            // each report's task still there and still its unit's: the plan may have changed since the sheets were
            // checked (a colleague's edit, a revision applied), and a report is stored only for a unit on its task
            Set<String> carriedOut = new HashSet<>();
            tx.select(ASSIGNMENT.NODE_ID, ASSIGNMENT.UNIT_ID).from(ASSIGNMENT).join(PLAN_NODE)
                    .on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                    .where(PLAN_NODE.PLAN_ID.in(rounds.values().stream().map(ReportingRoundRecord::getPlanId)
                            .distinct().toList()))
                    .forEach(row -> carriedOut.add(row.value1() + "/" + row.value2()));
            for (ProgressReport report : reports) {
                if (!carriedOut.contains(report.nodeId() + "/" + report.unitId())) {
                    throw new UserFacingException("progress.error.notCarriedOutAnyMore", summary.apply(report));
                }
            }
            // the reports there are in those rounds, read at once: a batch of sheets replaces thousands of them
            Map<String, ProgressReport> existing = new HashMap<>();
            tx.selectFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.ROUND_ID.in(rounds.keySet()))
                    .fetch(ProgressRepository::toReport)
                    .forEach(report -> existing.put(key(report), report));
            List<UUID> replaced = new ArrayList<>();
            List<ProgressReportRecord> rows = new ArrayList<>();
            List<AuditLog.Change> changes = new ArrayList<>();
            for (ProgressReport report : reports) {
                Optional<ProgressReport> before = Optional.ofNullable(existing.remove(key(report)));
                before.ifPresent(old -> replaced.add(old.id()));
                rows.add(record(tx, report));
                changes.add(AuditLog.Change.of("progress.ledger", "progress", report.id(),
                                summary.apply(report)).plan(rounds.get(report.roundId()).getPlanId())
                        .node(report.nodeId()).unit(report.unitId())
                        .values(before.map(ProgressRepository::shortly).orElse(null), shortly(report)));
            }
            AuditLog.recordAll(tx, changes);
            Batches.delete(tx, PROGRESS_REPORT, PROGRESS_REPORT.ID, replaced);
            Batches.insert(tx, PROGRESS_REPORT, rows);
            UnitRepository.storeLiaisons(tx, liaisons);
            return null;
        });
    }

    private static String key(ProgressReport report) {
        return report.roundId() + "/" + report.nodeId() + "/" + report.unitId();
    }

    /** Takes a unit's report on a task in a round back to what it was (an undo): the earlier one, or none. */
    public void restoreReport(ProgressReport current, Optional<ProgressReport> before, String summary) {
        database.inTransaction(tx -> {
            UUID planId = tx.select(REPORTING_ROUND.PLAN_ID).from(REPORTING_ROUND)
                    .where(REPORTING_ROUND.ID.eq(current.roundId())).forUpdate().fetchOne(REPORTING_ROUND.PLAN_ID);
            if (!find(tx, current.roundId(), current.nodeId(), current.unitId()).map(ProgressReport::id)
                    .equals(Optional.of(current.id()))) {
                // reported again by someone else since: their report stays
                throw new ChangedByOthersException(summary);
            }
            tx.deleteFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.ROUND_ID.eq(current.roundId())
                    .and(PROGRESS_REPORT.NODE_ID.eq(current.nodeId()))
                    .and(PROGRESS_REPORT.UNIT_ID.eq(current.unitId()))).execute();
            before.ifPresent(report -> insert(tx, report));
            AuditLog.record(tx, AuditLog.Change.of("progress.report", "progress", current.id(), summary)
                    .plan(planId).node(current.nodeId()).unit(current.unitId())
                    .values(shortly(current), before.map(ProgressRepository::shortly).orElse(null)));
            return null;
        });
    }

    /** The reports of a round. */
    public List<ProgressReport> reports(UUID roundId) {
        return database.read(tx -> tx.selectFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.ROUND_ID.eq(roundId))
                .orderBy(PROGRESS_REPORT.REPORTED_AT, PROGRESS_REPORT.ID)
                .fetch(ProgressRepository::toReport));
    }

    /**
     * A merged unit's reports become the unit it was merged into, except where that unit reported on the same task
     * in the same round (its own report stands).
     */
    static Map.Entry<List<ProgressReport>, List<UUID>> moveReports(DSLContext tx, UUID fromUnit, UUID intoUnit) {
        List<ProgressReport> reports = tx.selectFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.UNIT_ID.eq(fromUnit))
                .orderBy(PROGRESS_REPORT.ID).fetch(ProgressRepository::toReport);
        List<UUID> evidence = tx.select(REPORT_EVIDENCE.ID).from(REPORT_EVIDENCE)
                .where(REPORT_EVIDENCE.UNIT_ID.eq(fromUnit)).fetch(REPORT_EVIDENCE.ID);
        tx.deleteFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.UNIT_ID.eq(fromUnit)
                .and(org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(PROGRESS_REPORT.as("own"))
                        .where(PROGRESS_REPORT.as("own").UNIT_ID.eq(intoUnit)
                                .and(PROGRESS_REPORT.as("own").ROUND_ID.eq(PROGRESS_REPORT.ROUND_ID))
                                .and(PROGRESS_REPORT.as("own").NODE_ID.eq(PROGRESS_REPORT.NODE_ID)))))).execute();
        tx.update(PROGRESS_REPORT).set(PROGRESS_REPORT.UNIT_ID, intoUnit).where(PROGRESS_REPORT.UNIT_ID.eq(fromUnit))
                .execute();
        // the files stay with the reports of the unit the merge keeps
        tx.update(REPORT_EVIDENCE).set(REPORT_EVIDENCE.UNIT_ID, intoUnit).where(REPORT_EVIDENCE.UNIT_ID.eq(fromUnit))
                .execute();
        return Map.entry(reports, evidence);
    }

    /** Undoes {@link #moveReports}: the unit back (already), its reports as they were and its files its own again. */
    static void moveReportsBack(DSLContext tx, UUID toUnit, List<ProgressReport> reports, List<UUID> evidence) {
        if (!reports.isEmpty()) {
            tx.deleteFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.ID.in(reports.stream().map(ProgressReport::id)
                    .toList())).execute();
            Set<UUID> rounds = new HashSet<>(tx.select(REPORTING_ROUND.ID).from(REPORTING_ROUND)
                    .where(REPORTING_ROUND.ID.in(reports.stream().map(ProgressReport::roundId).toList()))
                    .fetch(REPORTING_ROUND.ID));
            Set<UUID> nodes = new HashSet<>(tx.select(PLAN_NODE.ID).from(PLAN_NODE)
                    .where(PLAN_NODE.ID.in(reports.stream().map(ProgressReport::nodeId).toList()))
                    .fetch(PLAN_NODE.ID));
            // a report whose round or task went meanwhile cannot come back
            reports.stream().filter(report -> rounds.contains(report.roundId()) && nodes.contains(report.nodeId()))
                    .forEach(report -> insert(tx, report));
        }
        if (!evidence.isEmpty()) {
            tx.update(REPORT_EVIDENCE).set(REPORT_EVIDENCE.UNIT_ID, toUnit).where(REPORT_EVIDENCE.ID.in(evidence))
                    .execute();
        }
    }

    private static Optional<ProgressReport> find(DSLContext tx, UUID roundId, UUID nodeId, UUID unitId) {
        return tx.selectFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.ROUND_ID.eq(roundId)
                        .and(PROGRESS_REPORT.NODE_ID.eq(nodeId)).and(PROGRESS_REPORT.UNIT_ID.eq(unitId)))
                .fetchOptional(ProgressRepository::toReport);
    }

    private static void insert(DSLContext tx, ProgressReport report) {
        record(tx, report).insert();
    }

    private static ProgressReportRecord record(DSLContext tx, ProgressReport report) {
        ProgressReportRecord row = tx.newRecord(PROGRESS_REPORT);
        row.setId(report.id());
        row.setRoundId(report.roundId());
        row.setNodeId(report.nodeId());
        row.setUnitId(report.unitId());
        row.setStatus(report.status().name());
        row.setPercent(report.percent());
        row.setProgress(report.progress());
        row.setProblems(report.problems());
        row.setNextSteps(report.nextSteps());
        row.setReportedBy(report.reportedBy());
        row.setReportedAt(OffsetDateTime.ofInstant(report.reportedAt(), ZoneOffset.UTC));
        return row;
    }

    /** A report as the audit log's before/after value: status code, percent and the start of its text. */
    private static String shortly(ProgressReport report) {
        String text = report.progress().length() > 60 ? report.progress().substring(0, 60) + "…" : report.progress();
        return report.status().name() + " " + report.percent() + "%" + (text.isEmpty() ? "" : " " + text);
    }

    private static Optional<Deadline> stored(String code) {
        try {
            return Deadline.parse(code);
        } catch (IllegalArgumentException e) {
            // the column holds only what Deadline writes; anything else (a file edited outside) means no deadline
            return Optional.empty();
        }
    }

    private static ReportingRound toRound(ReportingRoundRecord r) {
        return new ReportingRound(r.getId(), r.getPlanId(), r.getName(), Optional.ofNullable(r.getPeriodStart()),
                Optional.ofNullable(r.getPeriodEnd()), r.getDue(), r.getOpenedAt().toInstant(),
                Optional.ofNullable(r.getClosedAt()).map(OffsetDateTime::toInstant));
    }

    /**
     * Deletes the kept content of files no report names any more — those of deleted tasks, kept while the deletion
     * could be undone — and says how many went. For when no undo can want them back: the window closing on a
     * database file (on a server, another clerk's window may still undo a deletion).
     */
    public int dropUnreferencedEvidence() {
        return database.inTransaction(tx -> tx.deleteFrom(EVIDENCE_CONTENT).where(org.jooq.impl.DSL.notExists(
                org.jooq.impl.DSL.selectOne().from(REPORT_EVIDENCE)
                        .where(REPORT_EVIDENCE.HASH.eq(EVIDENCE_CONTENT.HASH)))).execute());
    }

    /** How many progress reports, in any round, are on these nodes (a task and its sub-tasks, before it goes). */
    public int reportCount(Set<UUID> nodeIds) {
        return database.read(tx -> tx.fetchCount(PROGRESS_REPORT, PROGRESS_REPORT.NODE_ID.in(nodeIds)));
    }

    /**
     * What is recorded on these nodes and indicators (a task about to be deleted, with everything under it): read in
     * the deleting transaction, to be put back by {@link #restoreRecorded} if the deletion is undone.
     */
    static RecordedOnNodes recordedOn(DSLContext tx, Set<UUID> nodeIds, Set<UUID> indicatorIds) {
        Map<UUID, Deadline> deadlines = new HashMap<>();
        tx.selectFrom(NODE_DEADLINE).where(NODE_DEADLINE.NODE_ID.in(nodeIds))
                .forEach(r -> stored(r.getDeadline()).ifPresent(d -> deadlines.put(r.getNodeId(), d)));
        List<ProgressReport> reports = tx.selectFrom(PROGRESS_REPORT).where(PROGRESS_REPORT.NODE_ID.in(nodeIds))
                .orderBy(PROGRESS_REPORT.ID).fetch(ProgressRepository::toReport);
        List<Evidence> evidence = tx.select(REPORT_EVIDENCE.ID, REPORT_EVIDENCE.ROUND_ID, REPORT_EVIDENCE.NODE_ID,
                        REPORT_EVIDENCE.UNIT_ID, REPORT_EVIDENCE.NAME, REPORT_EVIDENCE.HASH, EVIDENCE_CONTENT.SIZE,
                        REPORT_EVIDENCE.ADDED_AT)
                .from(REPORT_EVIDENCE).join(EVIDENCE_CONTENT).on(EVIDENCE_CONTENT.HASH.eq(REPORT_EVIDENCE.HASH))
                .where(REPORT_EVIDENCE.NODE_ID.in(nodeIds)).orderBy(REPORT_EVIDENCE.ADDED_AT, REPORT_EVIDENCE.ID)
                .fetch(r -> new Evidence(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8().toInstant()));
        List<IndicatorValue> values = tx.selectFrom(INDICATOR_VALUE)
                .where(INDICATOR_VALUE.INDICATOR_ID.in(indicatorIds))
                .orderBy(INDICATOR_VALUE.INDICATOR_ID, INDICATOR_VALUE.VALUE_YEAR)
                .fetch(r -> new IndicatorValue(r.getIndicatorId(), r.getValueYear(), r.getAmount(), r.getSource(),
                        r.getRecordedBy(), r.getRecordedAt().toInstant()));
        return new RecordedOnNodes(deadlines, reports, evidence, values);
    }

    /**
     * Puts back what was recorded on nodes just put back (a deletion undone), in the same transaction: what refers
     * to a round or a unit removed since, or to a file's content no longer kept, cannot come back and is left out.
     */
    static void restoreRecorded(DSLContext tx, RecordedOnNodes recorded) {
        recorded.deadlines().forEach((node, deadline) -> tx.insertInto(NODE_DEADLINE)
                .set(NODE_DEADLINE.NODE_ID, node).set(NODE_DEADLINE.DEADLINE, deadline.code()).execute());
        Set<UUID> rounds = new HashSet<>(tx.select(REPORTING_ROUND.ID).from(REPORTING_ROUND)
                .where(REPORTING_ROUND.ID.in(recorded.reports().stream().map(ProgressReport::roundId).toList()))
                .fetch(REPORTING_ROUND.ID));
        rounds.addAll(tx.select(REPORTING_ROUND.ID).from(REPORTING_ROUND)
                .where(REPORTING_ROUND.ID.in(recorded.evidence().stream().map(Evidence::roundId).toList()))
                .fetch(REPORTING_ROUND.ID));
        Set<UUID> units = new HashSet<>(tx.select(UNIT.ID).from(UNIT).where(UNIT.ID.in(
                java.util.stream.Stream.concat(recorded.reports().stream().map(ProgressReport::unitId),
                        recorded.evidence().stream().map(Evidence::unitId)).toList())).fetch(UNIT.ID));
        for (ProgressReport report : recorded.reports()) {
            if (rounds.contains(report.roundId()) && units.contains(report.unitId())) {
                insert(tx, report);
            }
        }
        for (Evidence file : recorded.evidence()) {
            if (rounds.contains(file.roundId()) && units.contains(file.unitId())
                    && tx.fetchExists(EVIDENCE_CONTENT, EVIDENCE_CONTENT.HASH.eq(file.hash()))) {
                tx.insertInto(REPORT_EVIDENCE).set(REPORT_EVIDENCE.ID, file.id())
                        .set(REPORT_EVIDENCE.ROUND_ID, file.roundId()).set(REPORT_EVIDENCE.NODE_ID, file.nodeId())
                        .set(REPORT_EVIDENCE.UNIT_ID, file.unitId()).set(REPORT_EVIDENCE.NAME, file.name())
                        .set(REPORT_EVIDENCE.HASH, file.hash())
                        .set(REPORT_EVIDENCE.ADDED_AT, OffsetDateTime.ofInstant(file.addedAt(), ZoneOffset.UTC))
                        .execute();
            }
        }
        for (IndicatorValue value : recorded.values()) {
            tx.insertInto(INDICATOR_VALUE).set(INDICATOR_VALUE.INDICATOR_ID, value.indicatorId())
                    .set(INDICATOR_VALUE.VALUE_YEAR, value.year()).set(INDICATOR_VALUE.AMOUNT, value.amount())
                    .set(INDICATOR_VALUE.SOURCE, value.source()).set(INDICATOR_VALUE.RECORDED_BY, value.recordedBy())
                    .set(INDICATOR_VALUE.RECORDED_AT, OffsetDateTime.ofInstant(value.recordedAt(), ZoneOffset.UTC))
                    .execute();
        }
    }

    private static ProgressReport toReport(ProgressReportRecord r) {
        return new ProgressReport(r.getId(), r.getRoundId(), r.getNodeId(), r.getUnitId(),
                ProgressStatus.valueOf(r.getStatus()), r.getPercent(), r.getProgress(), r.getProblems(),
                r.getNextSteps(), r.getReportedBy(), r.getReportedAt().toInstant());
    }
}
