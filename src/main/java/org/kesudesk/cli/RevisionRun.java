package org.kesudesk.cli;

import java.io.PrintWriter;

import org.kesudesk.exchange.Revisions;
import org.kesudesk.l10n.Messages;

/**
 * How the command line shows and applies a revision of a stored plan — a revised document ({@code plan import
 * --update}) or a county's plan derived again ({@code plan derive --update}): what changes, listed; then nothing
 * more on a dry run, exit code 3 while conflicts wait for {@code --conflicts}, else applied.
 *
 * @param noEarlier    the key of what to say when the plan's earlier version was not kept
 * @param reportedGone the key of what to say of tasks with reports (and indicators with values) it drops
 * @param unsettled    the key of what to say while conflicts wait
 * @param backupMade   the key of where the backup went
 * @param done         the key of what was done (rows inserted, updated, deleted)
 */
record RevisionRun(String noEarlier, String reportedGone, String unsettled, String backupMade, String done) {

    static final RevisionRun DOCUMENT = new RevisionRun("cli.revise.noEarlier", "cli.revise.reportedGone",
            "cli.revise.unsettled", "cli.exchange.backup", "cli.revise.done");
    static final RevisionRun DERIVATION = new RevisionRun("cli.derive.noEarlier", "cli.derive.reportedGone",
            "cli.derive.unsettled", "cli.derive.backup", "cli.derive.updated");

    /**
     * @param conflictsChosen whether {@code --conflicts} settled them (the preview was chosen with it)
     * @param backUp          whether to back the database up first (not when the caller made one for a batch)
     * @return the exit code
     */
    int run(PrintWriter out, PrintWriter err, Revisions revisions, Revisions.Preview preview, boolean dryRun,
            boolean conflictsChosen, boolean removeReported, boolean backUp) {
        if (!preview.earlierKept()) {
            out.println(Messages.get(noEarlier));
        }
        ExchangeCommand.printChanges(out, preview.merge());
        if (!preview.deadlines().isEmpty()) {
            out.println(Messages.get("cli.ledger.deadlines", preview.deadlines().size()));
        }
        if (!preview.reportedGone().isEmpty()) {
            out.println(Messages.get(reportedGone, preview.reportedGone().size(),
                    String.join("、", preview.reportedGone())));
        }
        if (dryRun) {
            out.println(Messages.get("cli.exchange.dryRun"));
            return 0;
        }
        if (!preview.merge().conflicts().isEmpty() && !conflictsChosen) {
            err.println(Messages.get(unsettled, preview.merge().conflicts().size()));
            return ExchangeCommand.UNSETTLED_CONFLICTS;
        }
        if (preview.changesNothing()) {
            out.println(Messages.get("cli.exchange.nothingToDo"));
            return 0;
        }
        Revisions.Revised revised = revisions.apply(preview, removeReported, backUp);
        revised.backup().ifPresent(backup -> out.println(Messages.get(backupMade, backup)));
        out.println(Messages.get(done, revised.applied().inserted(), revised.applied().updated(),
                revised.applied().deleted()));
        return 0;
    }
}
