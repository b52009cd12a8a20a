package org.kesudesk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The city or a county-level division.
 *
 * @param parentId the city a county belongs to; empty for the city itself
 */
public record Region(UUID id, String code, String name, RegionKind kind, Optional<UUID> parentId, long rowVersion) {
    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parentId, "parentId");
    }

    /** Whether this region is one of that city's counties. */
    public boolean belongsTo(Region city) {
        return parentId.filter(city.id()::equals).isPresent();
    }

    /** The regions of the list that belong to this one (a city's counties), in the list's order. */
    public List<Region> countiesIn(List<Region> regions) {
        return regions.stream().filter(region -> region.belongsTo(this)).toList();
    }

    /** The city this region belongs to, among the regions of the list. */
    public Optional<Region> cityIn(List<Region> regions) {
        return regions.stream().filter(this::belongsTo).findFirst();
    }

    /**
     * What a city's documents call these county-level divisions together, by the levels they are of in the order
     * 各县（市、区） writes them: 县（市、区） for counties, county-level cities and districts, 县（区） or 县（市） or 市（区）
     * for two levels, 县 or 区 or 市 for one — so that a city of counties and districts is not said to have cities;
     * 县（市、区） for none.
     */
    public static String countiesWord(java.util.Collection<Region> counties) {
        java.util.Set<String> levels = new java.util.HashSet<>();
        counties.forEach(county -> levels.add(county.countyLevel()));
        List<String> inOrder = java.util.stream.Stream.of("县", "市", "区").filter(levels::contains).toList();
        if (inOrder.isEmpty()) {
            inOrder = List.of("县", "市", "区");
        }
        return inOrder.size() == 1 ? inOrder.get(0)
                : inOrder.get(0) + "（" + String.join("、", inOrder.subList(1, inOrder.size())) + "）";
    }

    /**
     * The level a county-level region calls itself by, from the end of its name: 县 for a county, 区 for a district,
     * 市 for a county-level city (县 when its name says none): a county's units (县教育局) and how it is addressed (你县).
     */
    public String countyLevel() {
        String last = name.isEmpty() ? "" : name.substring(name.length() - 1);
        return last.equals("区") || last.equals("市") || last.equals("县") ? last : "县";
    }
}
