package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a unit's name looks like, for the recognisers that find names without a label saying so. */
final class UnitNames {

    /** A department, a body, an organisation: what its name ends in. */
    private static final Pattern DEPARTMENT = Pattern.compile(".{1,40}(局|委|部|办|厅|会|院|协|联|中心|馆|站|所|队|社|台|处"
            + "|政府|团|行|集团|公司|大学|学院|学校|党校|办公室|委员会|管委会|分局|支行|总站|气象局|海关|军分区)$");

    /** Words that join two names in a list: 市科协和市妇联, 市教育局及各县区教育局, 市卫健委以及市医保局. */
    private static final String[] JOINING = {"以及", "和", "及", "与"};

    private UnitNames() {
    }

    /**
     * The units a list's piece names: two where a joining word stands between two whole names (市科协和市妇联), else
     * the piece itself. A word inside one name (市住房和城乡建设局, 市工业和信息化局) has no name before it (市住房, 市工业),
     * so the name stays whole.
     */
    static List<String> joined(String piece) {
        if (piece.indexOf('和') < 0 && piece.indexOf('及') < 0 && piece.indexOf('与') < 0) {
            return List.of(piece);
        }
        for (int i = 2; i < piece.length() - 2; i++) {
            for (String word : JOINING) {
                if (piece.startsWith(word, i)) {
                    String before = piece.substring(0, i);
                    String after = piece.substring(i + word.length());
                    if (looksLikeUnit(before) && looksLikeUnit(after)) {
                        List<String> units = new ArrayList<>();
                        units.add(before);
                        units.addAll(joined(after));
                        return units;
                    }
                }
            }
        }
        return List.of(piece);
    }

    /** Whether the text is a unit's name (or a collective of units), not a phrase. */
    static boolean looksLikeUnit(String name) {
        if (name.length() < 2 || name.length() > 40 || name.matches(".*[。，；：！？\\d].*")) {
            return false;
        }
        return DEPARTMENT.matcher(name).matches() || org.kesudesk.model.Unit.isCollectiveName(name);
    }
}
