package org.kesudesk.logic;

import java.util.List;
import java.util.Optional;

import org.kesudesk.model.IssuingRegion;
import org.kesudesk.model.Plan;
import org.kesudesk.model.Region;
import org.kesudesk.model.RegionSetup;

/**
 * Which region a document read for import is from, by {@link IssuingRegion}'s rules, its issuer and title read as the
 * region list writes places: in simplified characters. A plan written in traditional ones is stored as written
 * unless the user asks otherwise, but 富裕縣人民政府 is still 富裕县's, and 壬縣人民政府 a county's not in the list.
 */
public final class DocumentRegion {

    private DocumentRegion() {
    }

    /** The region that issued the plan when it is not the office's own. */
    public static Optional<Region> otherThanOwn(Plan plan, List<Region> regions, Optional<Region> own) {
        return IssuingRegion.otherThanOwn(asListed(plan), regions, own);
    }

    /** The place the plan's issuer (or title) names when it is no region of the list, in simplified characters. */
    public static Optional<String> unknownPlace(Plan plan, List<Region> regions) {
        return IssuingRegion.unknownPlace(asListed(plan), regions);
    }

    /**
     * The region list a document from a place in no region of the list suggests: that place's city and counties,
     * the office being the place, when its name is one city or county of the country's (大庆市, 肇州县; not 朝阳区,
     * which is two). For an office of another city whose first document is its own plan.
     */
    public static Optional<RegionSetup> setupSuggested(Plan plan, List<Region> regions) {
        return unknownPlace(plan, regions).flatMap(place -> {
            Divisions divisions = Divisions.bundled();
            List<Divisions.Division> named = divisions.named(place);
            return named.size() == 1 ? divisions.setupFor(named.get(0)) : Optional.empty();
        });
    }

    private static Plan asListed(Plan p) {
        String issuer = SimplifiedScript.simplified(p.issuer());
        String title = SimplifiedScript.simplified(p.title());
        if (issuer.equals(p.issuer()) && title.equals(p.title())) {
            return p;
        }
        return p.withNotice(p.notice().withTitleAndIssuer(title, issuer));
    }
}
