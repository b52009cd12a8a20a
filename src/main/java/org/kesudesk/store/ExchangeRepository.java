package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.AUDIT_LOG;
import static org.kesudesk.store.jooq.Tables.EXCHANGE_BASELINE;
import static org.kesudesk.store.jooq.Tables.EXCHANGE_IMPORT;
import static org.kesudesk.store.jooq.Tables.EXCHANGE_PLAN_VERSION;
import static org.kesudesk.store.jooq.Tables.INDICATOR;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.ExchangeStatus;
import org.kesudesk.model.PlanDocument;

/**
 * What the exchange of plans between offices keeps: each plan as last exchanged (the base of the next import's
 * merge), the files imported, and the database backup made before each import. An import is applied in one
 * transaction with its base and its record.
 */
public final class ExchangeRepository {

    /** Versions of a plan kept as possible bases of a merge. */
    static final int VERSIONS_KEPT = 20;

    /**
     * A file imported: who sent it, when it was made, its name, and its plan's entry as received (its bytes and their
     * SHA-256), kept as the base of the next import.
     */
    public record ImportRecord(String senderCode, String senderName, OffsetDateTime fileCreatedAt, String fileName,
                               byte[] planData, String planSha256) {
    }

    /** The plan changed after the import's preview was worked out: applying it would overwrite that change. */
    public static final class ChangedSincePreviewException extends UserFacingException {
        ChangedSincePreviewException() {
            super("exchange.error.changedSincePreview");
        }
    }

    /** A plan as read at a moment, known by the audit log's last id about it then. */
    public record ReadPlan(PlanDocument plan, long auditLastId) {
    }

    /** How many rows an import inserted, updated and deleted. */
    public record Applied(int inserted, int updated, int deleted) {
    }

    private final Database database;

    public ExchangeRepository(Database database) {
        this.database = database;
    }

    /** The plan a node belongs to, if it is stored here. */
    public Optional<UUID> planOfNode(UUID nodeId) {
        return database.read(tx -> tx.select(PLAN_NODE.PLAN_ID).from(PLAN_NODE).where(PLAN_NODE.ID.eq(nodeId))
                .fetchOptional(PLAN_NODE.PLAN_ID));
    }

    /** The region a stored plan belongs to; empty if the plan is not stored. */
    public Optional<UUID> regionOf(UUID planId) {
        return database.read(tx -> tx.select(PLAN.REGION_ID).from(PLAN).where(PLAN.ID.eq(planId))
                .fetchOptional(PLAN.REGION_ID));
    }

    /** The plan's {@code plan.json} as last exchanged with the other office, if it ever was. */
    public Optional<byte[]> baseline(UUID planId) {
        return database.read(tx -> tx.select(EXCHANGE_BASELINE.PLAN_DATA).from(EXCHANGE_BASELINE)
                .where(EXCHANGE_BASELINE.PLAN_ID.eq(planId)).fetchOptional(EXCHANGE_BASELINE.PLAN_DATA)
                .map(ExchangeRepository::gunzip));
    }

    /** Whether this office sent or received the version of the plan's {@code plan.json} with this SHA-256. */
    public boolean hasVersion(UUID planId, String sha256) {
        return database.read(tx -> tx.fetchExists(EXCHANGE_PLAN_VERSION, EXCHANGE_PLAN_VERSION.PLAN_ID.eq(planId)
                .and(EXCHANGE_PLAN_VERSION.SHA256.eq(sha256))));
    }

    /** A version of the plan's {@code plan.json} that this office sent or received, by its SHA-256. */
    public Optional<byte[]> version(UUID planId, String sha256) {
        return database.read(tx -> tx.select(EXCHANGE_PLAN_VERSION.PLAN_DATA).from(EXCHANGE_PLAN_VERSION)
                .where(EXCHANGE_PLAN_VERSION.PLAN_ID.eq(planId).and(EXCHANGE_PLAN_VERSION.SHA256.eq(sha256)))
                .fetchOptional(EXCHANGE_PLAN_VERSION.PLAN_DATA)
                .map(ExchangeRepository::gunzip));
    }

    /**
     * When the newest file from this sender about this plan that was imported here was made, not counting files
     * said to be made after {@code notAfter} (a file dated years ahead, imported before such files were refused,
     * would make every genuine file after it look older).
     */
    public Optional<OffsetDateTime> lastImported(UUID planId, String senderCode, OffsetDateTime notAfter) {
        return database.read(tx -> tx.select(EXCHANGE_IMPORT.FILE_CREATED_AT).from(EXCHANGE_IMPORT)
                .where(EXCHANGE_IMPORT.PLAN_ID.eq(planId).and(EXCHANGE_IMPORT.SENDER_CODE.eq(senderCode))
                        .and(EXCHANGE_IMPORT.FILE_CREATED_AT.le(notAfter)))
                .orderBy(EXCHANGE_IMPORT.FILE_CREATED_AT.desc()).limit(1)
                .fetchOptional(EXCHANGE_IMPORT.FILE_CREATED_AT));
    }

    /** Which of these row ids are already used by another plan than the one given (a file may not touch them). */
    public List<UUID> usedByOtherPlans(UUID planId, Set<UUID> rowIds) {
        // the ids as arrays (= ANY(?), looked up in each primary key), each as large as H2 takes: a plan at the
        // limits has 120,000 rows, and lists of a thousand literals took a second to write out and parse
        List<UUID> all = List.copyOf(rowIds);
        return database.read(tx -> {
            List<UUID> found = new ArrayList<>();
            if (!tx.fetchExists(PLAN, PLAN.ID.ne(planId))) {
                // no other plan here: no row can be another plan's (a county's first file from its city)
                return found;
            }
            for (int from = 0; from < all.size(); from += ARRAY_LIMIT) {
                UUID[] ids = all.subList(from, Math.min(all.size(), from + ARRAY_LIMIT)).toArray(UUID[]::new);
                found.addAll(tx.select(PLAN_NODE.ID).from(PLAN_NODE)
                        .where(anyOf(PLAN_NODE.ID, ids).and(PLAN_NODE.PLAN_ID.ne(planId))).fetch(PLAN_NODE.ID));
                found.addAll(tx.select(ASSIGNMENT.ID).from(ASSIGNMENT).join(PLAN_NODE)
                        .on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                        .where(anyOf(ASSIGNMENT.ID, ids).and(PLAN_NODE.PLAN_ID.ne(planId))).fetch(ASSIGNMENT.ID));
                found.addAll(tx.select(INDICATOR.ID).from(INDICATOR)
                        .where(anyOf(INDICATOR.ID, ids).and(INDICATOR.PLAN_ID.ne(planId))).fetch(INDICATOR.ID));
            }
            return found;
        });
    }

    /** The most elements H2 takes in an array (its limit is 65,536). */
    private static final int ARRAY_LIMIT = 50_000;

    /** {@code id = ANY(?)} with the ids bound as one array (jOOQ writes {@code DSL.any} out as a chain of ORs). */
    private static org.jooq.Condition anyOf(org.jooq.Field<UUID> id, UUID[] ids) {
        return DSL.condition("{0} = any({1})", id, DSL.val(ids, org.jooq.impl.SQLDataType.UUID.array()));
    }

    /** Every plan's exchange status: when it was last sent, and when a file about it was last imported. */
    public Map<UUID, ExchangeStatus> statuses() {
        return database.read(tx -> {
            Map<UUID, Optional<Instant>> sent = new HashMap<>();
            tx.select(AUDIT_LOG.PLAN_ID, DSL.max(AUDIT_LOG.AT)).from(AUDIT_LOG)
                    .where(AUDIT_LOG.ACTION.eq("exchange.export").and(AUDIT_LOG.PLAN_ID.isNotNull()))
                    .groupBy(AUDIT_LOG.PLAN_ID)
                    .forEach(r -> sent.put(r.value1(), Optional.of(r.value2().toInstant())));
            Map<UUID, Optional<Instant>> received = new HashMap<>();
            tx.select(EXCHANGE_IMPORT.PLAN_ID, DSL.max(EXCHANGE_IMPORT.IMPORTED_AT)).from(EXCHANGE_IMPORT)
                    .groupBy(EXCHANGE_IMPORT.PLAN_ID)
                    .forEach(r -> received.put(r.value1(), Optional.of(r.value2().toInstant())));
            Map<UUID, ExchangeStatus> statuses = new HashMap<>();
            java.util.Set<UUID> plans = new java.util.HashSet<>(sent.keySet());
            plans.addAll(received.keySet());
            plans.forEach(plan -> statuses.put(plan, new ExchangeStatus(sent.getOrDefault(plan, Optional.empty()),
                    received.getOrDefault(plan, Optional.empty()))));
            return statuses;
        });
    }

    /**
     * What the audit log says of an import (from what it changed), of a key accepted with it and of the deadlines it
     * gave tasks (how many).
     */
    public record ImportWording(Function<Applied, String> imported, Function<KeyRepository.KnownKey, String> key,
                                java.util.function.IntFunction<String> deadlines) {
    }

    /**
     * Records a plan sent to the other office: what was sent is the base of the next import.
     *
     * @param summary what the audit log says, as the caller names the export
     */
    public void exported(UUID planId, byte[] planData, String sha256, String summary) {
        database.inTransaction(tx -> {
            saveBaseline(tx, planId, planData, sha256);
            AuditLog.record(tx, AuditLog.Change.of("exchange.export", "plan", planId, summary).plan(planId));
            return null;
        });
    }

    /**
     * What a file brings besides its plan: a county's progress with the contents of its attached files, or the
     * city's receipt for those files (the contents it holds, by SHA-256) in its file back to the county, with the
     * rounds it asks for that the county's plan has not and the deadlines of the tasks new to it.
     */
    public record Alongside(Optional<org.kesudesk.model.ProgressSnapshot> progress,
                            org.kesudesk.model.EvidenceContents files, Optional<Set<String>> receivedByCity,
                            List<org.kesudesk.model.ReportingRound.Asked> roundsToOpen,
                            Map<UUID, org.kesudesk.model.Deadline> deadlinesGiven) {
        /** A plan alone. */
        public static final Alongside NOTHING = new Alongside(Optional.empty(),
                org.kesudesk.model.EvidenceContents.none(), Optional.empty(), List.of(), Map.of());

        public Alongside {
            roundsToOpen = List.copyOf(roundsToOpen);
            deadlinesGiven = Map.copyOf(deadlinesGiven);
        }

        /** The deadlines given of the tasks the merged plan has: those the import sets (a task refused, none). */
        public Map<UUID, org.kesudesk.model.Deadline> deadlinesKept(PlanDocument merged) {
            Map<UUID, org.kesudesk.model.Deadline> kept = new java.util.HashMap<>();
            merged.forEachNode(node -> {
                org.kesudesk.model.Deadline deadline = deadlinesGiven.get(node.id());
                if (deadline != null) {
                    kept.put(node.id(), deadline);
                }
            });
            return kept;
        }
    }

    /**
     * Applies an import in one transaction: the plan is made what the merge says, the file's plan becomes the
     * base of the next import, the file is recorded, and the audit log says what changed; the plan's progress
     * becomes the one the file carries, its attached files stored from the contents the file carries, or the city's
     * receipt the file carries is kept and the rounds it asks for that the plan has not are opened.
     *
     * @param ownRegionCode the office's region to set with it (an empty database taking its first file), if any
     * @param acceptedKey   the sender's key, accepted on the spot by the user, to keep with the import
     * @param readAt        the plan as the caller read it to work out the merge, with the audit log's last id then;
     *                      its rows are not read again, and if anything has been recorded since, the import is
     *                      refused (the merge would overwrite that change)
     * @param wording       what the audit log says of the import and of the key, as the caller names them
     * @param alongside     what the file brings besides its plan
     */
    public Applied applyImport(PlanDocument merged, UUID regionId, ImportRecord file, Optional<String> ownRegionCode,
                               Optional<KeyRepository.KnownKey> acceptedKey, Optional<ReadPlan> readAt,
                               ImportWording wording, Alongside alongside) {
        return database.inTransaction(tx -> {
            // one import at a time on a shared database: a second clerk's waits, then finds the plan changed
            OfficeLock.take(tx);
            if (readAt.isPresent() && readAt.get().auditLastId() != AuditLog.lastIdFor(tx, merged.plan().id())) {
                // the preview was worked out from data that has changed since: it would overwrite the change
                throw new ChangedSincePreviewException();
            }
            Optional<PlanDocument> unchanged = readAt.map(ReadPlan::plan);
            acceptedKey.ifPresent(key -> KeyRepository.addKnown(tx, key, wording.key()));
            UUID planId = merged.plan().id();
            PlanSync.Counts counts = PlanSync.sync(tx, merged, regionId, unchanged);
            saveBaseline(tx, planId, file.planData(), file.planSha256());
            alongside.progress().ifPresent(snapshot -> ProgressRepository.replaceAll(tx, planId, regionId, snapshot,
                    alongside.files()));
            alongside.receivedByCity().ifPresent(hashes -> ProgressRepository.replaceReceivedByCity(tx, planId,
                    hashes));
            ProgressRepository.openAsked(tx, planId, alongside.roundsToOpen());
            // the city's deadlines of the tasks new here (the caller's choice), of those the merge kept
            ProgressRepository.giveDeadlines(tx, planId, alongside.deadlinesKept(merged), wording.deadlines());
            String summary = wording.imported().apply(new Applied(counts.inserted(), counts.updated(),
                    counts.deleted()));
            tx.insertInto(EXCHANGE_IMPORT)
                    .set(EXCHANGE_IMPORT.PLAN_ID, planId)
                    .set(EXCHANGE_IMPORT.SENDER_CODE, file.senderCode())
                    .set(EXCHANGE_IMPORT.FILE_CREATED_AT, file.fileCreatedAt())
                    .set(EXCHANGE_IMPORT.IMPORTED_AT, OffsetDateTime.now())
                    .set(EXCHANGE_IMPORT.FILE_NAME, truncate(file.fileName()))
                    .set(EXCHANGE_IMPORT.SUMMARY, truncate(summary))
                    .execute();
            if (ownRegionCode.isPresent()) {
                AppSettings.put(tx, RegionRepository.OWN_REGION, ownRegionCode.get());
            }
            AuditLog.record(tx, AuditLog.Change.of("exchange.import", "plan", planId, summary).plan(planId));
            return new Applied(counts.inserted(), counts.updated(), counts.deleted());
        });
    }

    /**
     * Applies a filled-in ledger (台账): the plan's units as the ledger gives them, in one transaction.
     *
     * @param summary what the audit log says, as the caller names the import, from what it changed
     */
    public Applied applyLedger(PlanDocument updated, Function<Applied, String> summary) {
        return applyLedger(updated, summary, Map.of(), "", java.util.OptionalLong.empty());
    }

    /**
     * Applies a filled-in ledger with the deadlines it changes (each recorded in the audit log under the summary
     * given), in one transaction.
     *
     * @param readAt the audit log's last id for the plan when the preview read it: a plan changed since (a second
     *               clerk on a shared database) is not overwritten by a preview made without that change
     * @throws ChangedSincePreviewException if the plan changed since it was read
     */
    public Applied applyLedger(PlanDocument updated, Function<Applied, String> summary,
                               Map<UUID, Optional<org.kesudesk.model.Deadline>> deadlines, String deadlineSummary,
                               java.util.OptionalLong readAt) {
        return database.inTransaction(tx -> {
            OfficeLock.take(tx);
            if (readAt.isPresent() && readAt.getAsLong() != AuditLog.lastIdFor(tx, updated.plan().id())) {
                throw new ChangedSincePreviewException();
            }
            ProgressRepository.setDeadlines(tx, updated.plan().id(), deadlines, deadlineSummary);
            UUID planId = updated.plan().id();
            UUID regionId = tx.select(PLAN.REGION_ID).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.REGION_ID);
            PlanSync.Counts counts = PlanSync.sync(tx, updated, regionId);
            Applied applied = new Applied(counts.inserted(), counts.updated(), counts.deleted());
            AuditLog.record(tx, AuditLog.Change.of("ledger.import", "plan", planId, summary.apply(applied))
                    .plan(planId));
            return applied;
        });
    }

    private static void saveBaseline(DSLContext tx, UUID planId, byte[] planData, String sha256) {
        byte[] packed = gzip(planData);
        OffsetDateTime now = OffsetDateTime.now();
        // INSERT … ON CONFLICT, which both engines run (PostgreSQL has no MERGE before 15)
        tx.insertInto(EXCHANGE_PLAN_VERSION, EXCHANGE_PLAN_VERSION.PLAN_ID, EXCHANGE_PLAN_VERSION.SHA256,
                        EXCHANGE_PLAN_VERSION.PLAN_DATA, EXCHANGE_PLAN_VERSION.RECORDED_AT)
                .values(planId, sha256, packed, now)
                .onConflict(EXCHANGE_PLAN_VERSION.PLAN_ID, EXCHANGE_PLAN_VERSION.SHA256)
                .doUpdate().set(EXCHANGE_PLAN_VERSION.RECORDED_AT, now)
                .execute();
        List<String> kept = tx.select(EXCHANGE_PLAN_VERSION.SHA256).from(EXCHANGE_PLAN_VERSION)
                .where(EXCHANGE_PLAN_VERSION.PLAN_ID.eq(planId))
                .orderBy(EXCHANGE_PLAN_VERSION.RECORDED_AT.desc()).limit(VERSIONS_KEPT)
                .fetch(EXCHANGE_PLAN_VERSION.SHA256);
        tx.deleteFrom(EXCHANGE_PLAN_VERSION)
                .where(EXCHANGE_PLAN_VERSION.PLAN_ID.eq(planId).and(EXCHANGE_PLAN_VERSION.SHA256.notIn(kept)))
                .execute();
        tx.insertInto(EXCHANGE_BASELINE, EXCHANGE_BASELINE.PLAN_ID, EXCHANGE_BASELINE.PLAN_DATA,
                        EXCHANGE_BASELINE.UPDATED_AT)
                .values(planId, packed, now)
                .onConflict(EXCHANGE_BASELINE.PLAN_ID)
                .doUpdate().set(EXCHANGE_BASELINE.PLAN_DATA, packed).set(EXCHANGE_BASELINE.UPDATED_AT, now)
                .execute();
    }

    /** A file's name or a text as a column of 500 characters holds it, cut with … if longer. */
    static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    /** The most a kept plan may expand to: as large as an exchange file's plan may be. */
    static final int MAX_KEPT_BYTES = 64 * 1024 * 1024;

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        // the fastest level: the base is written with every import and export, and JSON shrinks well anyway
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A plan kept compressed in the database (the last exchange's, a version sent or received, a document's), at most
     * {@link #MAX_KEPT_BYTES} once expanded: a database restored from a backup may hold anything in these columns.
     *
     * @throws UserFacingException if it is not compressed data or expands beyond the limit
     */
    static byte[] gunzip(byte[] data) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(data))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(8L * data.length, MAX_KEPT_BYTES));
            byte[] buffer = new byte[64 * 1024];
            for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                if (out.size() + read > MAX_KEPT_BYTES) {
                    throw new UserFacingException("store.error.keptPlanDamaged", MAX_KEPT_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UserFacingException("store.error.keptPlanDamaged", MAX_KEPT_BYTES / (1024 * 1024));
        }
    }
}
