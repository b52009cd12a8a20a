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
        List<String> candidates = new ArrayList<>(names.keySet());
        catalogue.stream().filter(name -> !names.containsKey(name)).forEach(candidates::add);
        List<AliasSuggestion> suggestions = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : names.entrySet()) {
            String shortName = entry.getKey();
            if (catalogue.contains(shortName)) {
                continue;
            }
            candidates.stream()
                    .filter(longName -> isShortFormOf(shortName, longName))
                    .findFirst()
                    .ifPresent(longName -> suggestions.add(new AliasSuggestion(shortName, longName, entry.getValue())));
        }
        return suggestions;
    }

    static boolean isShortFormOf(String shortName, String longName) {
        if (shortName.length() < 3 || shortName.length() >= longName.length()) {
            return false;
        }
        if (shortName.charAt(0) != longName.charAt(0)
                || shortName.charAt(shortName.length() - 1) != longName.charAt(longName.length() - 1)) {
            return false;
        }
        String shortMiddle = shortName.substring(1, shortName.length() - 1);
        String longMiddle = longName.substring(1, longName.length() - 1);
        return shortMiddle.length() >= 2 && longMiddle.startsWith(shortMiddle.substring(0, 1))
                && isSubsequence(shortMiddle, longMiddle);
    }

    private static boolean isSubsequence(String part, String whole) {
        int i = 0;
        for (int j = 0; j < whole.length() && i < part.length(); j++) {
            if (part.charAt(i) == whole.charAt(j)) {
                i++;
            }
        }
        return i == part.length();
    }
}
