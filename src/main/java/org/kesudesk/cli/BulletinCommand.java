package org.kesudesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kesudesk.documents.Bulletin;
import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.l10n.Messages;
import org.kesudesk.logic.progress.Bulletins;
import org.kesudesk.logic.progress.IndicatorTracking;
import org.kesudesk.logic.progress.ProgressTracking;
import org.kesudesk.logic.progress.Supervision;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code render bulletin [--round NAME] --format pdf|docx|ofd --out FILE [--frame FILE [--save-frame]]
 * [--doc-number N] [--issuer NAME]}: the round's (the open one unless named) 进展情况通报 in the notice's format, its
 * text from the office's frame with the round's figures filled in, its figures and charts as the 附件.
 */
@Command(name = "bulletin", mixinStandardHelpOptions = true)
final class BulletinCommand implements Callable<Integer> {

    @ParentCommand
    RenderCommand render;
    @Spec
    CommandSpec spec;
    @Option(names = "--round", paramLabel = "NAME")
    String roundName;
    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = RenderCommand.FormatConverter.class)
    OutputFormat format;
    @Option(names = "--out", paramLabel = "FILE", required = true)
    Path out;
    @Option(names = "--frame", paramLabel = "FILE")
    Path frameFile;
    @Option(names = "--save-frame")
    boolean saveFrame;
    @Option(names = "--doc-number", paramLabel = "NUMBER")
    String docNumber;
    @Option(names = "--issuer", paramLabel = "NAME")
    String issuer;
    @Mixin
    PlanOption planOption;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        DocumentRenderer renderer = DocumentRenderer.preparedInBackground(DocumentKind.NOTICE, format);
        LocalDate today = LocalDate.now();
        String frame = frameFile == null ? null : Bulletins.readFrame(frameFile);
        PlanDocument plan;
        Bulletin bulletin;
        Optional<String> sender;
        try (Database database = render.top.openDatabase()) {
            plan = planOption.open(database);
            ProgressTracking tracking = new ProgressTracking(database);
            sender = tracking.supervisionIssuer(Optional.ofNullable(issuer));
            ReportingRound round = tracking.roundOrCurrent(plan, java.util.Optional.ofNullable(roundName));
            Bulletins bulletins = new Bulletins(database, tracking, new IndicatorTracking(database));
            if (frame != null && saveFrame) {
                bulletins.saveFrame(frame);
            }
            bulletin = bulletins.bulletin(plan, round, today, frame == null ? bulletins.frame(round, today) : frame);
        }
        NoticeHeader header = Supervision.header(plan, today, docNumber == null ? "" : docNumber, sender);
        RenderCommand.warnOfNoIssuer(header, spec.commandLine().getErr());
        RenderedDocument document = renderer.renderBulletin(bulletin, header, plan);
        document.save(out, format);
        RenderCommand.warnOfMissingCharacters(document, format, spec.commandLine().getErr());
        writer.println(Messages.get("cli.render.bulletin.done", out.toAbsolutePath(), bulletin.paragraphs().size(),
                bulletin.tables().size(), bulletin.charts().size()));
        return 0;
    }
}
