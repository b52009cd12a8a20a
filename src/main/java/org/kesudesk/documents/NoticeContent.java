package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Highlights;
import org.kesudesk.model.IssuingOrgans;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;

/**
 * What the notice says below its 版头, in reading order, as blocks: the title, 主送, the notice's text, 附件说明,
 * 署名 and date, then from a new page the plan — its title, goals, sections (一级标题), actions and projects (二级标题)
 * and every task with its units. The PDF sets these blocks as lines on the grid ({@link GridLines}); the Word file
 * writes each as a paragraph of its style ({@link WordNotice}). One reading of the plan for both.
 */
final class NoticeContent {

    private static final Pattern SECTION_HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern SUBSECTION_HEADING = Pattern.compile("^（[一二三四五六七八九十]+）.*");
    /** A paragraph "（一）…" longer than this is text that starts with a number, not a heading. */
    private static final int MOST_IN_A_HEADING = 40;
    private static final char FULL_WIDTH_SPACE = '\u3000';

    /** What a block is. */
    enum Kind {
        /** An empty line (空一行). */
        BLANK,
        /** A title: 2号小标宋, centred, broken between words. */
        TITLE,
        /** 主送机关: 顶格, ending with "：". */
        ADDRESSEES,
        /** A paragraph of text, 左空二字. */
        BODY,
        /** A line of the 附件说明 ("附件：…", 左空二字). */
        ATTACHMENT,
        /** A paragraph that starts with a run-in heading in 楷体 ({@link RunInHead}). */
        RUN_IN,
        /** 一级标题 ("一、…"): 黑体, 左空二字. */
        HEADING_1,
        /** 二级标题 ("（一）…"): 楷体, 左空二字. */
        HEADING_2,
        /** 署名 and 成文日期 (without a seal), each at its place on its line. */
        SIGN_OFF,
        /** A line of the 附注 under the date: 左空二字, in round brackets, kept with the date. */
        ANNOTATION,
        /** What follows starts a new page. */
        PAGE_BREAK,
        /**
         * A 函's 发文字号 under its 标志 and red double line, 顶格 at the right (GB/T 9704 10.1); {@code second} its
         * 紧急程度, 顶格 at the left, or empty.
         */
        LETTERHEAD
    }

    /**
     * A block: its kind and text; for {@link Kind#SIGN_OFF}, the text is the 署名, {@code second} the date and the
     * indents are where each starts, in characters from the left of the 版心.
     */
    record Block(Kind kind, String text, String second, int firstIndent, int secondIndent) {

        Block(Kind kind, String text) {
            this(kind, text, "", 0, 0);
        }
    }

    private NoticeContent() {
    }

    /**
     * A document's first lines under its 版头: the title 空二行 below the red rule (the 版头 — 发文机关标志, 发文字号,
     * rule — is the template's), and 空一行 under the title; for a 函, its 发文字号 first (the 标志 and double line
     * above it are the template's too), the title 空二行 below it.
     */
    private static List<Block> head(NoticeHeader header, String title) {
        List<Block> blocks = new ArrayList<>();
        if (header.isLetter()) {
            // its 紧急程度 beside it
            blocks.add(new Block(Kind.LETTERHEAD, header.docNumber(), header.urgency().mark(), 0, 0));
        }
        blocks.add(new Block(Kind.BLANK, ""));
        blocks.add(new Block(Kind.BLANK, ""));
        blocks.add(new Block(Kind.TITLE, title));
        blocks.add(new Block(Kind.BLANK, ""));
        return blocks;
    }

    /** The notice's blocks; {@code attachments} are the names of its 附件 (the division table), if any. */
    static List<Block> of(PlanDocument plan, NoticeHeader header, List<String> attachments) {
        List<Block> blocks = new ArrayList<>();
        if (header.hasNotice()) {
            blocks.addAll(head(header, header.title()));
            // 主送 under the title, unless so long that it goes in the 版记 (GB/T 9704 7.3.2)
            if (!header.addressees().isBlank() && !header.addresseesInColophon()) {
                String addressees = header.addressees().strip();
                blocks.add(new Block(Kind.ADDRESSEES, addressees.endsWith("：") || addressees.endsWith(":")
                        ? addressees.replaceFirst(":$", "：") : addressees + "："));
            }
            withoutAttachmentNote(paragraphs(header.noticeBody())).forEach(p -> blocks.add(new Block(Kind.BODY, p)));
            // 附件说明: 空一行 below the text, 左空二字, numbered when there are several, no punctuation after a name
            if (!attachments.isEmpty()) {
                blocks.add(new Block(Kind.BLANK, ""));
                for (int i = 0; i < attachments.size(); i++) {
                    String name = attachments.size() == 1 ? attachments.get(i) : (i + 1) + "." + attachments.get(i);
                    String lead = i == 0 ? Messages.get("documents.attachment.lead")
                            : String.valueOf(FULL_WIDTH_SPACE).repeat(3);
                    blocks.add(new Block(Kind.ATTACHMENT, lead + name));
                }
            }
            signOff(header.signature(), header.date()).ifPresent(blocks::add);
            // 附注: 居左空二字, in round brackets, on the line under the date (GB/T 9704 7.3.6)
            org.kesudesk.model.PlanNotice.printedAnnotation(header.annotation())
                    .forEach(line -> blocks.add(new Block(Kind.ANNOTATION, line)));

            blocks.add(new Block(Kind.PAGE_BREAK, ""));
        }
        blocks.add(new Block(Kind.TITLE, plan.plan().planTitle().isBlank()
                ? Plan.issuedDocument(header.title()).orElse(header.title()) : plan.plan().planTitle()));
        blocks.add(new Block(Kind.BLANK, ""));
        for (String paragraph : paragraphs(plan.plan().goalText())) {
            if (SECTION_HEADING.matcher(paragraph).matches()) {
                blocks.add(new Block(Kind.HEADING_1, paragraph));
            } else if (RunInHead.startsWithOne(paragraph)) {
                blocks.add(new Block(Kind.RUN_IN, paragraph));
            } else {
                blocks.add(new Block(Kind.BODY, paragraph));
            }
        }
        plan.sections().forEach(section -> section(section, blocks));
        return blocks;
    }

    /**
     * One node of a plan as the notice prints it, with everything under it: a section its heading, introduction and
     * items, an item its heading (or run-in paragraph) and tasks, a task its paragraphs closed by its units and its
     * subtasks; empty when the plan has no such node.
     */
    static List<Block> ofNode(PlanDocument plan, java.util.UUID id) {
        List<Block> blocks = new ArrayList<>();
        for (PlanNode section : plan.sections()) {
            if (section.id().equals(id)) {
                section(section, blocks);
                return blocks;
            }
            for (PlanNode item : section.children()) {
                if (item.id().equals(id)) {
                    item(section, item, blocks);
                    return blocks;
                }
                java.util.Optional<PlanNode> own = DocumentRows.ownTask(item);
                if (own.filter(task -> task.id().equals(id)).isPresent()) {
                    // the task an item is itself is the item's one paragraph
                    ownTask(item, own.get(), blocks);
                    return blocks;
                }
                java.util.Optional<PlanNode> task = under(item, id);
                if (task.isPresent()) {
                    task(task.get(), blocks);
                    return blocks;
                }
            }
        }
        return blocks;
    }

    /** Tasks not (yet) in a plan as the notice would print them, each with the sub-tasks under it. */
    static List<Block> ofTasks(List<PlanNode> tasks) {
        List<Block> blocks = new ArrayList<>();
        tasks.forEach(task -> task(task, blocks));
        return blocks;
    }

    private static java.util.Optional<PlanNode> under(PlanNode parent, java.util.UUID id) {
        for (PlanNode child : parent.children()) {
            if (child.id().equals(id)) {
                return java.util.Optional.of(child);
            }
            java.util.Optional<PlanNode> found = under(child, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private static void section(PlanNode section, List<Block> blocks) {
        blocks.add(new Block(Kind.HEADING_1, displayName(section)));
        // the section's introduction (三、… 深化科普供给侧改革…实施5项重点工程。) before its first item
        paragraphs(section.text()).forEach(p -> blocks.add(new Block(Kind.BODY, p)));
        section.children().forEach(item -> item(section, item, blocks));
    }

    private static void item(PlanNode section, PlanNode item, List<Block> blocks) {
        java.util.Optional<PlanNode> own = DocumentRows.ownTask(item);
        if (own.isPresent()) {
            ownTask(item, own.get(), blocks);
            return;
        }
        if (runsIn(item)) {
            runIn(item, item.text(), DocumentRows.unitsClause(item), blocks);
        } else {
            // the item a section is itself has no heading of its own: its tasks follow the section's
            if (!section.isOwnItem(item)) {
                blocks.add(new Block(Kind.HEADING_2, displayName(item)));
            }
            text(blocks, "", item.text(), DocumentRows.unitsClause(item));
        }
        tasks(item, blocks);
    }

    /**
     * A 督办通知单 in the notice's format: its title, the unit as 主送, why it is written, each task with its deadline,
     * status and what was reported, what the unit is to do and by when, 署名 and date.
     */
    static List<Block> supervision(SupervisionLetter letter, NoticeHeader header) {
        List<Block> blocks = new ArrayList<>(head(header, header.title()));
        blocks.add(new Block(Kind.ADDRESSEES, letter.unit() + "："));
        blocks.add(new Block(Kind.BODY, Messages.get("documents.supervision.intro", letter.planTitle(),
                letter.round(), letter.entries().size(), letter.addressedAs()) + letter.chased()));
        for (int i = 0; i < letter.entries().size(); i++) {
            SupervisionLetter.Entry entry = letter.entries().get(i);
            String progress = entry.progress().isBlank() ? ""
                    : Messages.get("documents.supervision.progress", entry.progress().strip());
            blocks.add(new Block(Kind.BODY, Messages.get("documents.supervision.entry", i + 1, entry.task(),
                    entry.deadline().isBlank() ? Messages.get("documents.supervision.noDeadline") : entry.deadline(),
                    entry.status(), progress)));
        }
        blocks.add(new Block(Kind.BODY, Messages.get("documents.supervision.reply", letter.replyBy(),
                header.signature())));
        signOff(header.signature(), header.date()).ifPresent(blocks::add);
        // whom to call: the 附注 under the date, in round brackets
        org.kesudesk.model.PlanNotice.printedAnnotation(header.annotation())
                .forEach(line -> blocks.add(new Block(Kind.ANNOTATION, line)));
        return blocks;
    }

    /**
     * A 进展情况通报 in the notice's format: its title, 主送, its text (a paragraph "一、…" a heading, one "（一）…" a
     * second-level heading), the 附件说明 naming its figures, 署名 and date.
     */
    static List<Block> bulletin(Bulletin bulletin, NoticeHeader header) {
        List<Block> blocks = new ArrayList<>(head(header, bulletin.title()));
        if (!bulletin.addressees().isBlank() && !header.addresseesInColophon()) {
            String addressees = bulletin.addressees().strip();
            blocks.add(new Block(Kind.ADDRESSEES, addressees.endsWith("：") ? addressees : addressees + "："));
        }
        for (String paragraph : bulletin.paragraphs()) {
            if (SECTION_HEADING.matcher(paragraph).matches()) {
                blocks.add(new Block(Kind.HEADING_1, paragraph));
            } else if (SUBSECTION_HEADING.matcher(paragraph).matches() && paragraph.length() <= MOST_IN_A_HEADING) {
                blocks.add(new Block(Kind.HEADING_2, paragraph));
            } else {
                blocks.add(new Block(Kind.BODY, paragraph));
            }
        }
        blocks.add(new Block(Kind.BLANK, ""));
        blocks.add(new Block(Kind.ATTACHMENT, Messages.get("documents.attachment.lead") + bulletin.attachment()));
        signOff(header.signature(), header.date()).ifPresent(blocks::add);
        return blocks;
    }

    /** A 通报's header: the office's 版头 and 版记, the 通报's title and 主送. */
    static NoticeHeader bulletinHeader(Bulletin bulletin, NoticeHeader header) {
        return header.forDocument(bulletin.title(), bulletin.addressees());
    }

    /**
     * A 督办单 form's rows, label and text: 督办事项, 承办单位, 督办依据, 办理时限, 督办内容 (each task on a line of its
     * own), 办理要求, 督办单位 (with the date), and 办理结果 last, empty, for the unit to fill in.
     */
    static List<String[]> supervisionForm(SupervisionLetter letter, NoticeHeader header) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Messages.get("documents.supervisionForm.matter"),
                Messages.get("documents.supervision.title", letter.round())});
        rows.add(new String[] {Messages.get("documents.supervisionForm.unit"), letter.unit()});
        // a form has no 版头 to mark: the urgency chosen (特急, 加急) is a row of its own, none when none is
        if (header.urgency() != org.kesudesk.model.Urgency.NONE) {
            rows.add(new String[] {Messages.get("documents.supervisionForm.urgency"), header.urgency().mark()});
        }
        rows.add(new String[] {Messages.get("documents.supervisionForm.basis"),
                Messages.get("documents.supervisionForm.basisText", letter.planTitle(), letter.round())});
        rows.add(new String[] {Messages.get("documents.supervisionForm.replyBy"),
                Messages.get("documents.supervisionForm.replyByText", letter.replyBy())});
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < letter.entries().size(); i++) {
            SupervisionLetter.Entry entry = letter.entries().get(i);
            String progress = entry.progress().isBlank() ? ""
                    : Messages.get("documents.supervision.progress", entry.progress().strip());
            tasks.add(Messages.get("documents.supervision.entry", i + 1, entry.task(),
                    entry.deadline().isBlank() ? Messages.get("documents.supervision.noDeadline") : entry.deadline(),
                    entry.status(), progress));
        }
        rows.add(new String[] {Messages.get("documents.supervisionForm.tasks"), String.join("\n", tasks)});
        rows.add(new String[] {Messages.get("documents.supervisionForm.demand"),
                Messages.get("documents.supervision.reply", letter.replyBy(), header.signature())});
        rows.add(new String[] {Messages.get("documents.supervisionForm.office"),
                header.signature() + (header.date().isBlank() ? "" : "\n" + header.date())
                        // whom to call, under the office
                        + (header.annotation().isBlank() ? "" : "\n" + header.annotation())});
        rows.add(new String[] {Messages.get("documents.supervisionForm.result"), ""});
        return rows;
    }

    /** A 督办通知单's header: the office's 版头 and 版记, the letter's title (the round named), its unit as 主送. */
    static NoticeHeader supervisionHeader(SupervisionLetter letter, NoticeHeader header) {
        return header.forDocument(Messages.get("documents.supervision.title", letter.round()), letter.unit());
    }

    /** The names a 督办通知单's title never breaks inside: the plan's, and the round's name. */
    static List<String> supervisionNames(SupervisionLetter letter, List<String> names) {
        List<String> unbroken = new ArrayList<>(names);
        unbroken.add(letter.round());
        return unbroken;
    }

    /**
     * An item that is its own task, as the one paragraph the document wrote: its number and heading run in
     * (（一）深入开展…。推进…), its 牵头 units and the task's others closing it (（牵头单位：…；责任单位：…）).
     */
    private static void ownTask(PlanNode item, PlanNode task, List<Block> blocks) {
        List<Unit> leads = DocumentRows.ownTaskLeads(item, task);
        List<Unit> others = DocumentRows.othersThanLeads(item, task);
        String units = leads.isEmpty() ? DocumentRows.unitsClause(task)
                : others.isEmpty() ? Messages.get("documents.units.LEAD", DocumentRows.names(leads))
                : Messages.get("documents.units.leadAndResponsible", DocumentRows.names(leads),
                        DocumentRows.names(others));
        // its heading runs in before its text, which may not repeat it (（一）青少年科学素质提升行动。一是…)
        String text = task.text().strip();
        runIn(item, text.isEmpty() ? task.title() + "。" : text.startsWith(task.title()) ? text
                : task.title() + "。" + text, units, blocks);
    }

    /**
     * Whether an item's text starts with its heading, as a document writes a run-in heading (（一）青少年科学素质提升
     * 行动。激发…): printed as that one paragraph, not as a heading with the heading again under it.
     */
    private static boolean runsIn(PlanNode item) {
        return !item.title().isEmpty() && item.text().strip().startsWith(item.title() + "。");
    }

    /**
     * An item as the run-in paragraph the document wrote (its text starting with its heading), units closing it (before
     * a 专栏 that follows it).
     */
    private static void runIn(PlanNode item, String text, String units, List<Block> blocks) {
        List<String> paragraphs = new ArrayList<>(paragraphs(text));
        int last = Highlights.unitsClose(paragraphs);
        paragraphs.set(last, paragraphs.get(last) + units);
        blocks.add(new Block(Kind.RUN_IN, item.kind().numbering(item.label()) + paragraphs.get(0)));
        paragraphs.subList(1, paragraphs.size()).forEach(p -> blocks.add(new Block(Kind.BODY, p)));
    }

    private static void tasks(PlanNode parent, List<Block> blocks) {
        parent.children().forEach(task -> task(task, blocks));
    }

    private static void task(PlanNode task, List<Block> blocks) {
        String text = task.text().isBlank() ? task.title() + "。" : task.text();
        text(blocks, task.kind().numbering(task.label()), text, DocumentRows.unitsClause(task));
        tasks(task, blocks);
    }

    /**
     * A node's text, a paragraph for each of its lines: the numbering before the first, the units after the last
     * (a task whose text goes on over several paragraphs keeps every one of them) or before a 专栏 that follows it.
     */
    private static void text(List<Block> blocks, String numbering, String text, String units) {
        List<String> paragraphs = new ArrayList<>(paragraphs(text));
        if (paragraphs.isEmpty()) {
            if (!(numbering + units).isBlank()) {
                blocks.add(new Block(Kind.BODY, numbering + units));
            }
            return;
        }
        paragraphs.set(0, numbering + paragraphs.get(0));
        int last = Highlights.unitsClose(paragraphs);
        paragraphs.set(last, paragraphs.get(last) + units);
        paragraphs.forEach(p -> blocks.add(new Block(Kind.BODY, p)));
    }

    /**
     * 署名 and 成文日期 without a seal (GB/T 9704 7.3.5.2): 署名 右空二字, the date on the next line two characters
     * to the right of the 署名's start; a date longer than the 署名 is 右空二字 and the 署名 moves left. A joint
     * notice's organs each on a line, in order (其余发文机关署名依次向下编排), each 右空二字: the text the lines, the
     * shorter ones led by full-width spaces, from the longest's start; a name too long for its line so too, broken
     * between its words.
     */
    private static java.util.Optional<Block> signOff(String signature, String date) {
        if (signature.isBlank() && date.isBlank()) {
            return java.util.Optional.empty();
        }
        List<String> organs = IssuingOrgans.of(signature);
        if (organs.size() > 1 && organs.stream().allMatch(IssuingOrgans::isOrgan)) {
            double widest = organs.stream().mapToDouble(NoticeContent::width).max().orElse(0);
            signature = organs.stream().map(organ -> "\u3000".repeat((int) Math.round(widest - width(organ))) + organ)
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
        int line = DocumentRows.CHARS_PER_LINE;
        if (signature.lines().anyMatch(organ -> width(organ) > line - 2)) {
            // a name wider than the line less its 右空二字 would run off the 版心: broken between its words, its parts
            // set as a joint notice's organs are
            TitleBreaker breaker = new TitleBreaker(c -> c < 0x2E80 ? 0.5 : 1);
            List<String> parts = signature.lines().map(String::strip).flatMap(organ -> breaker.lines(organ, line - 2,
                    org.kesudesk.model.IssuingOrgans.placesAtStart(organ)).stream()).toList();
            double widest = parts.stream().mapToDouble(NoticeContent::width).max().orElse(0);
            signature = parts.stream().map(part -> "\u3000".repeat((int) Math.round(widest - width(part))) + part)
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
        double signatureStart = line - 2 - signature.lines().mapToDouble(NoticeContent::width).max().orElse(0);
        double dateStart = signatureStart + 2;
        if (dateStart + width(date) > line - 2) {
            dateStart = line - 2 - width(date);
            signatureStart = dateStart - 2;
        }
        return java.util.Optional.of(new Block(Kind.SIGN_OFF, signature, date,
                (int) Math.max(0, Math.round(signatureStart)), (int) Math.max(0, Math.round(dateStart))));
    }

    static String displayName(PlanNode node) {
        return node.heading();
    }

    /** The first line of a 附件说明: 附件：任务分工表, 附件:1.… */
    private static final java.util.regex.Pattern ATTACHMENT_NOTE = java.util.regex.Pattern.compile(
            "^附\\s*件\\s*[0-9０-９]{0,2}\\s*[：:].*");
    /** A further line of a 附件说明 that lists several: 2.监测评估指标 */
    private static final java.util.regex.Pattern ATTACHMENT_NOTE_MORE = java.util.regex.Pattern.compile(
            "^[0-9０-９]{1,2}\\s*[.．、].{1,60}");

    /**
     * The notice's text without the 附件说明 it ended with as read (a notice read from a document, this app's own
     * among them): the 附件说明 says what is attached to this printing, and only the notice rendered with its
     * 分工表 has one (written below, once).
     */
    static List<String> withoutAttachmentNote(List<String> paragraphs) {
        int end = paragraphs.size();
        while (end > 0 && ATTACHMENT_NOTE_MORE.matcher(paragraphs.get(end - 1)).matches()) {
            end--;
        }
        return end > 0 && ATTACHMENT_NOTE.matcher(paragraphs.get(end - 1)).matches()
                ? paragraphs.subList(0, end - 1) : paragraphs;
    }

    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Width in characters of 3号: a Chinese character is one, a Latin letter or digit about half. */
    static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return width;
    }
}
