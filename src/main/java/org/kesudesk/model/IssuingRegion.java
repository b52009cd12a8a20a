package org.kesudesk.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which region a plan document is from, as its notice says: the region whose name its issuer (发文机关) begins with
 * ("富裕县人民政府办公室" → 富裕县), else the one its title begins with. Empty when neither names a known region (an
 * office's own wording, a region not in the list): then nothing is assumed.
 */
public final class IssuingRegion {

    private IssuingRegion() {
    }

    public static Optional<Region> of(Plan plan, List<Region> regions) {
        return startingWith(plan.issuer(), regions).or(() -> startingWith(plan.title(), regions));
    }

    /**
     * The region that issued the plan when it is not the office's own: such a document is not stored as the
     * office's plan unless the user says so.
     */
    public static Optional<Region> otherThanOwn(Plan plan, List<Region> regions, Optional<Region> own) {
        return of(plan, regions).filter(issuer -> own.map(o -> !o.id().equals(issuer.id())).orElse(false));
    }

    /** A place name heading an issuer: 丙市 of 丙市人民政府办公室, 黑龙江省 of 黑龙江省人民政府办公厅, 丙市 of 中共丙市委. */
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(
            IssuingOrgans.PLACE_AT_START + "(?:人民政府|政府|委员会|委|全民科学素质|科学技术协会|科协)");

    /**
     * The place a plan's issuer (or else its title) names when it is no region of the list — another city, a
     * province: such a document is not this office's plan unless the user says so. Empty when the issuer names a known
     * region, or no place at all (市全民科学素质工作领导小组办公室: an office's own wording).
     */
    public static Optional<String> unknownPlace(Plan plan, List<Region> regions) {
        if (of(plan, regions).isPresent()) {
            return Optional.empty();
        }
        String text = plan.issuer().isBlank() ? plan.title() : plan.issuer();
        java.util.regex.Matcher place = PLACE.matcher(text.strip());
        if (!place.find()) {
            return Optional.empty();
        }
        String named = place.group(1);
        boolean known = regions.stream().anyMatch(region -> !region.name().isEmpty()
                && (region.name().startsWith(named) || named.startsWith(region.name())));
        return known ? Optional.empty() : Optional.of(named);
    }

    /**
     * The region with the longest name the text begins with (梅里斯达斡尔族区 before a shorter name it starts with),
     * the Party's 中共 before it set aside: a plan issued jointly by 中共甘南县委办公室 and 甘南县人民政府办公室 is
     * 甘南县's. A region named right after the one it belongs to is that region: 齐齐哈尔市龙沙区人民政府 is 龙沙区.
     */
    private static Optional<Region> startingWith(String text, List<Region> regions) {
        String written = text.strip();
        String stripped = written.startsWith("中共") ? written.substring(2).strip()
                : written.startsWith("中国共产党") ? written.substring(5).strip() : written;
        Optional<Region> first = longestAtStart(stripped, regions);
        return first.map(parent -> longestAtStart(stripped.substring(parent.name().length()), regions.stream()
                .filter(region -> region.parentId().filter(parent.id()::equals).isPresent()).toList())
                .orElse(parent));
    }

    private static Optional<Region> longestAtStart(String text, List<Region> regions) {
        return regions.stream()
                .filter(region -> !region.name().isEmpty() && text.startsWith(region.name()))
                .max(Comparator.comparingInt(region -> region.name().length()));
    }
}
