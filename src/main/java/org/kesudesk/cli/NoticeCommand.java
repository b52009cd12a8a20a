package org.kesudesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.editing.PlanEditor;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.store.AssignmentRepository;
import org.kesudesk.store.Database;
import org.kesudesk.store.NodeRepository;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.UnitRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan notice [--plan REF] [--doc-number TEXT] [--date YYYY-MM-DD|none] [--annotation TEXT]}: the notice's
 * 版头, 附注 and 版记 as the plan's documents print them; with an option, that field kept in the plan (what 生成公文 ▸
 * 保存到方案 does: the same edit, checked and audited).
 */
@Command(name = "notice", mixinStandardHelpOptions = true)
final class NoticeCommand implements Callable<Integer> {

    /** What {@code --date none} says: the plan has no 成文日期. */
    private static final String NONE = "none";

    @ParentCommand
    PlanCommand plan;

    @Spec
    CommandSpec spec;

    @Mixin
    PlanOption planOption;

    @Option(names = "--doc-number", paramLabel = "TEXT", descriptionKey = "plan.notice.docNumber")
    Optional<String> docNumber = Optional.empty();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD|none", descriptionKey = "plan.notice.date")
    Optional<String> date = Optional.empty();

    @Option(names = "--annotation", paramLabel = "TEXT", descriptionKey = "plan.notice.annotation")
    Optional<String> annotation = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = plan.top.openDatabase()) {
            PlanDocument shown = planOption.open(database);
            Plan read = shown.plan();
            if (docNumber.isPresent() || date.isPresent() || annotation.isPresent()) {
                Optional<LocalDate> issued = date.isPresent() ? issueDate(date.get()) : read.issueDate();
                PlanNotice notice = read.notice();
                Plan kept = read.withNotice(new PlanNotice(docNumber.map(String::strip).orElse(notice.docNumber()),
                        notice.title(), notice.addressees(), notice.body(), notice.issuer(), issued,
                        annotation.map(PlanNotice::annotationOf).orElse(notice.annotation()), notice.copiedTo(),
                        notice.printedBy(), notice.printedDate()));
                new PlanEditor(new NodeRepository(database), new AssignmentRepository(database),
                        UnitRepository.ofPlan(database, read), new PlanRepository(database))
                        .updateNotice(read, kept).execute();
                read = kept;
                out.println(Messages.get("cli.plan.notice.kept"));
            }
            NoticeHeader header = NoticeHeader.of(read);
            List<String[]> fields = List.of(
                    new String[] {"documents.header.masthead", header.masthead()},
                    new String[] {"documents.header.docNumber", header.docNumber()},
                    new String[] {"documents.header.title", header.title()},
                    new String[] {"documents.header.addressees", header.addressees()},
                    new String[] {"documents.header.signature", header.signature()},
                    new String[] {"documents.header.date", header.date()},
                    new String[] {"documents.header.annotation", header.annotation()},
                    new String[] {"documents.header.copiedTo", header.copiedTo()},
                    new String[] {"documents.header.printedBy", header.printedBy()},
                    new String[] {"documents.header.printedDate", header.printedDate()});
            fields.forEach(field -> out.println(Messages.get("cli.plan.notice.field", Messages.get(field[0]),
                    field[1])));
        }
        return 0;
    }

    private static Optional<LocalDate> issueDate(String given) {
        if (given.strip().equalsIgnoreCase(NONE)) {
            return Optional.empty();
        }
        // as every date typed is read (2022-04-25, 2022年4月25日), within the years the app keeps
        return Optional.of(org.kesudesk.model.DocumentDate.typed(given)
                .orElseThrow(() -> new UserFacingException("cli.plan.notice.badDate", given)));
    }
}
