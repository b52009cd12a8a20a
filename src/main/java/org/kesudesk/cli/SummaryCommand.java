package org.kesudesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.SummaryDraft;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.logic.progress.SummaryDrafts;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code render summary [--round NAME] --out FILE.docx}: the draft of the round's 工作总结 as a Word file — every
 * unit's report under the plan's sections and tasks, the figures, the tasks still late — for the clerk to edit.
 */
@Command(name = "summary", mixinStandardHelpOptions = true)
final class SummaryCommand implements Callable<Integer> {

    @ParentCommand
    RenderCommand render;
    @Spec
    CommandSpec spec;
    @Option(names = "--round", paramLabel = "NAME")
    String roundName;
    @Option(names = "--out", paramLabel = "FILE", required = true)
    Path out;
    @Mixin
    PlanOption planOption;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new UserFacingException("cli.render.summary.docxOnly", out.getFileName());
        }
        PlanDocument plan;
        SummaryDraft draft;
        try (Database database = render.top.openDatabase()) {
            plan = planOption.open(database);
            ProgressTracking tracking = new ProgressTracking(database);
            draft = new SummaryDrafts(tracking, new org.kesudesk.logic.progress.Chases(database),
                    tracking.countyTasks()).draft(plan,
                    tracking.roundOrCurrent(plan, java.util.Optional.ofNullable(roundName)), LocalDate.now());
        }
        new DocumentRenderer().writeSummary(draft, plan, out);
        spec.commandLine().getOut().println(Messages.get("cli.render.summary.done", out.toAbsolutePath()));
        return 0;
    }
}
