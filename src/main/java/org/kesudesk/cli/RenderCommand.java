package org.kesudesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kesudesk.documents.DocumentKind;
import org.kesudesk.documents.DocumentRenderer;
import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.OutputFormat;
import org.kesudesk.documents.RenderedDocument;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code render notice|division|unit-list [--unit NAME] [--with-division] --format pdf|docx|ofd --out FILE}: an
 * official document; the notice may carry the division table as its attachment. {@code render supervision} makes
 * the 督办通知单 of a round ({@link SupervisionCommand}).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        subcommands = {SupervisionCommand.class, BulletinCommand.class, SummaryCommand.class})
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    KesuDeskCommand top;
    @Spec
    CommandSpec spec;
    // not required in picocli's sense: "render supervision …" is a command of its own with its own options
    @Parameters(index = "0", arity = "0..1", paramLabel = "DOCUMENT", converter = KindConverter.class,
            descriptionKey = "documents.kindParameter")
    DocumentKind kind;
    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "documents.unitListOption")
    String unit;
    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class)
    OutputFormat format;
    @Option(names = "--out", paramLabel = "FILE")
    Path out;
    @Mixin
    PlanOption planOption;
    @Option(names = "--with-division")
    boolean withDivision;
    @Option(names = "--one-side")
    boolean oneSide;
    @Option(names = "--urgency", paramLabel = "LEVEL", converter = UrgencyConverter.class)
    org.kesudesk.model.Urgency urgency = org.kesudesk.model.Urgency.NONE;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        List<String> missing = new ArrayList<>();
        if (kind == null) {
            missing.add("DOCUMENT");
        }
        if (format == null) {
            missing.add("--format FORMAT");
        }
        if (out == null) {
            missing.add("--out FILE");
        }
        if (!missing.isEmpty()) {
            throw new UserFacingException("cli.usage.missing", String.join("、", missing));
        }
        if (unit != null && kind != DocumentKind.UNIT_LIST) {
            throw new UserFacingException("cli.render.unitOnlyForUnitList");
        }
        if (oneSide && (kind != DocumentKind.UNIT_LIST || unit != null)) {
            throw new UserFacingException("cli.render.oneSideOnlyForUnitLists");
        }
        if (withDivision && kind != DocumentKind.NOTICE) {
            throw new UserFacingException("cli.render.divisionOnlyForNotice");
        }
        if (urgency != org.kesudesk.model.Urgency.NONE && kind != DocumentKind.NOTICE) {
            throw new UserFacingException("cli.render.urgencyOnlyForNotice");
        }
        DocumentRenderer renderer = DocumentRenderer.preparedInBackground(kind, format);
        PlanDocument plan;
        java.util.Map<java.util.UUID, String> times;
        try (Database database = top.openDatabase()) {
            plan = planOption.open(database);
            times = new org.kesudesk.logic.progress.ProgressTracking(database).deadlineWords(plan);
        }
        NoticeHeader header = NoticeHeader.of(plan.plan()).withUrgency(urgency);
        RenderedDocument document = renderer.render(kind, plan, header, Optional.ofNullable(unit), withDivision,
                times, oneSide ? org.kesudesk.documents.PaperSides.ONE_SIDE
                        : org.kesudesk.documents.PaperSides.BOTH_SIDES);
        document.save(out, format);
        warnOfMissingCharacters(document, format, spec.commandLine().getErr());
        if (kind == DocumentKind.NOTICE && header.hasNotice() && (header.docNumber().isBlank()
                || header.date().isBlank())) {
            // a county's plan derived from the city's has neither until the county issues it
            spec.commandLine().getErr().println(Messages.get("cli.render.noNumberOrDate"));
        }
        // a Word file is paged by Word, in the reader's fonts: the count is the PDF's, said as such
        writer.println(format == OutputFormat.DOCX
                ? Messages.get("cli.render.doneWord", out.toAbsolutePath(), document.pageCount())
                : document.blankPages() > 0
                ? Messages.get("cli.render.doneWithBlank", out.toAbsolutePath(), document.pageCount(),
                        document.blankPages())
                : Messages.get("cli.render.done", out.toAbsolutePath(), document.pageCount()));
        return 0;
    }

    /**
     * Tells the user of the characters the document's fonts lack, blank in a PDF or an OFD (a Word file names the
     * fonts, and Word shows them).
     */
    static void warnOfMissingCharacters(RenderedDocument document, OutputFormat format, PrintWriter err) {
        document.missingCharactersText(format).ifPresent(err::println);
    }

    /**
     * Says on stderr that a letter or 通报 goes out in no office's name (the plan names no issuer and none is set):
     * it has no 版头, 署名 or 印发机关 until one is named.
     */
    static void warnOfNoIssuer(org.kesudesk.documents.NoticeHeader header, PrintWriter err) {
        if (header.signature().isBlank()) {
            err.println(Messages.get("cli.render.noIssuer"));
        }
    }

    /** notice, division or unit-list. */
    static final class KindConverter implements ITypeConverter<DocumentKind> {
        @Override
        public DocumentKind convert(String value) {
            return Arrays.stream(DocumentKind.values()).filter(k -> k.templateName().equals(value)).findFirst()
                    .orElseThrow(() -> new UserFacingException("cli.render.badKind", value));
        }
    }

    /** 特急 or 加急 (GB/T 9704 7.2.3), as {@link org.kesudesk.model.Urgency} reads them; anything else refused. */
    static final class UrgencyConverter implements ITypeConverter<org.kesudesk.model.Urgency> {
        @Override
        public org.kesudesk.model.Urgency convert(String value) {
            return org.kesudesk.model.Urgency.of(value)
                    .orElseThrow(() -> new UserFacingException("cli.render.badUrgency", value));
        }
    }

    /** pdf, docx or ofd. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return Arrays.stream(OutputFormat.values())
                    .filter(f -> f.extension().equals(value.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new UserFacingException("cli.render.badFormat", value));
        }
    }
}
