package org.kesudesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A region list to set up in place of the one a database has: a city, its county-level divisions, and which of them
 * this office is.
 *
 * @param city     the city (or a municipality, or a county-level city directly under its province) at the top
 * @param counties the county-level divisions under it, in code order; empty for a city without counties
 * @param ownCode  the code of this office's region: the city's or one of the counties'
 */
public record RegionSetup(Place city, List<Place> counties, String ownCode) {

    /** A division's GB/T 2260 code and name. */
    public record Place(String code, String name) {
        public Place {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public RegionSetup {
        Objects.requireNonNull(city, "city");
        counties = List.copyOf(counties);
        Objects.requireNonNull(ownCode, "ownCode");
        if (!city.code().equals(ownCode) && counties.stream().noneMatch(c -> c.code().equals(ownCode))) {
            throw new IllegalArgumentException("the office's region " + ownCode + " is not in the list");
        }
    }

    /** This office's place: the city or one of its counties. */
    public Place own() {
        return city.code().equals(ownCode) ? city
                : counties.stream().filter(c -> c.code().equals(ownCode)).findFirst().orElseThrow();
    }

    /** Whether this office is the city itself rather than one of its counties. */
    public boolean ownIsCity() {
        return city.code().equals(ownCode);
    }
}
