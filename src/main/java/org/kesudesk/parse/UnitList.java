package org.kesudesk.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.model.Role;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.UnitListText;

/**
 * The unit list that closes a paragraph, as each office writes it, found by one of a few small recognisers, tried
 * in order: {@link #labelled} （牵头单位：市教育局、市科协）, (責任單位:…), （配合单位：…）; {@link LeadPhrase}
 * （由市科协牵头，市教育局参加）, 由…牵头，…配合。; {@link #bare} （市科协、市教育局）. Brackets, colons and separators
 * may be full- or half-width; names may themselves hold brackets (各县（市）区人民政府).
 *
 * @param role       LEAD for 牵头单位, RESPONSIBLE for 责任单位 and the like; null where the document does not say
 *                   (a bare list, or a phrase naming who leads and who takes part): the node's kind decides
 * @param names      the unit names in the order written (those who lead first)
 * @param textBefore the paragraph without the list
 * @param closed     whether the list has its closing bracket (a missing one means the text was cut off)
 * @param rule       the recogniser that found it, for the review
 * @param partners   of a list that names leads, those it names under another label or verb (see {@link #read})
 * @param leads      the names the list says lead — under a 牵头 label, marked （牵头）, or by a phrase (…牵头); empty
 *                   where it does not say (a bare list, a list labelled 责任单位 alone)
 */
record UnitList(Role role, List<String> names, String textBefore, boolean closed, UnitRule rule,
                List<String> partners, List<String> leads) {

    UnitList(Role role, List<String> names, String textBefore, boolean closed, UnitRule rule) {
        this(role, names, textBefore, closed, rule, List.of(), role == Role.LEAD ? names : List.of());
    }

    /** The list without its last name (cut off with the text), and so without it among its partners and leads. */
    UnitList withoutLast() {
        List<String> kept = names.subList(0, Math.max(0, names.size() - 1));
        return new UnitList(role, List.copyOf(kept), textBefore, closed, rule,
                partners.stream().filter(kept::contains).toList(), leads.stream().filter(kept::contains).toList());
    }

    /** The labels of a unit list ({@link UnitListText#LABELS}, the one rule for them). */
    static final String LABELS = UnitListText.LABELS;
    /** A label's colon, or the 为 of 责任单位为… (only after …单位 or …部门: 牵头为主 is no label). */
    private static final String LABEL_COLON = "\\s*(?:[：:]|(?<=单位|部门|單位|部門)为(?=\\S))";
    /** An opening bracket and a label: （责任单位：…, （牵头：…, （责任单位为…. */
    private static final Pattern OPENING = Pattern.compile("[（(]\\s*(" + LABELS + ")" + LABEL_COLON);
    private static final String SEPARATORS = "、，,；;/／";
    /** 下同, 以下同: a list's note that the lists after it are the same; no name. */
    private static final Pattern SAME_BELOW = Pattern.compile("^(?:以下|下文|后文|下|后)(?:均)?同(?:此)?$");
    private static final String TRAILING = "。．.；;，, \t\u3000";

    /**
     * The unit list at the end of the paragraph, if it has one, by the first recogniser that finds one; else the one
     * list inside it ({@link #inside}).
     */
    static Optional<UnitList> find(String paragraph) {
        String usual = asUsuallyWritten(paragraph);
        Optional<UnitList> closing = closing(usual);
        return closing.isPresent() ? closing : inside(usual);
    }

    private static Optional<UnitList> closing(String usual) {
        return labelled(usual).or(() -> LeadPhrase.find(usual)).or(() -> bare(usual));
    }

    /** How many brackets or sentences that may be lists inside a paragraph are tried: more are no one list. */
    private static final int INSIDE_TRIES = 4;
    /** What may follow a list inside a paragraph: the clause it closes ends there (，), or its sentence (。). */
    private static final String AFTER_INSIDE = "。．.，,；;：:（(";
    /**
     * Whether a time field ({@link Headings#TIME_FIELD}) starts at the index: …（责任单位：市科协）完成时限：2025年底前。 —
     * the list before it ends a clause.
     */
    private static boolean timeFieldAt(String text, int at) {
        return at < text.length() && Headings.TIME_FIELD.matcher(text).region(at, text.length()).lookingAt();
    }
    /** What may stand before a list inside a paragraph naming the units of the sentence it ends: 。（责任单位：…）每年… */
    private static final String BEFORE_INSIDE = "。．；;！!？?";

    /**
     * Whether a bracket (its open and close) inside words may be a list of the words before it: it ends their clause
     * (，。 or a time field after it) or follows their sentence's end — 1.加强科学教育。（责任单位：市教育局）深化…, the units
     * set after a task's title sentence.
     */
    private static boolean endsAClause(String words, int open, int close) {
        return close + 1 == words.length() || AFTER_INSIDE.indexOf(words.charAt(close + 1)) >= 0
                || timeFieldAt(words, close + 1) || open == 0 || BEFORE_INSIDE.indexOf(words.charAt(open - 1)) >= 0;
    }

    /** A label after a sentence's end, opening a sentence that may be a list: 。责任单位：…。 */
    private static final Pattern SENTENCE_LABEL = Pattern.compile("[。；;]\\s*(?:" + LABELS + ")\\s*[：:]");

    /**
     * The list inside a paragraph rather than closing it, with text after it — 完善课程体系（责任单位：市教育局），每年开展…;
     * …（责任单位：市科技局）。完成时限：2024年底。; 。责任单位：市教育局、市人社局。每年培训200人。 — read as if it closed the
     * paragraph, the text before and after it the paragraph's. Only a list that says what it is (a label, a phrase
     * naming who leads) and whose every name is a unit's, and only if the paragraph has one such list: several are
     * parts of it ({@link InlineParts}) or a puzzle left to the reader.
     */
    private static Optional<UnitList> inside(String paragraph) {
        String end = stripEnd(paragraph);
        int lastColon = Math.max(end.lastIndexOf('：'), end.lastIndexOf(':'));
        Optional<UnitList> found = Optional.empty();
        int tried = 0;
        for (int i = 0; i < end.length() && tried < INSIDE_TRIES; i++) {
            char c = end.charAt(i);
            String moved = null;
            int next = i;
            if (c == '（' || c == '(') {
                int close = closingBracket(end, i + 1);
                if (close < 0) {
                    break;
                }
                next = close;
                // nothing copied until the bracket may be a list: a long text has many brackets
                if (close + 1 < end.length() && endsAClause(end, i, close) && saysUnits(end, i + 1, close)) {
                    moved = end.substring(0, i).strip() + end.substring(close + 1) + "。" + end.substring(i, close + 1);
                }
            } else if ("。；;".indexOf(c) >= 0 && i < lastColon
                    && SENTENCE_LABEL.matcher(end).region(i, end.length()).lookingAt()) {
                int stop = end.indexOf('。', i + 1);
                if (stop > 0) {
                    // the next sentence may be a list too: looked at from its 。
                    next = stop - 1;
                    moved = end.substring(0, i + 1) + end.substring(stop + 1) + "。" + end.substring(i + 1, stop);
                }
            }
            if (moved == null) {
                i = next;
                continue;
            }
            tried++;
            Optional<UnitList> list = closing(asUsuallyWritten(moved))
                    .filter(units -> units.closed() && units.rule() != UnitRule.BARE_LIST
                            && units.names().stream().allMatch(UnitNames::looksLikeUnit));
            if (list.isPresent() && found.isPresent()) {
                return Optional.empty();
            }
            found = list.isPresent() ? list : found;
            i = next;
        }
        return tried < INSIDE_TRIES ? found.map(UnitList::insideText) : Optional.empty();
    }

    /** The marks a clause or sentence ends with, of which one stays where a list between two is taken out. */
    private static final String STOPS = "。．.，,；;";

    /** How many brackets that may be lists are read inside one paragraph's words ({@link #within}). */
    private static final int WITHIN_TRIES = 16;

    /**
     * The lists inside a paragraph's words ({@link #within}) and the words without them, which name the task.
     *
     * @param lists       in the order written, each its {@code textBefore} the words without the lists
     * @param withoutThem the words with those brackets left out
     */
    record Within(List<UnitList> lists, String withoutThem) {
    }

    /**
     * The lists a paragraph's words still hold once the list that closes it (if any) is taken: a task that names
     * the units of a clause after the clause — 组织开展学习宣传活动（责任单位：市委宣传部、市科协），讲好科学家故事（责任单位：
     * 市科协、市教育局）。 — or that has several such lists and none closing it. Each is a bracket that ends a clause
     * (，。；), says what it is (a label, a phrase naming who leads) and whose every name is a unit's; the words
     * without them are the task's, as the words around the one list inside a paragraph are ({@link #inside}).
     */
    static Within within(String words) {
        List<UnitList> lists = new java.util.ArrayList<>();
        StringBuilder without = null;
        int copied = 0;
        int tried = 0;
        for (int i = 0; i < words.length() && tried < WITHIN_TRIES; i++) {
            char c = words.charAt(i);
            if (c != '（' && c != '(') {
                continue;
            }
            int close = closingBracket(words, i + 1);
            if (close < 0) {
                break;
            }
            // a list ends the clause it names the units of, or the words: none in a title 《…（试行）》
            if (endsAClause(words, i, close) && saysUnits(words, i + 1, close)) {
                tried++;
                Optional<UnitList> list = closing(asUsuallyWritten(words.substring(i, close + 1)))
                        .filter(units -> units.closed() && units.rule() != UnitRule.BARE_LIST
                                && units.textBefore().isEmpty()
                                && units.names().stream().allMatch(UnitNames::looksLikeUnit));
                if (list.isPresent()) {
                    lists.add(list.get());
                    without = without == null ? new StringBuilder(words.length()) : without;
                    without.append(words, copied, i);
                    copied = close + 1;
                    // 活动。（责任单位：…）。下一句: one stop where the list stood between two
                    int before = without.length() - 1;
                    if (before >= 0 && STOPS.indexOf(without.charAt(before)) >= 0 && copied < words.length()
                            && STOPS.indexOf(words.charAt(copied)) >= 0) {
                        copied++;
                    }
                }
            }
            i = close;
        }
        if (without == null) {
            return new Within(List.of(), words);
        }
        String bare = without.append(words, copied, words.length()).toString().strip();
        return new Within(lists.stream().map(list -> new UnitList(list.role, list.names, bare, true,
                UnitRule.INSIDE_TEXT, list.partners, list.leads)).toList(), bare);
    }

    /** The list as found in other words: those of the paragraph it names the units of. */
    UnitList withTextBefore(String words) {
        return new UnitList(role, names, words, closed, rule, partners, leads);
    }

    /** Whether a bracket's words (from, to) may be a list that says what it is: a label's colon, who leads or does. */
    private static boolean saysUnits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':' || i + 1 < to && (text.startsWith("牵头", i) || text.startsWith("牽頭", i)
                    || text.startsWith("负责", i) || text.startsWith("落实", i) || text.startsWith("推进", i))) {
                return true;
            }
        }
        return false;
    }

    private UnitList insideText() {
        return new UnitList(role, names, textBefore, closed, UnitRule.INSIDE_TEXT, partners, leads);
    }

    /**
     * Labels in lenticular brackets closing a paragraph: 【牵头单位】市教育局【责任单位】市科协、团市委, and a time field
     * after them, as work plans add one: …【责任单位】市科协【完成时限】2024年6月 (kept in the text, as inside a list).
     */
    private static final Pattern LENTICULAR = Pattern.compile("(?:【\\s*(?:" + LABELS + ")\\s*】[^【】]*)+"
            + "(?:【\\s*(?:" + org.kesudesk.model.DeadlineWording.TIME_LABELS + ")\\s*】[^【】]*)?$");
    private static final Pattern LENTICULAR_LABEL = Pattern.compile("【\\s*(" + LABELS + "|"
            + org.kesudesk.model.DeadlineWording.TIME_LABELS + ")\\s*】");
    /** A labelled list in square brackets closing a paragraph: [责任单位：市教育局；市科协], 〔责任单位：…〕. */
    private static final Pattern SQUARE = Pattern.compile("[\\[［〔【]\\s*((?:" + LABELS + ")\\s*[：:][^\\[\\]［］〔〕【】]*)"
            + "[\\]］〕】][。．.]?\\s*$");
    /** What the names of a list closing a sentence without brackets cannot hold. */
    private static final String NOT_IN_UNBRACKETED = "。（）()【】[]";
    /**
     * A label closing a sentence without brackets: …开展科技活动。责任单位：市科协 团市委 市科技局 (tried after each 。 or
     * ；, see {@link #unbracketed}).
     */
    private static final Pattern UNBRACKETED = Pattern.compile("\\s*(" + LABELS + ")\\s*[：:]([^"
            + NOT_IN_UNBRACKETED.replace("[", "\\[").replace("]", "\\]") + "]+?)[。．.]?\\s*$");

    /**
     * The first match of {@link #UNBRACKETED} after a 。 or ；, looked for only after the last character its names cannot
     * hold (a bracket, or a 。 other than the closing one): searched for through every paragraph it cost a tenth of
     * reading a plan at the limits, whose 20,000 paragraphs have none.
     */
    private static Optional<Matcher> unbracketed(String paragraph) {
        int end = paragraph.length();
        while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && "。．.".indexOf(paragraph.charAt(end - 1)) >= 0) {
            end--;
        }
        int from = Math.max(0, end - 1);
        while (from > 0 && NOT_IN_UNBRACKETED.indexOf(paragraph.charAt(from)) < 0) {
            from--;
        }
        Matcher matcher = UNBRACKETED.matcher(paragraph);
        for (int i = from; i < end; i++) {
            char c = paragraph.charAt(i);
            if ((c == '。' || c == '；' || c == ';') && matcher.region(i + 1, paragraph.length()).lookingAt()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    /**
     * The paragraph with a unit list written in another office's way — lenticular or square brackets, or a label
     * closing the sentence without any — written as the usual bracketed list, or the paragraph as it is.
     */
    static String asUsuallyWritten(String paragraph) {
        if (paragraph.indexOf('领') >= 0 || paragraph.indexOf('領') >= 0 || paragraph.indexOf('人') >= 0
                || paragraph.indexOf('电') >= 0 || paragraph.indexOf('電') >= 0 || paragraph.indexOf('手') >= 0
                || paragraph.indexOf("方式") >= 0) {
            paragraph = withPeopleOutside(paragraph);
        }
        String text = stripEnd(paragraph);
        if (text.endsWith("）") || text.endsWith(")")) {
            // （责任单位：市科协）（完成时限：2025年底）: the time in brackets of its own after the list, as inside it
            int open = text.length() - 2;
            while (open > 0 && text.charAt(open) != '（' && text.charAt(open) != '(') {
                open--;
            }
            int close = open - 1;
            while (close > 0 && Character.isWhitespace(text.charAt(close))) {
                close--;
            }
            if (close > 0 && (text.charAt(close) == '）' || text.charAt(close) == ')')
                    && TIME_BRACKET.matcher(text).region(open + 1, text.length() - 1).matches()) {
                return text.substring(0, close) + "；" + text.substring(open + 1, text.length() - 1) + "）";
            }
        }
        if (paragraph.indexOf('【') >= 0) {
            Matcher lenticular = LENTICULAR.matcher(paragraph);
            if (lenticular.find()) {
                String list = LENTICULAR_LABEL.matcher(lenticular.group()).replaceAll("；$1：").substring(1);
                return paragraph.substring(0, lenticular.start()).strip() + "（" + stripEnd(list) + "）";
            }
        }
        if (paragraph.indexOf(']') >= 0 || paragraph.indexOf('］') >= 0 || paragraph.indexOf('〕') >= 0
                || paragraph.indexOf('】') >= 0) {
            Matcher square = SQUARE.matcher(paragraph);
            if (square.find()) {
                return paragraph.substring(0, square.start()).strip() + "（" + square.group(1).strip() + "）";
            }
        }
        if (paragraph.indexOf('：') >= 0 || paragraph.indexOf(':') >= 0) {
            // looked for again with the brackets inside names (各县（市）区政府) hidden, taken from the paragraph as it is
            Optional<Matcher> found = unbracketed(paragraph);
            String end = stripEnd(paragraph);
            // a paragraph closing with a bracket has its list in brackets, as most do, or none
            if (found.isEmpty() && !end.endsWith("）") && !end.endsWith(")")) {
                String hidden = withNameBracketsHidden(paragraph);
                found = hidden == paragraph ? found : unbracketed(hidden);
            }
            if (found.isPresent()) {
                Matcher unbracketed = found.get();
                String list = bracketedList(unbracketed.group(1),
                        paragraph.substring(unbracketed.start(2), unbracketed.end(2)));
                if (list != null) {
                    return withListsBefore(paragraph.substring(0, unbracketed.start()).strip(), list);
                }
            }
        }
        return paragraph;
    }

    /**
     * A field naming people, not units, in a list (责任领导：王副市长, 责任人：…, 联系电话：…): some offices name the
     * leader who answers for a task, or whom to call, beside its units.
     */
    private static final String PEOPLE_LABEL = "(?:责任|牵头|分管|联系|牽頭|責任|聯繫)(?:市|县|區|区)?(?:领导|領導|领导同志|人)"
            + "|(?:联系|聯繫)?(?:电话|電話|方式)|手机|手機";
    private static final Pattern PEOPLE = Pattern.compile("(?:^|[；;，,])\\s*(" + PEOPLE_LABEL
            + ")\\s*[：:]([^；;）)]*)");
    private static final Pattern PEOPLE_NAMED = Pattern.compile(PEOPLE_LABEL);

    /**
     * Whether a label (a list's field, a table's column header) names people rather than units: 牵头市领导, 分管领导,
     * 责任人, 联系电话 — some offices name beside a task's units the leader who answers for it, or whom to call.
     */
    static boolean namesPeople(String label) {
        return PEOPLE_NAMED.matcher(label).find();
    }

    /**
     * The paragraph with the fields naming people taken out of the list closing it and put in the text before it
     * (…。责任领导：王副市长。（牵头单位：市教育局；责任单位：市科协）), where they are read as text; the paragraph
     * as it is if its list names none.
     */
    private static String withPeopleOutside(String paragraph) {
        String text = stripEnd(paragraph);
        if (!text.endsWith("）") && !text.endsWith(")")) {
            return paragraph;
        }
        int open = openingBracket(text);
        if (open < 0) {
            return paragraph;
        }
        String content = text.substring(open + 1, text.length() - 1);
        Matcher people = PEOPLE.matcher(content);
        StringBuilder kept = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        int at = 0;
        while (people.find()) {
            kept.append(content, at, people.start());
            fields.append(people.group(1)).append("：").append(people.group(2).strip()).append("。");
            at = people.end();
        }
        if (fields.isEmpty()) {
            return paragraph;
        }
        kept.append(content.substring(at));
        String list = kept.toString().replaceFirst("^\\s*[；;，,]\\s*", "").strip();
        String before = text.substring(0, open).strip();
        return before + fields + (list.isEmpty() ? "" : "（" + list + "）");
    }

    /** The most labelled sentences closing a paragraph read as one list: 牵头单位：…。责任单位：…。配合单位：…。 */
    private static final int SENTENCE_LISTS = 3;

    /**
     * The text before a list that closed a paragraph without brackets, with the list: the sentences before it that
     * are labelled lists too (责任单位：市科协。配合单位：市科技局、市妇联。) joined into it, in their order, so that none
     * is left in the text and lost.
     */
    private static String withListsBefore(String before, String list) {
        String text = before;
        String lists = list.substring(1, list.length() - 1);
        for (int i = 1; i < SENTENCE_LISTS; i++) {
            Optional<Matcher> earlier = unbracketed(text);
            if (earlier.isEmpty()) {
                break;
            }
            String more = bracketedList(earlier.get().group(1), text.substring(earlier.get().start(2),
                    earlier.get().end(2)));
            if (more == null) {
                break;
            }
            lists = more.substring(1, more.length() - 1) + "；" + lists;
            text = text.substring(0, earlier.get().start()).strip();
        }
        return text + "（" + lists + "）";
    }

    /** What a lead's mark says in its brackets ({@link UnitListText#LEAD_WORDS}). */
    private static final String LEAD_WORDS = UnitListText.LEAD_WORDS;
    /**
     * Brackets that are part of a unit's name, after its first characters — 各县（市）区政府, 各县（市、区）人民政府 — or
     * that mark it as leading: 市教育局（牵头）.
     */
    private static final Pattern NAME_BRACKETS = Pattern.compile("[（(](?:[市区县旗、，,]{1,4}|" + LEAD_WORDS
            + ")[)）]");
    /** How far from its end a list closing a paragraph is looked for brackets inside names, in characters. */
    private static final int LIST_TAIL = 1_000;

    /**
     * The paragraph with the brackets inside names in its last sentence (where a list closing it is, within
     * {@value #LIST_TAIL} characters of the end) written as other characters, every index where it was; the paragraph
     * itself if it has none.
     */
    private static String withNameBracketsHidden(String paragraph) {
        int stop = paragraph.lastIndexOf('。', Math.max(0, paragraph.length() - 2));
        int from = Math.max(Math.max(1, stop), paragraph.length() - LIST_TAIL);
        Matcher brackets = NAME_BRACKETS.matcher(paragraph).region(Math.min(from, paragraph.length()),
                paragraph.length());
        StringBuilder hidden = null;
        while (brackets.find()) {
            if (Character.isWhitespace(paragraph.charAt(brackets.start() - 1))) {
                continue;
            }
            hidden = hidden == null ? new StringBuilder(paragraph) : hidden;
            for (int i = brackets.start(); i < brackets.end(); i++) {
                hidden.setCharAt(i, '〇');
            }
        }
        return hidden == null ? paragraph : hidden.toString();
    }

    /**
     * A list written without brackets as the usual bracketed one, or null unless every piece is a unit's name: names
     * apart by spaces too, and a label after a ；naming the units after it (牵头单位：市教育局；责任单位：市科协 团市委).
     */
    private static String bracketedList(String label, String content) {
        int time = timeField(content);
        String timeField = "";
        if (time >= 0) {
            // 责任单位：市科技局　完成时限：2024年 — the time in the list, where a bracketed list's is read
            timeField = "；" + content.substring(time).strip();
            content = content.substring(0, time).replaceFirst("[、，,；;。\\s]+$", "");
        }
        String list = namesBracketed(label, content);
        return list == null ? null : list.substring(0, list.length() - 1) + timeField + "）";
    }

    private static String namesBracketed(String label, String content) {
        StringBuilder list = new StringBuilder("（").append(label).append("：");
        boolean first = true;
        for (String part : content.strip().split("[；;]")) {
            Matcher inner = INNER_LABEL.matcher(part.strip());
            String names = part.strip();
            if (inner.find()) {
                list.append("；").append(inner.group(1)).append("：");
                names = names.substring(inner.end());
                first = true;
            }
            for (String written : split(names.replaceAll("\\s+", "、"))) {
                // 责任单位：市科协、市教育局等部门。
                String name = withoutEtCetera(written);
                // a name marked as leading (市教育局（牵头）) is a unit's name with its mark, read as in brackets
                String bare = LeadSigns.withoutSign(name);
                Matcher mark = LEAD_MARK.matcher(bare);
                if (!UnitNames.looksLikeUnit(mark.find() ? bare.substring(0, mark.start()) : bare)) {
                    return null;
                }
                list.append(first ? "" : "、").append(name);
                first = false;
            }
        }
        return list.append("）").toString();
    }

    /** A time field in brackets of its own (within them), after a list's closing bracket: …）（完成时限：2025年底）. */
    private static final Pattern TIME_BRACKET = Pattern.compile("\\s*(?:"
            + org.kesudesk.model.DeadlineWording.TIME_LABELS + ")\\s*[：:][^（）()]*");
    /** A time field inside a unit list, after a separator: （责任单位：市科协；完成时限：2024年）, （…。完成时限：每年）. */
    private static final Pattern TIME_INSIDE = Pattern.compile("(?:[、，,；;。]\\s*|(?<=[^、，,；;：:\\s]))(?:"
            + org.kesudesk.model.DeadlineWording.TIME_LABELS + ")\\s*[：:]"
            // a bare 时间： too, once the names are set apart from it: （责任单位：市科协；时间：2025年底前）
            + "|[；;。]\\s*时间\\s*[：:]");

    /**
     * Where a time field inside a list's words begins (its label, after a separator or glued to the last name: 市科协
     * 时限：每年 with the spaces between taken out), or -1. Only words with a colon are searched: most lists have none.
     */
    private static int timeField(String content) {
        if (content.indexOf('：') < 0 && content.indexOf(':') < 0) {
            return -1;
        }
        Matcher time = TIME_INSIDE.matcher(content);
        if (!time.find()) {
            return -1;
        }
        return time.start() + ("、，,；;。".indexOf(content.charAt(time.start())) >= 0 ? 1 : 0);
    }

    private static final Pattern LABEL_LINE = Pattern.compile("^(" + LABELS + ")" + LABEL_COLON + "(.+)$");

    /**
     * A paragraph that is nothing but a labelled list: 牵头单位：市科协。 / 责任单位：市教育局、市科技局。 on a line of its
     * own after the text it belongs to.
     */
    static Optional<UnitList> labelLine(String paragraph) {
        Matcher line = LABEL_LINE.matcher(stripEnd(paragraph));
        if (!line.matches()) {
            return Optional.empty();
        }
        // 牵头单位：市教育局　责任单位：市科协 — a second label apart from the names by spaces only (taken out with the
        // line's cleaning): read as after a ；, as the bracketed list is
        String content = line.group(2);
        if (content.indexOf('：') >= 0 || content.indexOf(':') >= 0) {
            content = GLUED_LABEL.matcher(content).replaceAll("；$1：");
        }
        Role role = roleOf(line.group(1));
        Read read = read(content, role);
        List<String> names = read.names();
        if (names.isEmpty() || !names.stream().allMatch(UnitNames::looksLikeUnit)) {
            return Optional.empty();
        }
        return Optional.of(new UnitList(read.led() ? Role.LEAD : role, names, "", true, UnitRule.LABEL_LINE,
                read.partners(), read.leads()));
    }

    /**
     * Whether a labelled list on a line of its own goes on on the next line, a page's end having cut it: the line
     * ends with a separator (责任单位：市委宣传部、), or its last name is a unit's only with the next line's first piece
     * (责任单位：市委宣传部、市民 / 政局、市卫健委).
     */
    static boolean goesOnIn(String line, String next) {
        Matcher label = LABEL_LINE.matcher(line.strip());
        if (!label.matches() || next.isEmpty()) {
            return false;
        }
        String content = label.group(2).strip();
        int cut = -1;
        for (int i = content.length() - 1; i >= 0 && cut < 0; i--) {
            if (SEPARATORS.indexOf(content.charAt(i)) >= 0) {
                cut = i;
            }
        }
        if (cut == content.length() - 1) {
            return true;
        }
        int nextCut = 0;
        while (nextCut < next.length() && SEPARATORS.indexOf(next.charAt(nextCut)) < 0) {
            nextCut++;
        }
        String last = content.substring(cut + 1);
        return !UnitNames.looksLikeUnit(last) && UnitNames.looksLikeUnit(last + stripEnd(next.substring(0, nextCut)));
    }

    /** A label right after a name, with no separator between: 市教育局责任单位：市科协. */
    private static final Pattern GLUED_LABEL = Pattern.compile("(?<=[^、，,；;：:\\s])(" + LABELS + ")\\s*[：:]");

    /** A paragraph that is nothing but a list in brackets, （责任单位：市科协、团市委）: the units of the one before. */
    static Optional<UnitList> alone(String paragraph) {
        // only a paragraph that opens with a bracket is looked into: every task's paragraph closes with a list
        String text = paragraph.strip();
        return !text.isEmpty() && "（(【[［〔".indexOf(text.charAt(0)) >= 0
                ? find(text).filter(units -> units.textBefore().isEmpty() && units.closed()) : Optional.empty();
    }

    /** Whether a label (牵头单位, 牽頭單位, 总牵头部门 …) says the units lead. */
    static Role roleOf(String label) {
        return label.contains("牵头") || label.contains("牽頭") || label.contains("主责") ? Role.LEAD
                : Role.RESPONSIBLE;
    }

    /** （牵头单位：…） and its like at the end of the paragraph. */
    static Optional<UnitList> labelled(String paragraph) {
        // the last opening: tried at each bracket from the end rather than searched for through the whole text
        Matcher matcher = OPENING.matcher(paragraph);
        int start = -1;
        for (int i = paragraph.length() - 1; i >= 0 && start < 0; i--) {
            char c = paragraph.charAt(i);
            if ((c == '（' || c == '(') && matcher.region(i, paragraph.length()).lookingAt()) {
                start = i;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        String keyword = matcher.group(1);
        int contentStart = matcher.end();
        String rest = stripEnd(paragraph.substring(contentStart));
        int close = closingBracket(rest);
        boolean closed = close >= 0 && stripEnd(rest.substring(close + 1)).isEmpty();
        if (close >= 0 && !closed) {
            // the list is not at the end: a list inside the text, not this paragraph's units
            return Optional.empty();
        }
        String content = closed ? rest.substring(0, close) : rest;
        String before = paragraph.substring(0, start).strip();
        // （责任单位：市科协；完成时限：2024年）: the time is no unit's name; it stays in the text, where it is read
        int time = timeField(content);
        if (time >= 0) {
            before = before + content.substring(time).strip();
            content = content.substring(0, time);
        }
        if (content.indexOf('：') >= 0 || content.indexOf(':') >= 0) {
            // （牵头单位：市教育局  责任单位：市科协） — a second label apart by spaces only, taken out with the cleaning
            content = GLUED_LABEL.matcher(content).replaceAll("；$1：");
        }
        Read read = read(content, roleOf(keyword));
        if (keyword.length() <= 2 && !read.names().stream().allMatch(UnitNames::looksLikeUnit)) {
            // a short label (牵头：, 配合：) opens a list only of units' names: （配合：做好宣传） is text
            return Optional.empty();
        }
        // （责任单位：…；牵头单位：…） names leads as much as the list that opens with them
        return Optional.of(new UnitList(read.led() ? Role.LEAD : roleOf(keyword), read.names(), before, closed,
                UnitRule.LABELLED, read.partners(), read.leads()));
    }

    /**
     * A list in brackets without a label, closing the paragraph: （市科协、市教育局）. Only when every name in it
     * looks like a unit's ({@link UnitNames#looksLikeUnit}): （2021-2025年） and （以下简称纲要办） are text; or when
     * it says the units are the one above's (（同上）, {@link TextRules#saysSameAsAbove}).
     */
    static Optional<UnitList> bare(String paragraph) {
        String text = stripEnd(paragraph);
        if (!text.endsWith("）") && !text.endsWith(")")) {
            return Optional.empty();
        }
        int open = openingBracket(text);
        if (open < 0) {
            return Optional.empty();
        }
        Read read = read(text.substring(open + 1, text.length() - 1), null);
        List<String> names = read.names();
        // （同上）: the units of the one above, which the parser gives it
        boolean sameAsAbove = names.size() == 1 && TextRules.saysSameAsAbove(names.get(0));
        if (names.isEmpty() || !sameAsAbove && !names.stream().allMatch(UnitNames::looksLikeUnit)) {
            return Optional.empty();
        }
        return Optional.of(new UnitList(null, names, text.substring(0, open).strip(), true, UnitRule.BARE_LIST,
                List.of(), read.leads()));
    }

    /** Index of the bracket that opens the one closing the text, allowing brackets inside names; -1 if none. */
    static int openingBracket(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A label inside a list, after a separator: （牵头单位：市科协；配合单位：市教育局） names both. */
    private static final Pattern INNER_LABEL = Pattern.compile("^(" + LABELS + ")" + LABEL_COLON);
    /** 市科协（牵头）: the unit leads; it goes first ({@link UnitListText#LEAD_MARK}). */
    private static final Pattern LEAD_MARK = UnitListText.LEAD_MARK;
    /** The brackets a lead's mark closes with. */
    private static final String MARK_CLOSES = "）)〕】]］";
    /**
     * 市科协牵头，市教育局配合 inside a labelled list: what a unit does is said after its name, which is the name
     * without it (one that leads goes first, as one marked （牵头）). No unit's name ends so.
     */
    private static final String ROLE_VERB_ENDS = "头頭合加与與助办辦责实抓位门";
    private static final Pattern ROLE_VERB = Pattern.compile("(?<=..)(?:总牵头|牵头|牽頭|主抓|配合|參加|参加|参与|參與|协助"
            + "|協助|协办|協辦|" + LeadPhrase.BY_DUTIES + "(?:负责|落实)|具体负责|具体落实|负总责|负责"
            + "|为(?:牵头|主责|配合|责任|参与|参加|协办|协同)(?:单位|部门))$");
    /** 市科协、市妇联等 / …等单位 / …等有关部门 / …等10个部门: the list ends, nothing more is named. */
    private static final Pattern ET_CETERA = Pattern.compile("(?<=..)等(?:[0-9０-９一二三四五六七八九十]{1,3}个)?(?:有关|相关)?"
            + "(?:单位|部门)?$");

    /** The name without the 等 (等单位, 等有关部门) that ends the list after it. */
    private static String withoutEtCetera(String name) {
        return name.indexOf('等') >= 0 ? ET_CETERA.matcher(name).replaceFirst("") : name;
    }

    /**
     * The names of a list, in the order written but those marked （牵头） or signed (市科协*) first, without the labels,
     * marks, signs and 等 that belong to the list rather than to a name.
     */
    static List<String> names(String content) {
        return read(content, null).names();
    }

    /** The names a list marks as leading without a 牵头 label: 市教育局（牵头）, 市教育局*, 市教育局牵头. */
    static List<String> marked(String content) {
        return read(content, null).leads();
    }

    /**
     * A list's names ({@link #names}) and, for a list that names leads by a 牵头 label (first or inside), those it
     * writes under a label of another kind: （牵头单位：市教育局；责任单位：市科协、团市委） has partners 市科协 and 团市委 —
     * on an action whose tasks name no units, those tasks' units.
     *
     * @param led   whether a label inside the list named leads (牵头单位 after 责任单位)
     * @param leads the names it says lead, in the order written
     */
    private record Read(List<String> names, List<String> partners, boolean led, List<String> leads) {
    }

    private static Read read(String content, Role opening) {
        Set<String> leads = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        Set<String> responsible = new LinkedHashSet<>();
        Set<String> declared = new LinkedHashSet<>();
        Role current = opening;
        boolean led = false;
        for (String name : split(content)) {
            Named named = named(name);
            if (named.label() != null) {
                current = named.label();
            }
            if (named.units().isEmpty()) {
                continue;
            }
            boolean leading = named.leading();
            // under a 牵头 label, a name leads unless a verb after it says otherwise (市科协配合)
            boolean says = named.says() != null ? named.says() : current == Role.LEAD;
            if (!leading && opening != Role.LEAD && current == Role.LEAD) {
                // under a 牵头 label inside a list that opened with another
                leading = true;
                led = true;
            }
            for (String unit : named.units()) {
                boolean first = named.together() && unit.equals(named.units().get(0));
                if (says || first) {
                    declared.add(unit);
                }
                (leading || first ? leads : others).add(unit);
                if (current == Role.RESPONSIBLE && !leading) {
                    responsible.add(unit);
                }
            }
        }
        // a unit named under a 牵头 label and again under another (牵头单位：市科协；责任单位：市科协、…) leads
        responsible.removeAll(declared);
        leads.addAll(others);
        boolean namesLeads = opening == Role.LEAD || led;
        return new Read(List.copyOf(leads), namesLeads ? List.copyOf(responsible) : List.of(), led,
                List.copyOf(declared));
    }

    /**
     * What one name of a list says, whatever list it is in: a label before it (责任单位：), the units it names, and
     * whether it says they lead (a sign, a mark, a verb; null: it says nothing, the label decides).
     *
     * @param together the first unit leads with the others (市教育局会同市科协)
     */
    private record Named(Role label, List<String> units, boolean leading, Boolean says, boolean together) {
    }

    /**
     * The names read so far and what they say: a large plan names its units thousands of times over, each time
     * read by the same rules to the same result. Bounded; emptied when full.
     */
    private static final java.util.Map<String, Named> NAMED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int NAMED_KEPT = 20_000;
    /**
     * The longest name or piece kept: a unit's name at most and its list's marks (longer ones are read each time, so
     * that what stays in memory after a document is read stays small whatever the document held).
     */
    private static final int KEPT_LENGTH = 2 * org.kesudesk.model.ContentLimits.UNIT_NAME;

    private static Named named(String name) {
        if (name.length() > KEPT_LENGTH) {
            return readName(name);
        }
        Named known = NAMED.get(name);
        if (known == null) {
            if (NAMED.size() >= NAMED_KEPT) {
                NAMED.clear();
            }
            known = readName(name);
            NAMED.put(name, known);
        }
        return known;
    }

    private static Named readName(String name) {
        // each pattern only where the character it needs is there: lists name thousands of units in a large plan
        Matcher label = name.indexOf('：') >= 0 || name.indexOf(':') >= 0 || name.indexOf('为') >= 0
                ? INNER_LABEL.matcher(name) : null;
        Role labelled = null;
        String bare = name;
        if (label != null && label.find()) {
            labelled = roleOf(label.group(1));
            bare = name.substring(label.end());
        }
        bare = withoutEtCetera(bare);
        String unsigned = LeadSigns.withoutSign(bare);
        Matcher lead = LEAD_MARK.matcher(bare);
        Matcher verb = roleVerb(bare);
        boolean leading = false;
        Boolean says = null;
        if (unsigned != bare) {
            // 市教育局*: signed as the one that leads ({@link LeadSigns})
            bare = unsigned;
            leading = true;
            says = true;
        } else if (!bare.isEmpty() && MARK_CLOSES.indexOf(bare.charAt(bare.length() - 1)) >= 0 && lead.find()) {
            bare = bare.substring(0, lead.start());
            leading = true;
            says = true;
        } else if (verb != null) {
            leading = verb.group().contains("牵头") || verb.group().contains("牽頭") || verb.group().equals("主抓")
                    || verb.group().contains("主责");
            says = leading;
            bare = bare.substring(0, verb.start());
            // 市教育局等按职责分工负责
            bare = withoutEtCetera(bare);
        }
        if (bare.isEmpty()) {
            return new Named(labelled, List.of(), leading, says, false);
        }
        // 市科协和市妇联: two units joined by a word rather than a 、; 市教育局会同市科协: the first leads, with the other
        List<String> units = UnitNames.joined(bare);
        boolean together = units.size() > 1 && bare.startsWith(units.get(0) + "会同");
        return new Named(labelled, List.copyOf(units), leading, says, together);
    }

    /** What a name says its unit does (牵头, 配合 …) at its end, found; null if it says nothing. */
    private static Matcher roleVerb(String name) {
        if (name.isEmpty() || ROLE_VERB_ENDS.indexOf(name.charAt(name.length() - 1)) < 0) {
            return null;
        }
        Matcher verb = ROLE_VERB.matcher(name);
        return verb.find() ? verb : null;
    }

    private static Set<String> split(String content) {
        // a set: a list of many thousand names is split in time linear in its length
        Set<String> names = new LinkedHashSet<>();
        for (String piece : UnitListText.pieces(content, SEPARATORS)) {
            add(names, piece);
        }
        return names;
    }

    private static void add(Set<String> names, CharSequence name) {
        String piece = name.toString();
        if (piece.length() > KEPT_LENGTH) {
            cleaned(piece).ifPresent(names::add);
            return;
        }
        java.util.Optional<String> cleaned = CLEANED.get(piece);
        if (cleaned == null) {
            if (CLEANED.size() >= NAMED_KEPT) {
                CLEANED.clear();
            }
            cleaned = cleaned(piece);
            CLEANED.put(piece, cleaned);
        }
        cleaned.ifPresent(names::add);
    }

    /** The pieces of lists read so far, as {@link #cleaned} gives them (as {@link #NAMED} keeps names). */
    private static final java.util.Map<String, java.util.Optional<String>> CLEANED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A piece of a list as a name: without spaces and the list's full stop; empty if it is a note, no name. */
    private static java.util.Optional<String> cleaned(String piece) {
        // （责任单位：市教育局、市人社局。）: the list's full stop is no part of the name
        String cleaned = stripEnd(TextCleaner.withoutSpaces(piece));
        int stop = cleaned.indexOf('。');
        if (stop > 0 && isNote(cleaned.substring(stop + 1))) {
            // 县教育局。以下各项任务均需…: a note after the names' full stop (other text after one is left in the
            // name, which the review then shows as odd)
            cleaned = cleaned.substring(0, stop);
        }
        return cleaned.isEmpty() || isNote(cleaned) ? java.util.Optional.empty()
                : java.util.Optional.of(ShortNames.withoutDefinition(cleaned));
    }

    /**
     * Whether a piece of a list is a note about the lists rather than a name: （责任单位：市教育局、市科协，列第一位的为
     * 牵头单位，下同）, （…按职责分工负责；以下各项任务均需各县（市）区政府落实，不再列出） — what the notes say is read
     * from the paragraph ({@link FirstListedLeads}, {@link UnitsOfEveryTask}).
     */
    private static boolean isNote(String piece) {
        // characters first: every name of every list comes here
        if (piece.indexOf('同') >= 0 && SAME_BELOW.matcher(piece).matches()) {
            return true;
        }
        if (piece.indexOf("不再") >= 0 && UnitsOfEveryTask.saysUnlisted(piece)) {
            return true;
        }
        return (piece.indexOf('第') >= 0 || piece.indexOf('首') >= 0) && FirstListedLeads.declaredIn(piece)
                || (piece.indexOf("任务") >= 0 || piece.indexOf("工作") >= 0) && UnitsOfEveryTask.saysOfTasks(piece);
    }

    /** Index of the bracket that closes the list, allowing brackets inside names; -1 if none. */
    private static int closingBracket(String text) {
        return closingBracket(text, 0);
    }

    /** Index of the bracket that closes the one before {@code from}, allowing brackets inside names; -1 if none. */
    private static int closingBracket(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
