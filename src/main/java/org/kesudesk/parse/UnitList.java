package org.kesudesk.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.model.Role;

/**
 * The unit list that closes a paragraph: （牵头单位：市教育局、市科协） or (责任单位:市委宣传部，市教育局).
 * Brackets, colons and separators may be full- or half-width; names may themselves hold brackets (各县（市）区人民政府).
 *
 * @param role       LEAD for 牵头单位, RESPONSIBLE for 责任单位
 * @param names      the unit names in the order written
 * @param textBefore the paragraph without the list
 * @param closed     whether the list has its closing bracket (a missing one means the text was cut off)
 */
record UnitList(Role role, List<String> names, String textBefore, boolean closed) {

    private static final Pattern OPENING = Pattern.compile("[（(]\\s*(牵头单位|责任单位)\\s*[：:]");
    private static final String SEPARATORS = "、，,；;";
    private static final String TRAILING = "。．.；;，, \t\u3000";

    /** The unit list at the end of the paragraph, if it has one. */
    static Optional<UnitList> find(String paragraph) {
        Matcher matcher = OPENING.matcher(paragraph);
        int start = -1;
        String keyword = null;
        int contentStart = -1;
        while (matcher.find()) {
            start = matcher.start();
            keyword = matcher.group(1);
            contentStart = matcher.end();
        }
        if (start < 0) {
            return Optional.empty();
        }
        String rest = stripEnd(paragraph.substring(contentStart));
        int close = closingBracket(rest);
        boolean closed = close >= 0 && stripEnd(rest.substring(close + 1)).isEmpty();
        if (close >= 0 && !closed) {
            // the list is not at the end: a list inside the text, not this paragraph's units
            return Optional.empty();
        }
        String content = closed ? rest.substring(0, close) : rest;
        Role role = keyword.equals("牵头单位") ? Role.LEAD : Role.RESPONSIBLE;
        String before = paragraph.substring(0, start).strip();
        return Optional.of(new UnitList(role, names(content), before, closed));
    }

    private static List<String> names(String content) {
        // a set: a list of many thousand names is split in time linear in its length
        Set<String> names = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : content.toCharArray()) {
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                add(names, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(names, current);
        return List.copyOf(names);
    }

    private static void add(Set<String> names, CharSequence name) {
        String cleaned = TextCleaner.withoutSpaces(name.toString());
        if (!cleaned.isEmpty()) {
            names.add(cleaned);
        }
    }

    /** Index of the bracket that closes the list, allowing brackets inside names; -1 if none. */
    private static int closingBracket(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
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

    private static String stripEnd(String text) {
        int end = text.length();
        while (end > 0 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
