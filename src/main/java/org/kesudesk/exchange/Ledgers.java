package org.kesudesk.exchange;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;
import org.kesudesk.store.ExchangeRepository;
import org.kesudesk.store.PlanRepository;

/**
 * The current plan's 台账 as an Excel workbook: written for a county or department to fill in, and read back
 * through the same path as an exchange file: check, preview what changes, then back up and apply in one
 * transaction.
 */
public final class Ledgers {

    private final PlanRepository plans;
    private final ExchangeRepository exchanges;

    public Ledgers(Database database) {
        this.plans = new PlanRepository(database);
        this.exchanges = new ExchangeRepository(database);
    }

    /** A filled-in ledger read and compared with the plan; nothing stored yet. */
    public record Preview(Path file, PlanDocument current, PlanMerge.Result merge) {
    }

    /** What applying a ledger did, and the backup made before it (none if nothing changed). */
    public record Imported(Optional<Path> backup, ExchangeRepository.Applied applied) {
    }

    /** Writes the current plan's ledger; returns how many tasks it lists. */
    public long export(Path file) {
        PlanDocument plan = current();
        LedgerWorkbook.write(plan, file);
        return PlanExchange.tasks(plan);
    }

    public Preview inspect(Path file) {
        PlanDocument plan = current();
        PlanDocument filled = LedgerWorkbook.read(file, plan);
        return new Preview(file, plan, PlanMerge.merge(Optional.of(plan), Optional.of(plan), filled, Map.of()));
    }

    public Imported apply(Preview preview) {
        if (preview.merge().changesNothing()) {
            return new Imported(Optional.empty(), new ExchangeRepository.Applied(0, 0, 0));
        }
        Path backup = exchanges.backupBeforeImport();
        return new Imported(Optional.of(backup),
                exchanges.applyLedger(preview.merge().merged(), preview.file().getFileName().toString()));
    }

    private PlanDocument current() {
        return plans.current().orElseThrow(() -> new UserFacingException("cli.plan.none"));
    }
}
