package org.kesudesk.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;

/**
 * The rows the templates print, made from the plan: one per paragraph (or element) of the notice and the unit
 * lists, one per line of the division table. Text is Chinese as the document prints it; the templates only place
 * and style it.
 */
final class DocumentRows {

    /** Characters of 3号 on a line of the 156 mm 版心 (the grid font sets them 15.75 pt apart, as Word's grid does). */
    static final int CHARS_PER_LINE = 28;
    /** Characters of 4号 (14 pt) on a 版记 line, one character's indent on each side. */
    static final int COLOPHON_CHARS_PER_LINE = 29;
    private static final char FULL_WIDTH_SPACE = '\u3000';
    private static final Pattern SECTION_HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");

    private DocumentRows() {
    }

    /** The notice below its 版头: title, 主送, its text, 署名 and date; then, from a new page, the plan. */
    static List<Map<String, ?>> notice(PlanDocument plan, NoticeHeader header, List<String> attachments) {
        List<Map<String, ?>> rows = new ArrayList<>();
        // the 版头 (发文机关标志, 发文字号, red rule) is the template's title band; the title 空二行 below the rule
        rows.add(row("BLANK", ""));
        rows.add(row("BLANK", ""));
        rows.add(row("TITLE", header.title()));
        rows.add(row("BLANK", ""));
        if (!header.addressees().isBlank()) {
            String addressees = header.addressees().strip();
            rows.add(row("ADDRESSEE", addressees.endsWith("：") || addressees.endsWith(":")
                    ? addressees.replaceFirst(":$", "：") : addressees + "："));
        }
        paragraphs(header.noticeBody()).forEach(p -> rows.add(row("BODY", p)));
        // 附件说明: 空一行 below the text, 左空二字, numbered when there are several, no punctuation after a name
        if (!attachments.isEmpty()) {
            rows.add(row("BLANK", ""));
            for (int i = 0; i < attachments.size(); i++) {
                String name = attachments.size() == 1 ? attachments.get(i) : (i + 1) + "." + attachments.get(i);
                String lead = i == 0 ? Messages.get("documents.attachment.lead")
                        : String.valueOf(FULL_WIDTH_SPACE).repeat(3);
                rows.add(row("BODY", lead + name));
            }
        }
        signature(header.signature(), header.date(), rows);

        rows.add(row("BREAK", ""));
        rows.add(row("PLAN_TITLE", plan.plan().planTitle().isBlank() ? header.title() : plan.plan().planTitle()));
        rows.add(row("BLANK", ""));
        for (String paragraph : paragraphs(plan.plan().goalText())) {
            rows.add(row(SECTION_HEADING.matcher(paragraph).matches() ? "SECTION" : "BODY", paragraph));
        }
        for (PlanNode section : plan.sections()) {
            rows.add(row("SECTION", displayName(section)));
            // the section's introduction (三、… 深化科普供给侧改革…实施5项重点工程。) before its first item
            paragraphs(section.text()).forEach(paragraph -> rows.add(row("BODY", paragraph)));
            for (PlanNode item : section.children()) {
                rows.add(row("ITEM", displayName(item)));
                String goal = item.text().strip() + unitsClause(item);
                if (!goal.isBlank()) {
                    rows.add(row("BODY", goal));
                }
                tasks(item, rows);
            }
        }
        return rows;
    }

    private static void tasks(PlanNode parent, List<Map<String, ?>> rows) {
        for (PlanNode task : parent.children()) {
            String text = task.text().isBlank() ? task.title() + "。" : task.text().strip();
            rows.add(row("TASK", task.kind().numbering(task.label()) + text + unitsClause(task)));
            tasks(task, rows);
        }
    }

    /** 署名 and 成文日期 without a seal: 空一行 below the text, 署名 右空二字, the date two characters to its right. */
    private static void signature(String signature, String date, List<Map<String, ?>> rows) {
        if (signature.isBlank() && date.isBlank()) {
            return;
        }
        rows.add(row("BLANK", ""));
        double signatureWidth = width(signature);
        double dateWidth = width(date);
        double signatureStart = CHARS_PER_LINE - 2 - signatureWidth;
        double dateStart = signatureStart + 2;
        if (dateStart + dateWidth > CHARS_PER_LINE - 2) {
            dateStart = CHARS_PER_LINE - 2 - dateWidth;
            signatureStart = dateStart - 2;
        }
        if (!signature.isBlank()) {
            rows.add(row("SIGNATURE", indent(signatureStart) + signature));
        }
        if (!date.isBlank()) {
            rows.add(row("DATE", indent(dateStart) + date));
        }
    }

    /** The division table: a row per section, per action/project (with its lead units) and per task. */
    static List<Map<String, ?>> division(PlanDocument plan) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int number = 0;
        for (PlanNode section : plan.sections()) {
            rows.add(tableRow("SECTION", "", displayName(section), "", ""));
            for (PlanNode item : section.children()) {
                String lead = names(item.unitsIn(Role.LEAD));
                rows.add(tableRow("ITEM", "", displayName(item), lead, ""));
                for (PlanNode task : item.children()) {
                    number++;
                    rows.add(tableRow("TASK", String.valueOf(number), displayName(task), lead,
                            names(task.unitsIn(Role.RESPONSIBLE))));
                    for (PlanNode subtask : task.children()) {
                        rows.add(tableRow("TASK", "", "  " + displayName(subtask), lead,
                                names(subtask.unitsIn(Role.RESPONSIBLE))));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The unit lists: for each unit (in the catalogue's precedence) the actions and projects it leads and the tasks
     * it is responsible for; only the named unit if one is given.
     */
    static List<Map<String, ?>> unitLists(PlanDocument plan, List<Unit> units) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Unit unit : units) {
            List<String> leads = new ArrayList<>();
            List<String> tasks = new ArrayList<>();
            for (PlanNode section : plan.sections()) {
                for (PlanNode item : section.children()) {
                    if (has(item, unit, Role.LEAD)) {
                        leads.add(displayName(item));
                    }
                    collectTasks(item, item, unit, tasks);
                }
            }
            rows.add(unitRow(unit, "HEAD", Messages.get("documents.unitList.leads", leads.size())));
            listed(unit, leads, rows);
            rows.add(unitRow(unit, "HEAD", Messages.get("documents.unitList.tasks", tasks.size())));
            listed(unit, tasks, rows);
        }
        return rows;
    }

    private static void collectTasks(PlanNode item, PlanNode parent, Unit unit, List<String> tasks) {
        for (PlanNode task : parent.children()) {
            if (has(task, unit, Role.RESPONSIBLE)) {
                tasks.add(displayName(task) + Messages.get("documents.unitList.under", displayName(item)));
            }
            collectTasks(item, task, unit, tasks);
        }
    }

    private static void listed(Unit unit, List<String> entries, List<Map<String, ?>> rows) {
        if (entries.isEmpty()) {
            rows.add(unitRow(unit, "ENTRY", Messages.get("documents.unitList.none")));
        }
        for (int i = 0; i < entries.size(); i++) {
            rows.add(unitRow(unit, "ENTRY", (i + 1) + "．" + entries.get(i)));
        }
    }

    /** Every unit the plan names, in the catalogue's precedence. */
    static List<Unit> unitsOf(PlanDocument plan) {
        Map<UUID, Unit> units = new LinkedHashMap<>();
        for (PlanNode section : plan.sections()) {
            collectUnits(section, units);
        }
        return units.values().stream().sorted(Comparator.comparingInt(Unit::precedence)).toList();
    }

    private static void collectUnits(PlanNode node, Map<UUID, Unit> units) {
        node.assignments().forEach(a -> units.putIfAbsent(a.unit().id(), a.unit()));
        node.children().forEach(child -> collectUnits(child, units));
    }

    /** How many 版记 lines 抄送 takes (0, 1 or 2; a longer list is set smaller to fit two). */
    static int copiedToLines(String copiedTo) {
        if (copiedTo.isBlank()) {
            return 0;
        }
        return width("抄送：" + copiedTo) <= COLOPHON_CHARS_PER_LINE ? 1 : 2;
    }

    /** 抄送 as printed: the names, ending with a 句号. */
    static String copiedTo(String copiedTo) {
        String names = copiedTo.strip().replaceFirst("^抄送[：:]", "").strip();
        return names.isEmpty() || names.endsWith("。") ? names : names + "。";
    }

    private static boolean has(PlanNode node, Unit unit, Role role) {
        return node.unitsIn(role).stream().anyMatch(u -> u.id().equals(unit.id()));
    }

    private static String unitsClause(PlanNode node) {
        return node.kind().unitRole().map(role -> {
            List<Unit> units = node.unitsIn(role);
            return units.isEmpty() ? "" : Messages.get("documents.units." + role.name(), names(units));
        }).orElse("");
    }

    private static String names(List<Unit> units) {
        return units.stream().map(Unit::name).collect(Collectors.joining("、"));
    }

    private static String displayName(PlanNode node) {
        return node.kind().numbering(node.label()) + node.title();
    }

    private static List<String> paragraphs(String text) {
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

    private static String indent(double characters) {
        return String.valueOf(FULL_WIDTH_SPACE).repeat((int) Math.max(0, Math.round(characters)));
    }

    private static Map<String, ?> row(String kind, String text) {
        return Map.of("kind", kind, "text", text);
    }

    private static Map<String, ?> tableRow(String kind, String number, String task, String lead, String responsible) {
        return Map.of("kind", kind, "number", number, "task", task, "lead", lead, "responsible", responsible);
    }

    private static Map<String, ?> unitRow(Unit unit, String kind, String text) {
        return Map.of("unit", unit.name(), "kind", kind, "text", text);
    }
}
