package org.kesudesk.parse;

import java.util.List;
import java.util.Optional;

/**
 * What each column of a division table holds, in the table's order, as the user mapped them: its first row is
 * then the header, whatever it says. A mapping names one task column and at least one unit column, and no role
 * (but {@link ColumnRole#OTHER}) twice.
 */
public record ColumnMapping(List<ColumnRole> roles) {

    public ColumnMapping {
        roles = List.copyOf(roles);
    }

    /** Why the mapping cannot be used (a message key of the bundle), or empty if it can. */
    public Optional<String> problem() {
        if (count(ColumnRole.TASK) != 1) {
            return Optional.of("parse.columns.needTask");
        }
        if (count(ColumnRole.LEAD) + count(ColumnRole.RESPONSIBLE) == 0) {
            return Optional.of("parse.columns.needUnits");
        }
        for (ColumnRole role : ColumnRole.values()) {
            if (role != ColumnRole.OTHER && count(role) > 1) {
                return Optional.of("parse.columns.twice");
            }
        }
        return Optional.empty();
    }

    /** The column of the role, or -1. */
    int column(ColumnRole role) {
        return roles.indexOf(role);
    }

    private long count(ColumnRole role) {
        return roles.stream().filter(role::equals).count();
    }
}
