package org.kesudesk.parse;

import java.util.regex.Pattern;

/** What a unit's name looks like, for the recognisers that find names without a label saying so. */
final class UnitNames {

    /** A department, a body, an organisation: what its name ends in. */
    private static final Pattern DEPARTMENT = Pattern.compile(".{1,40}(局|委|部|办|厅|会|院|协|联|中心|馆|站|所|队|社|台|处"
            + "|政府|团|行|集团|公司|大学|学院|学校|党校|办公室|委员会|管委会|分局|支行|总站|气象局|海关|军分区)$");

    private UnitNames() {
    }

    /** Whether the text is a unit's name (or a collective of units), not a phrase. */
    static boolean looksLikeUnit(String name) {
        if (name.length() < 2 || name.length() > 40 || name.matches(".*[。，；：！？\\d].*")) {
            return false;
        }
        return DEPARTMENT.matcher(name).matches() || org.kesudesk.model.Unit.isCollectiveName(name);
    }
}
