package org.kesudesk.exchange;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanContentCheck;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.ExchangeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

/**
 * A plan's 台账 as an Excel workbook: written for a county or department to fill in, and read back
 * through the same path as an exchange file: check, preview what changes, then back up and apply in one
 * transaction.
 */
public final class Ledgers {

    private final PlanRepository plans;
    private final ExchangeRepository exchanges;
    private final Database database;

    public Ledgers(Database database) {
        this.database = database;
        this.plans = new PlanRepository(database);
        this.exchanges = new ExchangeRepository(database);
    }

    /**
     * A filled-in ledger read and compared with the plan; nothing stored yet.
     *
     * @param newUnits the names typed in that the unit catalogue does not know (by name or alias), in sheet order:
     *                 a misspelling would otherwise become a unit of its own
     */
    public record Preview(Path file, PlanDocument current, PlanMerge.Result merge, List<String> newUnits,
                          Map<UUID, Optional<org.kesudesk.model.Deadline>> deadlines, long auditLastId) {

        /** Whether applying the ledger would change nothing: the same units, the same deadlines. */
        public boolean changesNothing() {
            return merge.changesNothing() && deadlines.isEmpty();
        }
    }

    /** What applying a ledger did, and the backup made before it (none if nothing changed). */
    public record Imported(Optional<Path> backup, ExchangeRepository.Applied applied) {
    }

    /** Writes a plan's ledger; returns how many tasks it lists. */
    public long export(PlanDocument plan, Path file) {
        LedgerWorkbook.write(plan, new org.kesudesk.store.ProgressRepository(database).deadlines(plan.plan().id()),
                file);
        return PlanExchange.tasks(plan);
    }

    /** Reads a filled-in ledger and compares it with the plan its rows belong to (whichever plan that is here). */
    public Preview inspect(Path file) {
        Map<UUID, LedgerWorkbook.FilledRow> rows = LedgerWorkbook.read(file);
        Map.Entry<UUID, LedgerWorkbook.FilledRow> first = rows.entrySet().iterator().next();
        UUID planId = exchanges.planOfNode(first.getKey())
                .orElseThrow(() -> new UserFacingException("ledger.error.otherPlan", first.getValue().number()));
        // the plan read after the audit log's last id: a change in between is refused when applied
        long auditLastId = new org.kesudesk.store.AuditLog(database).lastIdFor(planId);
        PlanDocument plan = plans.find(planId)
                .orElseThrow(() -> new UserFacingException("ledger.error.otherPlan", first.getValue().number()));
        PlanDocument filled = LedgerWorkbook.fill(plan, rows);
        PlanContentCheck.requireValid(filled);
        // the catalogue of the plan's region: a county's ledger is checked against the county's units
        UnitRepository catalogue = UnitRepository.ofPlan(database, plan.plan());
        Set<String> known = new HashSet<>();
        catalogue.all().forEach(unit -> known.add(unit.name()));
        catalogue.aliases().forEach(alias -> known.add(alias.alias()));
        Set<String> newUnits = new LinkedHashSet<>();
        for (LedgerWorkbook.FilledRow row : rows.values()) {
            Stream.concat(row.lead().stream(), row.responsible().stream()).filter(name -> !known.contains(name))
                    .forEach(newUnits::add);
        }
        // the deadlines typed that differ from those here (a ledger without the column changes none)
        Map<UUID, org.kesudesk.model.Deadline> stored = new org.kesudesk.store.ProgressRepository(database)
                .deadlines(plan.plan().id());
        Map<UUID, org.kesudesk.model.PlanNode> nodes = new java.util.HashMap<>();
        plan.forEachNode(node -> nodes.put(node.id(), node));
        Map<UUID, Optional<org.kesudesk.model.Deadline>> deadlines = new java.util.LinkedHashMap<>();
        for (Map.Entry<UUID, LedgerWorkbook.FilledRow> row : rows.entrySet()) {
            Optional<Optional<org.kesudesk.model.Deadline>> typed = row.getValue().deadline();
            org.kesudesk.model.PlanNode node = nodes.get(row.getKey());
            if (typed.isEmpty() || node == null || typed.get().equals(Optional.ofNullable(stored.get(node.id())))) {
                continue;
            }
            if (!node.kind().isItem() && !node.kind().isTask()) {
                throw new UserFacingException("ledger.error.deadlineOnSection", row.getValue().number());
            }
            deadlines.put(node.id(), typed.get());
        }
        return new Preview(file, plan, PlanMerge.compare(plan, filled),
                List.copyOf(newUnits), Map.copyOf(deadlines), auditLastId);
    }

    /**
     * Applies a ledger as previewed: a backup of the database first, then everything in one transaction.
     *
     * @param newUnitsAccepted the user confirmed the units the catalogue does not know
     * @throws UserFacingException if there are such units and the user did not confirm them
     */
    public Imported apply(Preview preview, boolean newUnitsAccepted) {
        if (!preview.newUnits().isEmpty() && !newUnitsAccepted) {
            throw new UserFacingException("ledger.error.newUnits", preview.newUnits().size(),
                    String.join("、", preview.newUnits()));
        }
        if (preview.changesNothing()) {
            return new Imported(Optional.empty(), new ExchangeRepository.Applied(0, 0, 0));
        }
        Optional<Path> backup = Backups.beforeImport(database);
        return new Imported(backup,
                exchanges.applyLedger(preview.merge().merged(), applied -> Messages.get("audit.summary.ledgerImport",
                        preview.file().getFileName().toString(), applied.inserted(), applied.updated(),
                        applied.deleted()), preview.deadlines(), Messages.get("audit.summary.ledgerDeadline",
                        preview.file().getFileName().toString()), OptionalLong.of(preview.auditLastId())));
    }
}
