package org.kesudesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.documents.SupervisionLetter;
import org.kesudesk.files.FileNames;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
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
 * {@code render supervision [--round NAME] [--unit UNIT] [--reply-by YYYY-MM-DD] [--doc-number N] [--issuer NAME]
 * --format pdf|docx|ofd --out FILE [--per-unit] [--form]}: 督办通知单 in the notice's format (or with {@code --form}
 * as the one-page 督办单) for every unit with late or soon-due tasks in the round (the open one unless named; each
 * from a new page, or with {@code --per-unit} a file for each in the folder {@code --out} names), or for one unit.
 */
@Command(name = "supervision", mixinStandardHelpOptions = true)
final class SupervisionCommand implements Callable<Integer> {

    @ParentCommand
    RenderCommand render;
    @Spec
    CommandSpec spec;
    @Option(names = "--round", paramLabel = "NAME")
    String roundName;
    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "progress.supervision.unit")
    String unit;
    @Option(names = "--reply-by", paramLabel = "YYYY-MM-DD")
    LocalDate replyBy;
    @Option(names = "--doc-number", paramLabel = "NUMBER")
    String docNumber;
    @Option(names = "--issuer", paramLabel = "NAME")
    String issuer;
    @Option(names = "--contact-person", paramLabel = "NAME", descriptionKey = "progress.supervision.contactPerson")
    String contactPerson;
    @Option(names = "--contact-phone", paramLabel = "NUMBER", descriptionKey = "progress.supervision.contactPhone")
    String contactPhone;
    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = RenderCommand.FormatConverter.class)
    OutputFormat format;
    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "progress.supervision.out")
    Path out;
    @Option(names = "--per-unit")
    boolean perUnit;
    @Option(names = "--form")
    boolean form;
    @Option(names = "--urgency", paramLabel = "LEVEL", converter = RenderCommand.UrgencyConverter.class,
            descriptionKey = "progress.supervision.urgencyOption")
    org.kesudesk.model.Urgency urgency = org.kesudesk.model.Urgency.NONE;
    @Option(names = "--record-chase")
    boolean recordChase;
    @Option(names = "--counties", descriptionKey = "progress.supervision.countiesOption")
    boolean counties;
    @Option(names = "--county", paramLabel = "CODE|NAME", descriptionKey = "progress.supervision.countyOption")
    String county;
    @Mixin
    PlanOption planOption;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        DocumentRenderer renderer = DocumentRenderer.preparedInBackground(DocumentKind.NOTICE, format);
        LocalDate today = LocalDate.now();
        LocalDate replyDay = replyBy == null ? today.plusDays(Supervision.DEFAULT_REPLY_DAYS) : replyBy;
        PlanDocument plan;
        List<SupervisionLetter> letters;
        Optional<String> sender;
        org.kesudesk.model.UnitLiaison contact;
        ReportingRound round;
        List<org.kesudesk.model.Unit> writtenTo;
        List<org.kesudesk.model.Region> countiesWrittenTo = List.of();
        boolean toCounties = counties || county != null;
        if (toCounties && unit != null) {
            throw new UserFacingException("cli.supervision.unitOrCounties");
        }
        try (Database database = render.top.openDatabase()) {
            plan = planOption.open(database);
            ProgressTracking tracking = new ProgressTracking(database);
            sender = tracking.supervisionIssuer(Optional.ofNullable(issuer));
            // the contact kept in the window, a part given here taking its place for this run
            org.kesudesk.model.UnitLiaison kept = tracking.supervisionContact();
            contact = org.kesudesk.store.UnitRepository.checkedLiaison(new org.kesudesk.model.UnitLiaison(
                    contactPerson == null ? kept.person() : contactPerson,
                    contactPhone == null ? kept.phone() : contactPhone));
            round = tracking.roundOrCurrent(plan, java.util.Optional.ofNullable(roundName));
            Supervision supervision = new Supervision(tracking, new org.kesudesk.logic.progress.Chases(database));
            if (toCounties) {
                // a city's letters to its counties' offices, on the tasks they are behind on in their own plans
                Supervision.CountyLetters countyLetters = supervision.countyLetters(plan, round, today, replyDay,
                        Optional.ofNullable(county), sender);
                letters = countyLetters.letters();
                countiesWrittenTo = countyLetters.counties();
                writtenTo = List.of();
            } else {
                Supervision.Letters lettersTo = supervision.lettersTo(plan, round, today, replyDay,
                        Optional.ofNullable(unit));
                letters = lettersTo.letters();
                writtenTo = lettersTo.units();
            }
            if (letters.isEmpty()) {
                throw new UserFacingException("progress.supervision.error.nothingLateAtAll", round.name());
            }
            if (recordChase && !round.isOpen()) {
                // said before any file is written
                throw new UserFacingException("progress.chase.error.roundClosed", round.name());
            }
        }
        NoticeHeader header = Supervision.header(plan, today, docNumber == null ? "" : docNumber, sender, contact)
                .withUrgency(urgency);
        RenderCommand.warnOfNoIssuer(header, spec.commandLine().getErr());
        if (perUnit) {
            // a file for each unit, in the folder --out names
            int written = 0;
            for (SupervisionLetter letter : letters) {
                Path file = out.resolve(FileNames.safe(Messages.get(form ? "documents.supervisionForm.name"
                        : "documents.supervision.name") + "-"
                        + letter.unit()) + "." + format.extension());
                RenderedDocument document = render(renderer, List.of(letter), header, plan);
                try {
                    document.save(file, format);
                } catch (UserFacingException failure) {
                    throw org.kesudesk.l10n.FailureReasons.partlyWritten(failure, written, letters.size(), out);
                }
                written++;
                RenderCommand.warnOfMissingCharacters(document, format, spec.commandLine().getErr());
            }
        } else {
            RenderedDocument document = render(renderer, letters, header, plan);
            document.save(out, format);
            RenderCommand.warnOfMissingCharacters(document, format, spec.commandLine().getErr());
        }
        writer.println(Messages.get(form ? "cli.render.supervisionForm.done" : "cli.render.supervision.done",
                out.toAbsolutePath(), letters.size(),
                String.join("、", letters.stream().map(SupervisionLetter::unit).toList())));
        if (recordChase) {
            // once the files are written: the letters went out that day
            try (Database database = render.top.openDatabase()) {
                org.kesudesk.logic.progress.Chases chases = new org.kesudesk.logic.progress.Chases(database);
                String by = System.getProperty("user.name", "?");
                int noted = toCounties
                        ? chases.recordCountyLetters(round, countiesWrittenTo, today, replyDay, by).size()
                        : chases.recordLetters(round, writtenTo, today, replyDay, by).size();
                writer.println(Messages.get(toCounties ? "cli.render.countyChasesNoted" : "cli.render.chasesNoted",
                        noted));
            }
        }
        return 0;
    }

    /** The letters in the notice's format, or as 督办单 forms. */
    private org.kesudesk.documents.RenderedDocument render(DocumentRenderer renderer, List<SupervisionLetter> letters,
                                                           NoticeHeader header, PlanDocument plan) {
        return form ? renderer.renderSupervisionForms(letters, header)
                : renderer.renderSupervision(letters, header, plan);
    }
}
