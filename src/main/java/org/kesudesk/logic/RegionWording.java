package org.kesudesk.logic;

import org.kesudesk.l10n.Messages;
import org.kesudesk.model.Region;

/**
 * How the audit log names the changes of the region list and of this office's region, for the window and the
 * command line alike (the store records what it is told).
 */
public final class RegionWording {

    private RegionWording() {
    }

    /** This office's region chosen. */
    public static String ownRegion(Region region) {
        return Messages.get("audit.summary.ownRegion", region.name());
    }

    /** A region added or renamed. */
    public static String region(Region region) {
        return Messages.get("audit.summary.region", region.name(), region.code());
    }
}
