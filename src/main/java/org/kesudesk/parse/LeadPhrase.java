package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who leads and who takes part, in one phrase closing a paragraph: （由市科协、市科技局牵头，市教育局、市文明办参加）,
 * 由市农业农村局牵头，市妇联配合。, 工作分工：市人社局牵头，市总工会、团市委参与。, 分工：由…负责，…配合. The units
 * that lead come first; every name must look like a unit's ({@link UnitNames}), so that "由学校负责组织" stays text.
 */
final class LeadPhrase {

    /**
     * How a list says its units share the work by their duties, before 负责 or 落实: 按职责分工, 按照职能, 根据各自职责,
     * 分工, 分别, 共同 (one wording, for the phrases here and the verbs after a name in a list).
     */
    static final String BY_DUTIES = "(?:(?:按照?|根据|依据)(?:各自)?的?(?:职责|职能)(?:分工)?|分工|分别|共同)";

    private static final Pattern PHRASE = Pattern.compile("^(?:工作分工|分工|责任分工)?[：:]?由?(.+?)(?:具体)?(?:牵头|负总责|负责|牽頭"
            + "|主抓)(?:负责|落实|实施|推进|组织实施)?(?:[，,；;](.+?)(?:(?:" + BY_DUTIES + "|具体)?(?:负责|落实|配合)|参加|配合"
            + "|参与|协助|协同|配合落实|共同推进|參加|參與|協助))?$");

    /**
     * Units that share the work and none leads: （市科协、市教育局等按职责分工负责）, 各县（市）区政府分别负责. Their names
     * before the verb, 等 and all (the list's reading takes it off); one clause only (…牵头，…按职责分工负责 is a
     * {@link #PHRASE}).
     */
    private static final Pattern SHARED = Pattern.compile("^由?([^，,；;]+?)" + BY_DUTIES
            + "(?:负责|落实|推进|组织实施|实施)$");

    private LeadPhrase() {
    }

    /** The phrase closing the paragraph, in brackets or as its last sentence. */
    static Optional<UnitList> find(String paragraph) {
        String text = UnitList.stripEnd(paragraph);
        if (text.endsWith("）") || text.endsWith(")")) {
            // the bracket that opens the closing one, past those inside names (各县（市）区政府)
            int open = UnitList.openingBracket(text);
            if (open >= 0) {
                return match(text.substring(open + 1, text.length() - 1), text.substring(0, open).strip(), true);
            }
            return Optional.empty();
        }
        int sentence = text.lastIndexOf('。') + 1;
        return match(text.substring(sentence), text.substring(0, sentence).strip(), false);
    }

    /**
     * A paragraph that is nothing but the phrase (由市科协牵头，市教育局参加。 on a line of its own): the units of the
     * paragraph before it. Any other paragraph is passed over without matching its closing phrase, as most are.
     */
    static Optional<UnitList> alone(String paragraph) {
        String text = UnitList.stripEnd(paragraph);
        int start;
        if (text.endsWith("）") || text.endsWith(")")) {
            start = text.lastIndexOf('（') >= 0 ? text.lastIndexOf('（') : text.lastIndexOf('(');
        } else {
            start = text.lastIndexOf('。') + 1;
        }
        for (int i = 0; i < start; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return Optional.empty();
            }
        }
        return find(paragraph).filter(units -> units.textBefore().isEmpty());
    }

    private static Optional<UnitList> match(String phrase, String before, boolean bracketed) {
        Optional<UnitList> shared = shared(phrase.strip(), before, bracketed);
        if (shared.isPresent()) {
            return shared;
        }
        Matcher matcher = PHRASE.matcher(phrase.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(UnitList.names(matcher.group(1)));
        // those that take part (参加, 配合 …): on an action whose tasks name no units, the tasks' units
        List<String> partners = new ArrayList<>();
        if (matcher.group(2) != null) {
            UnitList.names(matcher.group(2)).stream().filter(name -> !names.contains(name)).forEach(partners::add);
            names.addAll(partners);
        }
        if (names.isEmpty() || !names.stream().allMatch(UnitNames::looksLikeUnit)) {
            return Optional.empty();
        }
        // 由市教育局会同市科协负责: of the units before the verb, those the list itself says lead, where it says so
        List<String> marked = UnitList.marked(matcher.group(1));
        if (!marked.isEmpty()) {
            names.stream().filter(name -> !marked.contains(name) && !partners.contains(name)).toList()
                    .forEach(partners::add);
        }
        // a paragraph that is nothing but the phrase (before is empty) names the units of the paragraph before it
        List<String> leads = names.stream().filter(name -> !partners.contains(name)).toList();
        return Optional.of(new UnitList(null, List.copyOf(names), before, true, bracketed ? UnitRule.LEAD_PHRASE
                : UnitRule.LEAD_SENTENCE, List.copyOf(partners), leads));
    }

    /** A clause after one of units sharing the work: more units that carry it out (…，各县（市）区政府落实). */
    private static final Pattern MORE_SHARING = Pattern.compile("^([^，,；;]+?)(?:具体)?(?:负责|落实|配合|参与|参加|协助)$");

    /**
     * Units that share the work ({@link #SHARED}): none leads, as in a list that does not say; the clauses after the
     * first may name more that carry it out (（市教育局、市科协按职责分工负责，各县（市）区政府落实）).
     */
    private static Optional<UnitList> shared(String phrase, String before, boolean bracketed) {
        if (!phrase.endsWith("负责") && !phrase.endsWith("落实") && !phrase.endsWith("推进") && !phrase.endsWith("实施")
                && !phrase.endsWith("配合") && !phrase.endsWith("参与") && !phrase.endsWith("参加")
                && !phrase.endsWith("协助")) {
            return Optional.empty();
        }
        String[] clauses = phrase.split("[，,；;]");
        Matcher matcher = SHARED.matcher(clauses[0]);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(UnitList.names(matcher.group(1)));
        for (int i = 1; i < clauses.length; i++) {
            Matcher more = MORE_SHARING.matcher(clauses[i].strip());
            if (!more.matches()) {
                return Optional.empty();
            }
            UnitList.names(more.group(1)).stream().filter(name -> !names.contains(name)).forEach(names::add);
        }
        if (names.isEmpty() || !names.stream().allMatch(UnitNames::looksLikeUnit)) {
            return Optional.empty();
        }
        return Optional.of(new UnitList(null, names, before, true, bracketed ? UnitRule.LEAD_PHRASE
                : UnitRule.LEAD_SENTENCE, List.of(), List.of()));
    }
}
