package org.kesudesk.store;

import static org.kesudesk.store.jooq.Tables.ASSIGNMENT;
import static org.kesudesk.store.jooq.Tables.INDICATOR;
import static org.kesudesk.store.jooq.Tables.PLAN;
import static org.kesudesk.store.jooq.Tables.PLAN_NODE;
import static org.kesudesk.store.jooq.Tables.UNIT;
import static org.kesudesk.store.jooq.Tables.UNIT_ALIAS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kesudesk.l10n.LocalizedText;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.NodeKind;
import org.kesudesk.model.Role;
import org.kesudesk.store.jooq.tables.PlanNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies a database without changing it: every migration applied and unaltered, and every reference intact
 * (including those a foreign key cannot express, such as a task that sits under a task of another plan).
 */
public final class DatabaseCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCheck.class);

    private final Database database;

    public DatabaseCheck(Database database) {
        this.database = database;
    }

    /** The problems found; empty when the database is sound. */
    public List<LocalizedText> run() {
        // the schema first, object for object: nothing else is worth reading in a file that holds what the app
        // never made
        // (a server's schema is the server's: its catalogue is not read here; its migrations and content are)
        if (!database.isServer()) {
            try {
                SchemaCheck.requireExactly(database);
            } catch (UserFacingException foreign) {
                return List.of(foreign.text());
            }
        }
        List<LocalizedText> problems = new ArrayList<>(checkMigrations());
        if (problems.isEmpty()) {
            problems.addAll(database.read(this::checkReferences));
        }
        return problems;
    }

    private List<LocalizedText> checkMigrations() {
        try {
            return migrationProblems();
        } catch (org.flywaydb.core.api.FlywayException unreadable) {
            // a damaged value in the history (a date that is no date) stops Flyway reading it at all
            LOG.warn("the migration history is unreadable", unreadable);
            return List.of(LocalizedText.of("check.migrationsUnreadable"));
        }
    }

    private List<LocalizedText> migrationProblems() {
        List<LocalizedText> problems = new ArrayList<>();
        Flyway flyway = Migrations.flyway(database);
        for (MigrationInfo info : flyway.info().all()) {
            MigrationState state = info.getState();
            String version = info.getVersion() == null ? info.getDescription() : info.getVersion().getVersion();
            if (state == MigrationState.PENDING) {
                problems.add(LocalizedText.of("check.migrationPending", version, info.getDescription()));
            } else if (state.isFailed()) {
                problems.add(LocalizedText.of("check.migrationFailed", version, info.getDescription()));
            } else if (state == MigrationState.FUTURE_SUCCESS) {
                problems.add(LocalizedText.of("check.migrationFromNewerVersion", version));
            }
        }
        if (problems.isEmpty()) {
            ValidateResult validation = flyway.validateWithResult();
            if (!validation.validationSuccessful) {
                validation.invalidMigrations.forEach(m ->
                        problems.add(LocalizedText.of("check.migrationAltered", m.version, m.description)));
            }
        }
        return problems;
    }

    /** The enum constant a stored value names, if it names one. */
    /** A kind of node as people call it (任务, 提升行动 …), for a message. */
    private static LocalizedText kindName(Optional<NodeKind> kind) {
        return LocalizedText.of("node.kind." + kind.orElseThrow().name());
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private List<LocalizedText> checkReferences(DSLContext tx) {
        List<LocalizedText> problems = new ArrayList<>();
        PlanNode parent = PLAN_NODE.as("parent");

        tx.select(PLAN_NODE.ID).from(PLAN_NODE)
                .where(PLAN_NODE.PLAN_ID.notIn(DSL.select(PLAN.ID).from(PLAN)))
                .forEach(r -> problems.add(LocalizedText.of("check.nodeWithoutPlan", r.value1())));

        tx.select(PLAN_NODE.ID).from(PLAN_NODE)
                .leftJoin(parent).on(parent.ID.eq(PLAN_NODE.PARENT_ID))
                .where(PLAN_NODE.PARENT_ID.isNotNull().and(parent.ID.isNull()))
                .forEach(r -> problems.add(LocalizedText.of("check.nodeWithoutParent", r.value1())));

        tx.select(PLAN_NODE.ID).from(PLAN_NODE)
                .join(parent).on(parent.ID.eq(PLAN_NODE.PARENT_ID))
                .where(parent.PLAN_ID.ne(PLAN_NODE.PLAN_ID))
                .forEach(r -> problems.add(LocalizedText.of("check.nodeParentInOtherPlan", r.value1())));

        tx.select(PLAN_NODE.ID, PLAN_NODE.KIND, parent.KIND).from(PLAN_NODE)
                .leftJoin(parent).on(parent.ID.eq(PLAN_NODE.PARENT_ID))
                .forEach(r -> {
                    Optional<NodeKind> kind = known(NodeKind.class, r.value2());
                    Optional<NodeKind> parentKind = known(NodeKind.class, r.value3());
                    if (kind.isEmpty()) {
                        // a damaged file: the value is none the app writes (the CHECK constraint is not re-read)
                        problems.add(LocalizedText.of("check.badNodeKind", r.value1(), r.value2()));
                    } else if (r.value3() != null && parentKind.isEmpty()) {
                        return; // the parent's own row is reported
                    } else if (!kind.get().mayBeChildOf(parentKind.orElse(null))) {
                        problems.add(parentKind.isEmpty()
                                ? LocalizedText.of("check.nodeAtTop", r.value1(), kindName(kind))
                                : LocalizedText.of("check.nodeMisplaced", r.value1(), kindName(kind),
                                kindName(parentKind)));
                    }
                });

        tx.select(PLAN_NODE.PLAN_ID, PLAN_NODE.PARENT_ID, PLAN_NODE.ORDINAL).from(PLAN_NODE)
                .groupBy(PLAN_NODE.PLAN_ID, PLAN_NODE.PARENT_ID, PLAN_NODE.ORDINAL)
                .having(DSL.count().gt(1))
                .forEach(r -> problems.add(LocalizedText.of("check.nodeOrdinalTwice", r.value3(),
                        r.value2() == null ? r.value1() : r.value2())));

        tx.select(ASSIGNMENT.ID).from(ASSIGNMENT)
                .where(ASSIGNMENT.NODE_ID.notIn(DSL.select(PLAN_NODE.ID).from(PLAN_NODE)))
                .or(ASSIGNMENT.UNIT_ID.notIn(DSL.select(UNIT.ID).from(UNIT)))
                .forEach(r -> problems.add(LocalizedText.of("check.assignmentDangling", r.value1())));

        tx.select(ASSIGNMENT.ID, ASSIGNMENT.ROLE, PLAN_NODE.KIND).from(ASSIGNMENT)
                .join(PLAN_NODE).on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                .forEach(r -> {
                    Optional<Role> role = known(Role.class, r.value2());
                    Optional<NodeKind> kind = known(NodeKind.class, r.value3());
                    if (role.isEmpty()) {
                        problems.add(LocalizedText.of("check.badAssignmentRole", r.value1(), r.value2()));
                    } else if (kind.isPresent() && !kind.get().takes(role.get())) {
                        // (a node of no known kind is reported with the nodes)
                        problems.add(LocalizedText.of("check.assignmentRoleMisplaced", r.value1(),
                                LocalizedText.of("node.units." + role.get().name()), kindName(kind)));
                    }
                });

        tx.select(INDICATOR.ID).from(INDICATOR)
                .where(INDICATOR.NODE_ID.notIn(DSL.select(PLAN_NODE.ID).from(PLAN_NODE)))
                .or(INDICATOR.PLAN_ID.notIn(DSL.select(PLAN.ID).from(PLAN)))
                .forEach(r -> problems.add(LocalizedText.of("check.indicatorDangling", r.value1())));

        tx.select(UNIT_ALIAS.ALIAS).from(UNIT_ALIAS)
                .where(UNIT_ALIAS.UNIT_ID.notIn(DSL.select(UNIT.ID).from(UNIT)))
                .forEach(r -> problems.add(LocalizedText.of("check.aliasDangling", r.value1())));

        tx.select(UNIT.NAME).from(UNIT)
                .groupBy(UNIT.REGION_ID, UNIT.NAME)
                .having(DSL.count().gt(1))
                .forEach(r -> problems.add(LocalizedText.of("check.unitNameTwice", r.value1())));

        tx.select(PLAN.TITLE, PLAN.PERIOD_START, PLAN.PERIOD_END).from(PLAN)
                .where(PLAN.PERIOD_START.isNotNull().or(PLAN.PERIOD_END.isNotNull()))
                .forEach(r -> {
                    if (org.kesudesk.model.PlanPeriod.of(r.value2(), r.value3()).isEmpty()) {
                        // years as written, not as counts (2,025)
                        problems.add(LocalizedText.of("check.badPeriod", r.value1(),
                                java.util.Objects.toString(r.value2(), ""), java.util.Objects.toString(r.value3(), "")));
                    }
                });

        // a plan's units are its region's: a unit of another region in it would be renamed by that region's edits
        tx.select(UNIT.NAME, PLAN.TITLE).from(ASSIGNMENT)
                .join(UNIT).on(UNIT.ID.eq(ASSIGNMENT.UNIT_ID))
                .join(PLAN_NODE).on(PLAN_NODE.ID.eq(ASSIGNMENT.NODE_ID))
                .join(PLAN).on(PLAN.ID.eq(PLAN_NODE.PLAN_ID))
                .where(UNIT.REGION_ID.ne(PLAN.REGION_ID))
                .groupBy(UNIT.NAME, PLAN.TITLE)
                .forEach(r -> problems.add(LocalizedText.of("check.unitOfOtherRegion", r.value1(), r.value2())));
        return problems;
    }
}
