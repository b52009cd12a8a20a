package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spots unit names that are probably one department under a short and a full name: same prefix (市, 县, 区 …),
 * same kind word at the end (局, 委, 部 …), and the short name's middle found in order inside the long one's
 * (市生态局 in 市生态环境局). It only suggests; the user decides.
 */
final class AliasDetector {

    private AliasDetector() {
    }

    /**
     * @param names     the names to check against each other and against {@code catalogue}, with the line each
     *                  first appears on
     * @param catalogue names already known (a name found there is never suggested as an alias of a new one)
     */
    static List<AliasSuggestion> suggest(Map<String, Integer> names, List<String> catalogue) {
        java.util.Set<String> known = new java.util.HashSet<>(catalogue);
        // the candidates in order (the document's names, then the catalogue's), by the characters a short form and
        // its long form share (first, second, last): a name is compared with its own group only
        Map<String, List<String>> groups = new java.util.HashMap<>();
        for (String name : names.keySet()) {
            group(groups, name);
        }
        for (String name : catalogue) {
            if (!names.containsKey(name)) {
                group(groups, name);
            }
        }
        List<AliasSuggestion> suggestions = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : names.entrySet()) {
            String shortName = entry.getKey();
            if (known.contains(shortName) || shortName.length() < 4) {
                continue;
            }
            for (String longName : groups.getOrDefault(key(shortName), List.of())) {
                if (isShortFormOf(shortName, longName)) {
                    suggestions.add(new AliasSuggestion(shortName, longName, entry.getValue()));
                    break;
                }
            }
        }
        return suggestions;
    }

    private static void group(Map<String, List<String>> groups, String name) {
        if (name.length() >= 4) {
            groups.computeIfAbsent(key(name), k -> new ArrayList<>()).add(name);
        }
    }

    /** What a name and its short form have alike: the prefix, the middle's first character, the kind word. */
    private static String key(String name) {
        return new String(new char[] {name.charAt(0), name.charAt(1), name.charAt(name.length() - 1)});
    }

    static boolean isShortFormOf(String shortName, String longName) {
        // the short name's middle (two characters at least) in order inside the long one's, from its first
        if (shortName.length() < 4 || shortName.length() >= longName.length()) {
            return false;
        }
        int shortEnd = shortName.length() - 1;
        int longEnd = longName.length() - 1;
        if (shortName.charAt(0) != longName.charAt(0) || shortName.charAt(shortEnd) != longName.charAt(longEnd)
                || shortName.charAt(1) != longName.charAt(1)) {
            return false;
        }
        return isSubsequence(shortName, 1, shortEnd, longName, 1, longEnd);
    }

    /** Whether part[from, to) appears in order, not necessarily together, in whole[wholeFrom, wholeTo). */
    private static boolean isSubsequence(String part, int from, int to, String whole, int wholeFrom, int wholeTo) {
        int i = from;
        for (int j = wholeFrom; j < wholeTo && i < to; j++) {
            if (part.charAt(i) == whole.charAt(j)) {
                i++;
            }
        }
        return i == to;
    }
}
