package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.INDICATOR;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;
import static org.kesudesk.store.jooq.Tables.UNIT;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.IndicatorPeriod;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
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

    /** Stores a new plan and makes it the current one; see {@link #add(PlanDocument, Map)}. */
    public PlanDocument add(PlanDocument document) {
        return add(document, Map.of());
    }

    /**
     * Stores a new plan with its tree, assignments and indicators, all or nothing, and makes it the current plan.
     * Its units are matched by name (or known alias) to the unit catalogue; units the catalogue lacks are added.
     *
     * @param aliases alias name → canonical name, for names the user confirmed to be one unit (市生态局 → 市生态环境局);
     *                the aliases are added to the catalogue
     * @return the plan as stored, with catalogue units
     */
    public PlanDocument add(PlanDocument document, Map<String, String> aliases) {
        return database.inTransaction(tx -> {
            UnitCatalogue catalogue = UnitCatalogue.load(tx);
            PlanDocument resolved = catalogue.resolve(document, aliases);
            Plan plan = resolved.plan();
            tx.executeInsert(toRecord(tx, plan));
            UnitRepository.insert(tx, catalogue.addedUnits());
            UnitRepository.insertAliases(tx, catalogue.addedAliases());

            new TreeRows(tx, plan.id(), 0).collectPlan(resolved).insert();

            AppSettings.put(tx, AppSettings.CURRENT_PLAN, plan.id().toString());
            AuditLog.record(tx, AuditLog.Change.of("plan.add", "plan", plan.id(),
                    plan.docNumber() + " " + plan.title()).plan(plan.id()));
            return load(tx, plan.id()).orElseThrow();
        });
    }

    /** The plan with the given id and its tree. */
    public Optional<PlanDocument> find(UUID planId) {
        return database.read(tx -> load(tx, planId));
    }

    /** The plan the user works on: the one made current last, or else the first one stored. */
    public Optional<PlanDocument> current() {
        return database.read(tx -> currentPlanId(tx).flatMap(id -> load(tx, id)));
    }

    /** Every stored plan, oldest first. */
    public List<PlanSummary> list() {
        return database.read(tx -> {
            Optional<UUID> current = currentPlanId(tx);
            return tx.selectFrom(PLAN).orderBy(PLAN.CREATED_AT, PLAN.ID)
                    .fetch(r -> new PlanSummary(r.getId(), nonNull(r.getDocNumber()), nonNull(r.getTitle()),
                            r.getCreatedAt().toInstant(), current.filter(r.getId()::equals).isPresent()));
        });
    }

    /** Makes the given plan the current one. */
    public void makeCurrent(UUID planId) {
        database.inTransaction(tx -> {
            if (!tx.fetchExists(PLAN, PLAN.ID.eq(planId))) {
                throw new UserFacingException("store.error.noSuchPlan", planId);
            }
            Optional<String> before = AppSettings.get(tx, AppSettings.CURRENT_PLAN);
            AppSettings.put(tx, AppSettings.CURRENT_PLAN, planId.toString());
            AuditLog.record(tx, AuditLog.Change.of("plan.makeCurrent", "plan", planId,
                    tx.select(PLAN.DOC_NUMBER).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.DOC_NUMBER))
                    .plan(planId).values(before.orElse(null), planId.toString()));
            return null;
        });
    }

    private static Optional<UUID> currentPlanId(DSLContext tx) {
        Optional<UUID> stored = AppSettings.get(tx, AppSettings.CURRENT_PLAN).map(UUID::fromString)
                .filter(id -> tx.fetchExists(PLAN, PLAN.ID.eq(id)));
        if (stored.isPresent()) {
            return stored;
        }
        return tx.select(PLAN.ID).from(PLAN).orderBy(PLAN.CREATED_AT, PLAN.ID).limit(1).fetchOptional(PLAN.ID);
    }

    private static Optional<PlanDocument> load(DSLContext tx, UUID planId) {
        PlanRecord planRecord = tx.selectFrom(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
        if (planRecord == null) {
            return Optional.empty();
        }
        List<PlanNodeRecord> nodes = tx.selectFrom(PLAN_NODE)
                .where(PLAN_NODE.PLAN_ID.eq(planId))
                .orderBy(PLAN_NODE.ORDINAL)
                .fetch();

        Map<UUID, List<Assignment>> assignments = assignmentsOf(tx, planId);
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
    private static Map<UUID, List<Assignment>> assignmentsOf(DSLContext tx, UUID planId) {
        Map<UUID, Unit> units = new HashMap<>();
        tx.select(UNIT.ID, UNIT.NAME, UNIT.KIND, UNIT.PRECEDENCE, UNIT.ROW_VERSION).from(UNIT)
                .forEach(r -> units.put(r.value1(), new Unit(r.value1(), r.value2(), nonNull(r.value3()), r.value4(),
                        r.value5())));
        record Placed(Assignment assignment, int position) {
        }
        Map<UUID, List<Placed>> byNode = new HashMap<>();
        var query = tx.select(ASSIGNMENT.ID, ASSIGNMENT.NODE_ID, ASSIGNMENT.UNIT_ID, ASSIGNMENT.ROLE,
                        ASSIGNMENT.POSITION, ASSIGNMENT.ROW_VERSION)
                .from(ASSIGNMENT)
                .join(PLAN_NODE).on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                .where(PLAN_NODE.PLAN_ID.eq(planId));
        // read straight from the result set: jOOQ's records cost more than the database's own work here
        tx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(query.getSQL())) {
                List<Object> binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Assignment assignment = new Assignment(rows.getObject(1, UUID.class),
                                units.get(rows.getObject(3, UUID.class)), Role.valueOf(rows.getString(4)),
                                rows.getLong(6));
                        byNode.computeIfAbsent(rows.getObject(2, UUID.class), k -> new ArrayList<>(6))
                                .add(new Placed(assignment, rows.getInt(5)));
                    }
                }
            }
        });
        Comparator<Placed> stored = Comparator.comparing((Placed p) -> p.assignment().role().name())
                .thenComparingInt(Placed::position);
        Map<UUID, List<Assignment>> assignments = new HashMap<>(byNode.size() * 2);
        byNode.forEach((node, placed) -> {
            placed.sort(stored);
            assignments.put(node, placed.stream().map(Placed::assignment).toList());
        });
        return assignments;
    }

    static PlanRecord toRecord(DSLContext tx, Plan plan) {
        PlanRecord r = tx.newRecord(PLAN);
        r.setId(plan.id());
        r.setRegionId(plan.regionId().orElse(null));
        r.setDocNumber(plan.docNumber());
        r.setTitle(plan.title());
        r.setIssuer(plan.issuer());
        r.setIssueDate(plan.issueDate().orElse(null));
        r.setAddressees(plan.addressees());
        r.setNoticeBody(plan.noticeBody());
        r.setCopiedTo(plan.copiedTo());
        r.setPrintedBy(plan.printedBy());
        r.setPrintedDate(plan.printedDate().orElse(null));
        r.setPlanTitle(plan.planTitle());
        r.setGoalText(plan.goalText());
        r.setCreatedAt(OffsetDateTime.now());
        r.setRowVersion(plan.rowVersion());
        return r;
    }

    private static Plan toPlan(PlanRecord r) {
        return new Plan(r.getId(), Optional.ofNullable(r.getRegionId()), nonNull(r.getDocNumber()),
                nonNull(r.getTitle()), nonNull(r.getIssuer()), Optional.ofNullable(r.getIssueDate()),
                nonNull(r.getAddressees()), nonNull(r.getNoticeBody()), nonNull(r.getCopiedTo()),
                nonNull(r.getPrintedBy()), Optional.ofNullable(r.getPrintedDate()), nonNull(r.getPlanTitle()),
                nonNull(r.getGoalText()), r.getRowVersion());
    }


    private static Indicator toIndicator(IndicatorRecord r) {
        return new Indicator(r.getId(), r.getWording(), Optional.ofNullable(r.getTargetValue()),
                nonNull(r.getMeasure()), IndicatorPeriod.valueOf(r.getPeriod()), r.getRowVersion());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
