package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.AUDIT_LOG;
import static org.kesudesk.store.jooq.Tables.DERIVED_UNIT_NAME;
import static org.kesudesk.store.jooq.Tables.INDICATOR;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;
import static org.kesudesk.store.jooq.Tables.PLAN_SOURCE;
import static org.kesudesk.store.jooq.Tables.UNIT;
import static org.kesudesk.store.jooq.Tables.NODE_DEADLINE;
import static org.kesudesk.store.jooq.Tables.WORK_PLAN;

import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanPeriod;
import org.kesudesk.model.Region;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.model.PlanSummary;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;
import org.kesudesk.store.jooq.tables.records.IndicatorRecord;
import org.kesudesk.store.jooq.tables.records.PlanNodeRecord;
import org.kesudesk.store.jooq.tables.records.PlanRecord;

/** Plans with their whole trees: stored in one transaction, read back as model records. */
public final class PlanRepository {

    private final Database database;

    public PlanRepository(Database database) {
        this.database = database;
    }

    /** Stores a new plan; see {@link #add(PlanDocument, Map)}. */
    public PlanDocument add(PlanDocument document) {
        return add(document, Map.of());
    }

    /**
     * Stores a new plan with its tree, assignments and indicators, all or nothing, for the region it names (a plan
     * read from a document names none: it is then this office's own). Its units are matched by name (or known
     * alias) to that region's catalogue; units the catalogue lacks are added to it.
     *
     * @param aliases alias name → canonical name, for names the user confirmed to be one unit (市生态局 → 市生态环境局);
     *                the aliases are added to the region's catalogue
     * @return the plan as stored, with catalogue units
     */
    public PlanDocument add(PlanDocument document, Map<String, String> aliases) {
        return database.inTransaction(tx -> load(tx, add(tx, document, aliases, ADDED).id()).orElseThrow());
    }

    /**
     * A county's plan derived from the city's, stored as {@link #add(PlanDocument, Map)} stores a plan read, with
     * what deriving it again needs kept in the same transaction: the plan as derived (the common ancestor when the
     * city's plan has changed since) and the names its units were given.
     *
     * @param unitNames each city unit's name → the name the county's unit was given, as the user reviewed them
     */
    public PlanDocument addDerived(PlanDocument document, Source source, Map<String, String> unitNames,
                                   CopiedFrom copiedFrom) {
        return database.inTransaction(tx -> storeDerived(tx, document, source, unitNames, copiedFrom));
    }

    /**
     * The plan a derived plan was made from and, for each of its nodes, the derived plan's node in its place: the
     * derived nodes take the deadlines of theirs (set by hand or read from the text there).
     */
    public record CopiedFrom(UUID planId, Map<UUID, UUID> nodes) {
        public CopiedFrom {
            nodes = Map.copyOf(nodes);
        }
    }

    private static PlanDocument storeDerived(DSLContext tx, PlanDocument document, Source source,
                                             Map<String, String> unitNames, CopiedFrom copiedFrom) {
        PlanDocument stored = addResolved(tx, document, Map.of(), DERIVED);
        ProgressRepository.copyDeadlines(tx, copiedFrom.planId(), stored.plan().id(), copiedFrom.nodes());
        saveSource(tx, stored.plan().id(), source.format().apply(stored), source.fileName());
        saveDerivedUnitNames(tx, stored.plan().id(), unitNames);
        return load(tx, stored.plan().id()).orElseThrow();
    }

    /**
     * The names a derived plan's units were given (city unit → county unit), as the user last reviewed them; empty
     * for a plan not derived, or derived before they were kept.
     */
    public Map<String, String> derivedUnitNames(UUID planId) {
        return database.read(tx -> {
            Map<String, String> names = new java.util.TreeMap<>();
            tx.select(DERIVED_UNIT_NAME.CITY_UNIT, DERIVED_UNIT_NAME.COUNTY_UNIT).from(DERIVED_UNIT_NAME)
                    .where(DERIVED_UNIT_NAME.PLAN_ID.eq(planId))
                    .forEach(r -> names.put(r.value1(), r.value2()));
            return names;
        });
    }

    /**
     * Whether a county's plan was derived here from the city's (and may be derived again, updated), not made by the
     * county and received from it: the names its units were given are kept, or the audit log says it was derived.
     */
    public boolean wasDerived(UUID planId) {
        return database.read(tx -> tx.fetchExists(tx.selectOne().from(DERIVED_UNIT_NAME)
                .where(DERIVED_UNIT_NAME.PLAN_ID.eq(planId)))
                || tx.fetchExists(tx.selectOne().from(AUDIT_LOG).where(AUDIT_LOG.ENTITY_ID.eq(planId))
                .and(AUDIT_LOG.ENTITY_TYPE.eq("plan")).and(AUDIT_LOG.ACTION.in("plan.derive", "plan.rederive"))));
    }

    private static void saveDerivedUnitNames(DSLContext tx, UUID planId, Map<String, String> unitNames) {
        tx.deleteFrom(DERIVED_UNIT_NAME).where(DERIVED_UNIT_NAME.PLAN_ID.eq(planId)).execute();
        if (unitNames.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(DERIVED_UNIT_NAME, DERIVED_UNIT_NAME.PLAN_ID, DERIVED_UNIT_NAME.CITY_UNIT,
                DERIVED_UNIT_NAME.COUNTY_UNIT);
        // names are checked unit names (at most 64 characters) by the time a derived plan is stored
        for (Map.Entry<String, String> name : unitNames.entrySet()) {
            insert = insert.values(planId, name.getKey(), name.getValue());
        }
        insert.execute();
    }

    /**
     * A year's work plan made from a plan, stored as a plan of its own with the deadlines its tasks carry, and
     * remembered as that plan's work plan for the year; all in one transaction.
     *
     * @param deadlines the work plan's nodes' deadlines, by its node ids
     */
    public PlanDocument addWorkPlan(PlanDocument workPlan, UUID parentPlanId, int year,
                                    Map<UUID, org.kesudesk.model.Deadline> deadlines, String summary) {
        return database.inTransaction(tx -> {
            Plan plan = add(tx, workPlan, Map.of(), ADDED);
            tx.insertInto(WORK_PLAN).set(WORK_PLAN.PLAN_ID, plan.id()).set(WORK_PLAN.PARENT_PLAN_ID, parentPlanId)
                    .set(WORK_PLAN.WORK_YEAR, year).execute();
            // the deadlines as the parent plan has them (perhaps set by hand), over those found in the texts
            deadlines.forEach((node, deadline) -> {
                tx.deleteFrom(NODE_DEADLINE).where(NODE_DEADLINE.NODE_ID.eq(node)).execute();
                tx.insertInto(NODE_DEADLINE).set(NODE_DEADLINE.NODE_ID, node)
                        .set(NODE_DEADLINE.DEADLINE, deadline.code()).execute();
            });
            AuditLog.record(tx, AuditLog.Change.of("plan.workplan", "plan", plan.id(), summary).plan(plan.id()));
            return load(tx, plan.id()).orElseThrow();
        });
    }

    /** The work plans made from a plan: their ids by year. */
    public Map<Integer, UUID> workPlansOf(UUID parentPlanId) {
        return database.read(tx -> {
            Map<Integer, UUID> plans = new java.util.TreeMap<>();
            tx.select(WORK_PLAN.WORK_YEAR, WORK_PLAN.PLAN_ID).from(WORK_PLAN)
                    .where(WORK_PLAN.PARENT_PLAN_ID.eq(parentPlanId))
                    .forEach(r -> plans.put(r.value1(), r.value2()));
            return plans;
        });
    }

    /** The plan a work plan was made from, and its year, if the plan is one. */
    public Optional<Map.Entry<UUID, Integer>> parentOf(UUID workPlanId) {
        return database.read(tx -> tx.select(WORK_PLAN.PARENT_PLAN_ID, WORK_PLAN.WORK_YEAR).from(WORK_PLAN)
                .where(WORK_PLAN.PLAN_ID.eq(workPlanId))
                .fetchOptional(r -> Map.entry(r.value1(), r.value2())));
    }

    /**
     * {@link #add(PlanDocument, Map)} without reading the plan back: for an import, whose caller opens the plan
     * by its id when it shows it (reading back a plan at the limits took a sixth of its import).
     *
     * @return the plan's header as stored: its id, region and period
     */
    public Plan insert(PlanDocument document, Map<String, String> aliases) {
        return database.inTransaction(tx -> add(tx, document, aliases, ADDED));
    }

    /**
     * How a plan read from a document is kept as the document gave it: the file's name, and the plan as bytes
     * (the caller's format), written from the plan as stored (its ids, the catalogue's unit names).
     */
    public record Source(String fileName, java.util.function.Function<PlanDocument, byte[]> format) {
    }

    /**
     * {@link #insert(PlanDocument, Map)}, keeping in the same transaction the plan as its document gave it: the
     * common ancestor when a revised document later updates the plan ({@link #revise}).
     */
    public Plan insert(PlanDocument document, Map<String, String> aliases, Source source) {
        return database.inTransaction(tx -> {
            // as stored: the document with the catalogue's names for its units (an alias accepted is the unit's name),
            // written and compressed on another core while the rows go in (a second at the content limits)
            java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<byte[]>> packed =
                    new java.util.concurrent.atomic.AtomicReference<>();
            PlanDocument stored = addResolved(tx, document, aliases, ADDED, resolved -> packed.set(
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> ExchangeRepository.gzip(
                            source.format().apply(resolved)))));
            try {
                savePackedSource(tx, stored.plan().id(), packed.get().join(), source.fileName());
            } catch (java.util.concurrent.CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
            return stored.plan();
        });
    }

    /** The plan as its document gave it when it was read (or revised last), as its source was written; if kept. */
    public Optional<byte[]> source(UUID planId) {
        return database.read(tx -> tx.select(PLAN_SOURCE.PLAN_DATA).from(PLAN_SOURCE)
                .where(PLAN_SOURCE.PLAN_ID.eq(planId)).fetchOptional(PLAN_SOURCE.PLAN_DATA)
                .map(ExchangeRepository::gunzip));
    }

    /** How many rows a revision inserted, updated and deleted. */
    public record Revised(int inserted, int updated, int deleted) {
    }

    /**
     * Updates a plan from a revised document, in one transaction: the plan made what the merge of the two gives
     * (rows added, changed, removed; ids kept), the deadlines set, and the revised document kept as the plan's
     * source for the next revision.
     *
     * @param merged    the plan as it is to be, with the stored plan's ids for what it keeps
     * @param deadlines the deadlines the revision changes, by node (empty: none any more)
     * @param source    the revised document's plan, as the next revision's common ancestor
     * @param aliases   alias name → canonical name, for names the user confirmed to be one unit (added to the
     *                  catalogue of the plan's region)
     * @param readAt    the audit log's last id for the plan when the merge read it: a plan changed since (a second
     *                  clerk on a shared database) is not overwritten by a merge made without that change
     * @param summary   what the audit log says, from what was changed
     * @throws ExchangeRepository.ChangedSincePreviewException if the plan changed since it was read
     */
    public Revised revise(PlanDocument merged, Map<UUID, Optional<org.kesudesk.model.Deadline>> deadlines,
                          Map<String, String> aliases, byte[] source, String fileName, long readAt,
                          java.util.function.Function<Revised, String> summary) {
        return revise(merged, deadlines, aliases, source, fileName, readAt, Optional.empty(), summary);
    }

    /**
     * {@link #revise(PlanDocument, Map, Map, byte[], String, long, java.util.function.Function)}, for a county's
     * plan derived again from the city's: the names its units were given kept too, in place of the earlier ones.
     */
    public Revised revise(PlanDocument merged, Map<UUID, Optional<org.kesudesk.model.Deadline>> deadlines,
                          Map<String, String> aliases, byte[] source, String fileName, long readAt,
                          Optional<Map<String, String>> derivedUnitNames,
                          java.util.function.Function<Revised, String> summary) {
        return database.inTransaction(tx -> {
            OfficeLock.take(tx);
            UUID planId = merged.plan().id();
            if (AuditLog.lastIdFor(tx, planId) != readAt) {
                throw new ExchangeRepository.ChangedSincePreviewException();
            }
            UUID regionId = tx.select(PLAN.REGION_ID).from(PLAN).where(PLAN.ID.eq(planId)).fetchOptional(PLAN.REGION_ID)
                    .orElseThrow(() -> new UserFacingException("store.error.noSuchPlan", planId));
            PlanSync.Counts counts = PlanSync.sync(tx, merged, regionId, Optional.empty(), aliases);
            Revised revised = new Revised(counts.inserted(), counts.updated(), counts.deleted());
            String text = summary.apply(revised);
            ProgressRepository.setDeadlines(tx, planId, deadlines, text);
            saveSource(tx, planId, source, fileName);
            derivedUnitNames.ifPresent(names -> saveDerivedUnitNames(tx, planId, names));
            AuditLog.record(tx, (derivedUnitNames.isPresent() ? AuditLog.Change.of("plan.rederive", "plan", planId, text)
                    : AuditLog.Change.of("plan.revise", "plan", planId, text)).plan(planId));
            return revised;
        });
    }

    private static void saveSource(DSLContext tx, UUID planId, byte[] data, String fileName) {
        savePackedSource(tx, planId, ExchangeRepository.gzip(data), fileName);
    }

    private static void savePackedSource(DSLContext tx, UUID planId, byte[] packed, String fileName) {
        String name = ExchangeRepository.truncate(fileName);
        OffsetDateTime now = OffsetDateTime.now();
        tx.insertInto(PLAN_SOURCE, PLAN_SOURCE.PLAN_ID, PLAN_SOURCE.PLAN_DATA, PLAN_SOURCE.FILE_NAME,
                        PLAN_SOURCE.READ_AT)
                .values(planId, packed, name, now)
                .onConflict(PLAN_SOURCE.PLAN_ID)
                .doUpdate().set(PLAN_SOURCE.PLAN_DATA, packed).set(PLAN_SOURCE.FILE_NAME, name)
                .set(PLAN_SOURCE.READ_AT, now)
                .execute();
    }

    /**
     * Replaces a plan by a new one, in one transaction (a county's plan derived again): the old plan goes with its
     * tree and exchange versions; the audit log keeps what it said.
     */
    public PlanDocument replace(UUID oldPlanId, PlanDocument document, Source source,
                                Map<String, String> unitNames, CopiedFrom copiedFrom) {
        return database.inTransaction(tx -> {
            PlanRecord old = tx.selectFrom(PLAN).where(PLAN.ID.eq(oldPlanId)).fetchOne();
            if (old == null) {
                throw new UserFacingException("store.error.noSuchPlan", oldPlanId);
            }
            old.delete();
            AuditLog.record(tx, AuditLog.Change.of("plan.remove", "plan", oldPlanId,
                    nonNull(old.getDocNumber()) + " " + nonNull(old.getTitle())).plan(oldPlanId));
            return storeDerived(tx, document, source, unitNames, copiedFrom);
        });
    }

    /** Whether a plan stored was derived from the city's (the audit log says so), or read from a document or file. */
    private static final boolean ADDED = false;
    private static final boolean DERIVED = true;

    private static Plan add(DSLContext tx, PlanDocument document, Map<String, String> aliases, boolean derived) {
        return addResolved(tx, document, aliases, derived).plan();
    }

    /** Stores a new plan; the plan as stored: its units named as the catalogue names them, its header as stored. */
    private static PlanDocument addResolved(DSLContext tx, PlanDocument document, Map<String, String> aliases,
                                            boolean derived) {
        return addResolved(tx, document, aliases, derived, stored -> { });
    }

    /**
     * @param beforeRows given the plan as it will be stored (its region, the catalogue's unit names) before its rows
     *                   are inserted
     */
    private static PlanDocument addResolved(DSLContext tx, PlanDocument document, Map<String, String> aliases,
                                            boolean derived, java.util.function.Consumer<PlanDocument> beforeRows) {
        UUID region = document.plan().regionId().orElseGet(() -> RegionRepository.own(tx)
                .orElseThrow(() -> new UserFacingException("exchange.error.noOwnRegion")).id());
        UnitMatching catalogue = UnitRepository.matching(tx, region);
        PlanDocument resolved = catalogue.resolve(document, aliases);
        Plan plan = resolved.plan().inRegion(region).withNamedPeriod();
        PlanDocument stored = new PlanDocument(plan, resolved.goalIndicators(), resolved.sections());
        beforeRows.accept(stored);
        tx.executeInsert(toRecord(tx, plan));
        UnitRepository.insert(tx, region, catalogue.addedUnits());
        UnitRepository.insertAliases(tx, region, catalogue.addedAliases());

        new TreeRows(tx, plan.id(), 0).collectPlan(resolved).insert();
        ProgressRepository.insertFound(tx, resolved);

        // a derived county's plan has no 文号 yet: its title alone
        String summary = (plan.docNumber() + " " + plan.title()).strip();
        AuditLog.record(tx, (derived ? AuditLog.Change.of("plan.derive", "plan", plan.id(), summary)
                : AuditLog.Change.of("plan.add", "plan", plan.id(), summary)).plan(plan.id()));
        return stored;
    }

    /**
     * Stores a plan's notice fields as edited (文号, title, 署名, dates, 主送, text, 抄送, 印发), in one transaction
     * recorded in the audit log. The stored fields are compared with those the edit was made on first: changed by
     * someone else since (another clerk, an exchange file or a revised document applied meanwhile), the edit is
     * refused rather than undo their change.
     *
     * @param summary what the audit log says of the edit
     * @return the plan as stored
     * @throws ChangedByOthersException if the stored fields are not {@code before}'s
     */
    public Plan updateNotice(Plan before, Plan after, String summary) {
        return database.inTransaction(tx -> {
            PlanRecord row = tx.selectFrom(PLAN).where(PLAN.ID.eq(before.id())).forUpdate().fetchOne();
            if (row == null) {
                throw ChangedByOthersException.gone();
            }
            Plan stored = toPlan(row);
            if (!stored.sameNotice(before)) {
                throw new ChangedByOthersException(stored.name());
            }
            if (stored.sameNotice(after)) {
                return stored;
            }
            setNotice(row, after);
            row.setRowVersion(row.getRowVersion() + 1);
            row.update();
            String[] changed = changedNotice(stored, after);
            AuditLog.record(tx, AuditLog.Change.of("plan.notice", "plan", before.id(), summary).plan(before.id())
                    .values(changed[0], changed[1]));
            return toPlan(row);
        });
    }

    /** The fields that differ, each named (发文字号：…), before and after, joined by "；": for the audit log. */
    private static String[] changedNotice(Plan before, Plan after) {
        List<String> was = new ArrayList<>();
        List<String> is = new ArrayList<>();
        for (Plan.FieldChange change : before.changesTo(after)) {
            String name = Messages.get(change.field()) + "：";
            was.add(name + change.before());
            is.add(name + change.after());
        }
        return new String[] {String.join("；", was), String.join("；", is)};
    }

    /** A plan's own row (its notice's and its title's fields), without its tree. */
    public Optional<Plan> plan(UUID planId) {
        return database.read(tx -> Optional.ofNullable(tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne())
                .map(PlanRepository::toPlan));
    }

    /** The plan with the given id and its tree. */
    public Optional<PlanDocument> find(UUID planId) {
        return database.read(tx -> load(tx, planId));
    }

    /**
     * Every stored plan, by region (the city first, then the counties by code), each region's by period and age;
     * {@link PlanSummary#current} marks this office's own plan for this year ({@link PlanSummary#regionPlan}).
     */
    public List<PlanSummary> list() {
        return database.read(tx -> {
            Map<UUID, Region> regions = new HashMap<>();
            RegionRepository.all(tx).forEach(region -> regions.put(region.id(), region));
            List<PlanSummary> plans = tx.selectFrom(PLAN).orderBy(PLAN.CREATED_AT, PLAN.ID)
                    .fetch(r -> new PlanSummary(r.getId(), regions.get(r.getRegionId()), period(r),
                            nonNull(r.getDocNumber()), nonNull(r.getTitle()), nonNull(r.getPlanTitle()),
                            r.getCreatedAt().toInstant(), false));
            Optional<UUID> own = RegionRepository.own(tx).map(Region::id);
            Optional<UUID> current = own.flatMap(region -> PlanSummary.regionPlan(plans, region, Year.now().getValue()))
                    .map(PlanSummary::id);
            return plans.stream()
                    .map(p -> p.withCurrent(current.filter(p.id()::equals).isPresent()))
                    .sorted(PlanSummary.LISTED)
                    .toList();
        });
    }

    /** The region's plan for this year ({@link PlanSummary#regionPlan}). */
    public Optional<UUID> regionPlan(UUID regionId) {
        return PlanSummary.regionPlan(list(), regionId, Year.now().getValue()).map(PlanSummary::id);
    }

    /** The county's plan a city's plan of that period is to give it ({@link PlanSummary#regionPlanDuring}). */
    public Optional<UUID> regionPlanDuring(UUID regionId, Optional<org.kesudesk.model.PlanPeriod> period) {
        return PlanSummary.regionPlanDuring(list(), regionId, period, Year.now().getValue()).map(PlanSummary::id);
    }

    /** This office's own plan for this year: the plan meant when none is named. */
    public Optional<PlanDocument> ownPlan() {
        return list().stream().filter(PlanSummary::current).findFirst().flatMap(summary -> find(summary.id()));
    }

    private static Optional<PlanDocument> load(DSLContext tx, UUID planId) {
        PlanRecord planRecord = tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
        if (planRecord == null) {
            return Optional.empty();
        }
        // in stored order (each parent's children by ordinal) sorted here: H2 sorting 20,000 rows with their texts
        // wrote them to a temporary file first
        List<PlanNodeRecord> nodes = new ArrayList<>(ResultRows.lazily(tx, () -> tx.selectFrom(PLAN_NODE)
                .where(PLAN_NODE.PLAN_ID.eq(planId))
                .fetch()));
        nodes.sort(Comparator.comparingInt(PlanNodeRecord::getOrdinal));

        Map<UUID, List<Assignment>> assignments = assignmentsOf(tx, planId, planRecord.getRegionId());
        Map<UUID, List<Indicator>> indicators = new HashMap<>();
        List<Indicator> goalIndicators = new ArrayList<>();
        tx.selectFrom(INDICATOR)
                .where(INDICATOR.PLAN_ID.eq(planId))
                .orderBy(INDICATOR.POSITION)
                .forEach(r -> (r.getNodeId() == null ? goalIndicators
                        : indicators.computeIfAbsent(r.getNodeId(), k -> new ArrayList<>())).add(toIndicator(r)));

        Map<UUID, List<PlanNodeRecord>> byParent = new HashMap<>();
        List<PlanNodeRecord> sections = new ArrayList<>();
        nodes.forEach(n -> (n.getParentId() == null ? sections
                : byParent.computeIfAbsent(n.getParentId(), k -> new ArrayList<>())).add(n));
        List<PlanNode> tree = sections.stream()
                .map(section -> NodeRepository.build(section, byParent, assignments, indicators))
                .toList();
        return Optional.of(new PlanDocument(toPlan(planRecord), goalIndicators, tree));
    }

    /**
     * The assignments of every node of the plan, by node, each list in stored order (lead units, then responsible
     * units, by position). The catalogue is read once and its units shared: 20,000 tasks have some 100,000
     * assignments, and joining each to its unit and sorting them in the database took most of a plan's reading.
     */
    private static Map<UUID, List<Assignment>> assignmentsOf(DSLContext tx, UUID planId, UUID regionId) {
        Map<UUID, Unit> units = new HashMap<>();
        tx.select(UNIT.ID, UNIT.NAME, UNIT.KIND, UNIT.PRECEDENCE, UNIT.ROW_VERSION).from(UNIT)
                .where(UNIT.REGION_ID.eq(regionId))
                .forEach(r -> units.put(r.value1(), new Unit(r.value1(), r.value2(), nonNull(r.value3()), r.value4(),
                        r.value5())));
        record Row(UUID id, UUID nodeId, UUID unitId, Role role, int position, long rowVersion) {
        }
        record Placed(Assignment assignment, int position) {
        }
        var query = tx.select(ASSIGNMENT.ID, ASSIGNMENT.NODE_ID, ASSIGNMENT.UNIT_ID, ASSIGNMENT.ROLE,
                        ASSIGNMENT.POSITION, ASSIGNMENT.ROW_VERSION)
                .from(ASSIGNMENT)
                .join(PLAN_NODE).on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                .where(PLAN_NODE.PLAN_ID.eq(planId));
        // the rows first, then their units (a unit of another region is read by a query of its own, which must not
        // run while the rows are being read lazily)
        List<Row> rows = new ArrayList<>();
        ResultRows.forEach(tx, query, row -> rows.add(new Row(row.getObject(1, UUID.class),
                row.getObject(2, UUID.class), row.getObject(3, UUID.class), Role.valueOf(row.getString(4)),
                row.getInt(5), row.getLong(6))));
        Map<UUID, List<Placed>> byNode = new HashMap<>();
        for (Row row : rows) {
            Assignment assignment = new Assignment(row.id(), unit(tx, units, row.unitId()), row.role(),
                    row.rowVersion());
            byNode.computeIfAbsent(row.nodeId(), k -> new ArrayList<>(6)).add(new Placed(assignment, row.position()));
        }
        Comparator<Placed> stored = Comparator.comparing((Placed p) -> p.assignment().role().name())
                .thenComparingInt(Placed::position);
        Map<UUID, List<Assignment>> assignments = new HashMap<>(byNode.size() * 2);
        byNode.forEach((node, placed) -> {
            placed.sort(stored);
            assignments.put(node, placed.stream().map(Placed::assignment).toList());
        });
        return assignments;
    }

    /** A unit of the plan's region, or (in a damaged database, which db check reports) of another. */
    private static Unit unit(DSLContext tx, Map<UUID, Unit> regionUnits, UUID unitId) {
        return regionUnits.computeIfAbsent(unitId, id -> tx.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOne(r ->
                new Unit(r.getId(), r.getName(), nonNull(r.getKind()), r.getPrecedence(), r.getRowVersion())));
    }

    /** The row's notice fields (those {@link Plan#withNotice} sets) as the plan has them. */
    private static void setNotice(PlanRecord r, Plan plan) {
        r.setDocNumber(plan.docNumber());
        r.setTitle(plan.title());
        r.setIssuer(plan.issuer());
        r.setIssueDate(plan.issueDate().orElse(null));
        r.setAddressees(plan.addressees());
        r.setNoticeBody(plan.noticeBody());
        r.setAnnotation(plan.annotation());
        r.setCopiedTo(plan.copiedTo());
        r.setPrintedBy(plan.printedBy());
        r.setPrintedDate(plan.printedDate().orElse(null));
    }

    static PlanRecord toRecord(DSLContext tx, Plan plan) {
        PlanRecord r = tx.newRecord(PLAN);
        r.setId(plan.id());
        r.setRegionId(plan.regionId().orElse(null));
        r.setPeriodStart(plan.period().map(PlanPeriod::firstYear).orElse(null));
        r.setPeriodEnd(plan.period().map(PlanPeriod::lastYear).orElse(null));
        setNotice(r, plan);
        r.setPlanTitle(plan.planTitle());
        r.setGoalText(plan.goalText());
        r.setCreatedAt(OffsetDateTime.now());
        r.setRowVersion(plan.rowVersion());
        return r;
    }

    private static Plan toPlan(PlanRecord r) {
        PlanNotice notice = new PlanNotice(nonNull(r.getDocNumber()), nonNull(r.getTitle()),
                nonNull(r.getAddressees()), nonNull(r.getNoticeBody()), nonNull(r.getIssuer()),
                Optional.ofNullable(r.getIssueDate()), nonNull(r.getAnnotation()), nonNull(r.getCopiedTo()),
                nonNull(r.getPrintedBy()), Optional.ofNullable(r.getPrintedDate()));
        return new Plan(r.getId(), Optional.ofNullable(r.getRegionId()), period(r), notice,
                nonNull(r.getPlanTitle()), nonNull(r.getGoalText()), r.getRowVersion());
    }


    /** The plan's period; none if it has none, or if the years stored are not a period (db check reports it). */
    static Optional<PlanPeriod> period(PlanRecord r) {
        return PlanPeriod.of(r.getPeriodStart(), r.getPeriodEnd());
    }

    private static Indicator toIndicator(IndicatorRecord r) {
        return new Indicator(r.getId(), r.getWording(), Optional.ofNullable(r.getTargetValue()),
                nonNull(r.getMeasure()), IndicatorPeriod.valueOf(r.getPeriod()), r.getRowVersion());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
