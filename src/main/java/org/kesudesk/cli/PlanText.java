package org.kesudesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Role;
import org.kesudesk.model.Unit;

/** The plan as indented text for people, printed by {@code plan show}. */
final class PlanText {

    private PlanText() {
    }

    static String write(PlanDocument document) {
        if (document == null) {
            return Messages.get("cli.plan.none");
        }
        StringBuilder text = new StringBuilder();
        // a plan read without its notice has no 文号 and is called by its own title
        if (!document.plan().docNumber().isBlank()) {
            text.append(document.plan().docNumber()).append('\n');
        }
        text.append(document.plan().title().isBlank() ? document.plan().name() : document.plan().title())
                .append('\n');
        for (PlanNode section : document.sections()) {
            appendNode(text, section, 0);
        }
        return text.toString().stripTrailing();
    }

    private static void appendNode(StringBuilder text, PlanNode node, int depth) {
        text.append("  ".repeat(depth)).append(node.heading());
        // （牵头单位：…；责任单位：…）: an item's leads, a task's own leads and its responsible units
        List<String> parts = new ArrayList<>();
        for (Role role : Role.values()) {
            String units = node.unitsIn(role).stream().map(Unit::name).collect(Collectors.joining("、"));
            if (node.kind().takes(role) && !units.isEmpty()) {
                parts.add(Messages.get("node.units." + role.name()) + "：" + units);
            }
        }
        if (!parts.isEmpty()) {
            text.append("（").append(String.join("；", parts)).append("）");
        }
        text.append('\n');
        node.children().forEach(child -> appendNode(text, child, depth + 1));
    }
}
