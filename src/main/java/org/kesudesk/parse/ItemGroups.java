package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.model.NodeKind;

/**
 * Plans numbered one level deeper than the 纲要: 二、重点任务 → （一）实施五大提升行动 → 1.青少年科学素质提升行动 →
 * （1）task. The （一） items there are groups of actions or projects, not actions: read as written, all five actions
 * would be tasks of one action named 实施五大提升行动, and their tasks sub-tasks. Each group becomes a section of its
 * own and every level below it moves up one (1. → （一）, （1） → 1.); the sections after it are numbered on. The
 * paragraphs are rewritten so, before they are read, and the reader is told.
 */
final class ItemGroups {

    /** 五大, 五项, 十个: a group's title counts its actions or projects. */
    private static final Pattern COUNT = Pattern.compile("[一二三四五六七八九十两]+[大项个类]");
    /** What the title of an action or a project ends with. */
    private static final Pattern ITEM_ENDING = Pattern.compile("(?:行动|行動|工程)$");

    private ItemGroups() {
    }

    /**
     * The paragraphs of a plan's body, with each section whose items are all groups of actions or projects rewritten
     * as one section a group; unchanged (the same list) where there is none.
     *
     * @param madeUp   the heading of the section made for a plan without the 一、 level, or null
     * @param warnings where the parser's warnings go: one for each section rewritten
     */
    static List<Paragraph> regroup(List<Paragraph> paragraphs, Paragraph madeUp, List<ParseWarning> warnings) {
        List<Integer> sectionStarts = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            // the pattern only where a heading can start: a plan at the limits has 20,000 paragraphs
            boolean mayBeSection = !text.isEmpty() && (text.charAt(0) == '第'
                    || Headings.CHINESE_NUMERAL.indexOf(text.charAt(0)) >= 0);
            if (mayBeSection && Headings.SECTION.matcher(text).matches()) {
                sectionStarts.add(i);
            }
        }
        if (sectionStarts.isEmpty()) {
            return paragraphs;
        }
        List<Paragraph> out = new ArrayList<>(paragraphs.subList(0, sectionStarts.get(0)));
        boolean regrouped = false;
        // the number the next section is given once a group has been made a section, or 0 before
        int next = 0;
        for (int s = 0; s < sectionStarts.size(); s++) {
            int start = sectionStarts.get(s);
            int end = s + 1 < sectionStarts.size() ? sectionStarts.get(s + 1) : paragraphs.size();
            List<Paragraph> section = paragraphs.subList(start, end);
            Matcher heading = Headings.SECTION.matcher(section.get(0).text());
            heading.matches();
            String title = heading.group(3);
            NodeKind kind = PlanTextParser.kindOf(title);
            List<List<Paragraph>> groups = groups(section, kind == null);
            boolean safeguards = kind == NodeKind.SAFEGUARD;
            Paragraph firstTask = groups.isEmpty() && section.stream().noneMatch(ItemGroups::isItem)
                    ? section.stream().filter(p -> Headings.TASK.matcher(p.text()).matches()).findFirst().orElse(null)
                    : null;
            if (firstTask != null && (safeguards ? areMeasures(section) : isGroup(section))) {
                // 二、实施五大提升行动 → 1.青少年科学素质提升行动 → （1）task, 四、保障措施 → 1.加强组织领导: the （一）
                // level left out, not the tasks'
                out.add(next > 0 ? renumbered(section.get(0), next++, title) : section.get(0));
                levelsUp(out, section.subList(1, section.size()));
                warnings.add(ParseWarning.at(section.get(0).firstLine(), safeguards
                        ? "parse.warning.safeguardsWithoutItems" : "parse.warning.actionsWithoutItems",
                        section.get(0).text(), PlanTextParser.excerpt(firstTask.text())));
                regrouped = true;
                continue;
            }
            if (groups.isEmpty()) {
                if (next > 0) {
                    out.add(renumbered(section.get(0), next++, title));
                    out.addAll(section.subList(1, section.size()));
                } else {
                    out.addAll(section);
                }
                continue;
            }
            if (next == 0) {
                OptionalInt written = ChineseNumerals.parse(Headings.sectionNumber(heading));
                next = written.orElse(s + 1);
            }
            List<Paragraph> intro = section.subList(1, section.indexOf(groups.get(0).get(0)));
            for (int g = 0; g < groups.size(); g++) {
                next = addGroup(out, groups.get(g), next, g == 0 ? intro : List.of());
            }
            Matcher first = Headings.ITEM.matcher(groups.get(0).get(0).text());
            first.matches();
            String firstGroup = "（" + first.group(1) + "）" + groupTitle(first.group(2));
            warnings.add(section.get(0) == madeUp
                    ? ParseWarning.at(section.get(1).firstLine(), "parse.warning.itemGroupsAtTop", firstGroup)
                    : ParseWarning.at(section.get(0).firstLine(), "parse.warning.itemGroups", section.get(0).text(),
                            firstGroup));
            regrouped = true;
        }
        return regrouped ? out : paragraphs;
    }

    /**
     * The section's items, each from its heading to the next, if every one of them is a group; else none.
     *
     * @param untyped whether the section's title names no kind (重点任务): then a group's title need not count
     */
    private static List<List<Paragraph>> groups(List<Paragraph> section, boolean untyped) {
        List<List<Paragraph>> items = new ArrayList<>();
        for (Paragraph paragraph : section.subList(1, section.size())) {
            if (isItem(paragraph)) {
                Matcher item = Headings.ITEM.matcher(paragraph.text());
                item.matches();
                if (!namesGroup(groupTitle(item.group(2)), untyped)) {
                    // most sections' first item tells: no reading of the rest
                    return List.of();
                }
                items.add(new ArrayList<>());
            }
            if (!items.isEmpty()) {
                items.get(items.size() - 1).add(paragraph);
            }
        }
        if (items.isEmpty() || !items.stream().allMatch(ItemGroups::isGroup)) {
            return List.of();
        }
        return items;
    }

    /**
     * Whether an item whose title names a group ({@link #namesGroup}: 实施五大提升行动), or a section without items,
     * holds actions or projects numbered 1. 2.: two or more, each titled as an action or a project is (…行动, …工程),
     * most of them with tasks （1） （2） of their own, or most of them naming who leads them (（牵头单位：…）, 由…牵头,
     * on their line or the next), as a county's plan writes an action in one paragraph. A work plan's tasks
     * 实施…行动 with no tasks under them, carried out by the units they name, stay tasks. The first paragraph (the
     * heading) is not looked at.
     */
    private static boolean isGroup(List<Paragraph> item) {
        int tasks = 0;
        int withTasks = 0;
        int led = 0;
        boolean underTask = false;
        boolean taskLed = false;
        for (Paragraph paragraph : item.subList(1, item.size())) {
            Matcher task = Headings.TASK.matcher(paragraph.text());
            if (task.matches()) {
                if (!ITEM_ENDING.matcher(taskTitle(task.group(2))).find()) {
                    return false;
                }
                tasks++;
                underTask = false;
                taskLed = namesLeads(UnitList.find(paragraph.text()));
                led += taskLed ? 1 : 0;
            } else if (tasks > 0 && !underTask && Headings.SUBTASK.matcher(paragraph.text()).matches()) {
                withTasks++;
                underTask = true;
            } else if (tasks > 0 && !underTask && !taskLed && namesLeads(UnitList.labelLine(paragraph.text())
                    .or(() -> LeadPhrase.alone(paragraph.text())))) {
                // 牵头单位：县人社局。 on the line after the action's text
                taskLed = true;
                led++;
            }
        }
        return tasks >= 2 && (2 * withTasks > tasks || 2 * led > tasks);
    }

    /** Whether a list says who leads: under a 牵头 label, or by a phrase (…牵头). */
    private static boolean namesLeads(java.util.Optional<UnitList> units) {
        return units.filter(list -> list.role() == org.kesudesk.model.Role.LEAD || !list.leads().isEmpty())
                .isPresent();
    }

    /** Whether an item's title names a group: actions or projects, counted unless the section's title names none. */
    private static boolean namesGroup(String title, boolean untyped) {
        NodeKind kind = PlanTextParser.kindOf(title);
        return (kind == NodeKind.ACTION || kind == NodeKind.PROJECT) && (untyped || COUNT.matcher(title).find());
    }

    /** Writes a group as a section numbered so, its tasks as items and their sub-tasks as tasks; the next number. */
    private static int addGroup(List<Paragraph> out, List<Paragraph> group, int number, List<Paragraph> intro) {
        Paragraph first = group.get(0);
        Matcher heading = Headings.ITEM.matcher(first.text());
        heading.matches();
        String rest = heading.group(2);
        String title = groupTitle(rest);
        out.add(new Paragraph(first.firstLine(), first.lastLine(), ChineseNumerals.format(number) + "、" + title));
        String text = rest.substring(title.length()).replaceFirst("^[。：:\\s]+", "");
        if (!text.isEmpty()) {
            out.add(new Paragraph(first.firstLine(), first.lastLine(), text));
        }
        out.addAll(intro);
        levelsUp(out, group.subList(1, group.size()));
        return number + 1;
    }

    /** Writes the paragraphs with tasks 1. as items （一） and sub-tasks （1） as tasks 1., the others as they are. */
    private static void levelsUp(List<Paragraph> out, List<Paragraph> paragraphs) {
        for (Paragraph paragraph : paragraphs) {
            Matcher task = Headings.TASK.matcher(paragraph.text());
            Matcher subtask = Headings.SUBTASK.matcher(paragraph.text());
            if (task.matches()) {
                String label = ChineseNumerals.format(Integer.parseInt(task.group(1)));
                out.add(new Paragraph(paragraph.firstLine(), paragraph.lastLine(),
                        "（" + label + "）" + task.group(2)));
            } else if (subtask.matches()) {
                // a space keeps 1. 2023年… from reading as the number 1.2023
                out.add(new Paragraph(paragraph.firstLine(), paragraph.lastLine(),
                        subtask.group(1) + ". " + subtask.group(2)));
            } else {
                out.add(paragraph);
            }
        }
    }

    /**
     * Whether a safeguards section's paragraphs 1. 2. are its measures (1.加强组织领导。…), as （一） （二） would be:
     * numbered from 1, no more than half of them naming units. A work plan's tasks numbered on through it
     * (12.完善工作机制。…（责任单位：…）) stay tasks to report on.
     */
    private static boolean areMeasures(List<Paragraph> section) {
        int numbered = 0;
        int withUnits = 0;
        for (Paragraph paragraph : section.subList(1, section.size())) {
            Matcher task = Headings.TASK.matcher(paragraph.text());
            if (task.matches()) {
                if (numbered++ == 0 && !task.group(1).equals("1")) {
                    return false;
                }
                withUnits += UnitList.find(paragraph.text()).isPresent() ? 1 : 0;
            }
        }
        return 2 * withUnits <= numbered;
    }

    private static boolean isItem(Paragraph paragraph) {
        String text = paragraph.text();
        return (text.startsWith("（") || text.startsWith("(")) && Headings.ITEM.matcher(text).matches();
    }

    private static Paragraph renumbered(Paragraph heading, int number, String title) {
        return new Paragraph(heading.firstLine(), heading.lastLine(), ChineseNumerals.format(number) + "、" + title);
    }

    /** A group's title: its heading up to the first full stop or colon (实施五大提升行动 of 实施五大提升行动：围绕…). */
    private static String groupTitle(String rest) {
        int end = rest.length();
        for (char stop : new char[] {'。', '：', ':'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end).strip();
    }

    /** A task's title as an action's is written: its first sentence, without the units that may close it. */
    private static String taskTitle(String rest) {
        String sentence = PlanTextParser.firstSentence(rest);
        return UnitList.find(sentence).filter(UnitList::closed).map(UnitList::textBefore).orElse(sentence).strip();
    }
}
