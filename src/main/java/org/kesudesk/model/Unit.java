package org.kesudesk.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A department in the unit catalogue, e.g. 市教育局; or a collective that plans name as one (各成员单位,
 * 各县（市）区政府, 市直有关部门), kept as what it is: never split into departments, never taken for one.
 *
 * @param kind       a free classification of the unit (may be empty)
 * @param precedence the official listing order; smaller comes first
 */
public record Unit(UUID id, String name, String kind, int precedence, long rowVersion) {
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** What plans write for several units at once: 各…, 有关…, …有关部门, …成员单位. */
    private static final java.util.regex.Pattern COLLECTIVE = java.util.regex.Pattern.compile(
            "^(各|有关|相关|其他).{1,30}|.{1,20}(有关部门|有关单位|相关部门|相关单位|成员单位|各部门|各单位)$");

    /** Whether a unit of this name is a collective of units (the rule, for the parser and the views). */
    public static boolean isCollectiveName(String name) {
        return COLLECTIVE.matcher(name).matches();
    }

    /** Whether this is a collective of units rather than one department. */
    public boolean isCollective() {
        return isCollectiveName(name);
    }

    /**
     * A city's counties as its plan tasks them, brackets and marks left out: 各县市区, 各县区人民政府, 各区县政府; the
     * government's word it ends with (人民政府, 政府, or none) in the group.
     */
    private static final java.util.regex.Pattern COUNTIES = java.util.regex.Pattern.compile(
            "各(?:县市区|县区市|县市|县区|区县|区县市)(人民政府|政府|)");

    /**
     * If a unit of this name is the city's counties, however bracketed and listed (各县（市）区, 各县（市、区）人民政府,
     * 各区、县政府): the government's word its name ends with (人民政府, 政府, or "" for the counties alone). The rule
     * for deriving a county's plan (what the counties become there) and for reporting (the counties report on such a
     * task through their own plans).
     */
    public static java.util.Optional<String> countiesGovernmentWord(String name) {
        java.util.regex.Matcher counties = COUNTIES.matcher(name.replaceAll("[（()）、，,]", ""));
        return counties.matches() ? java.util.Optional.of(counties.group(1)) : java.util.Optional.empty();
    }

    /** Whether this collective is the city's counties (各县（市）区人民政府), see {@link #countiesGovernmentWord}. */
    public boolean isCounties() {
        return countiesGovernmentWord(name).isPresent();
    }

    /** A new unit that has not been stored yet. */
    public static Unit create(String name, int precedence) {
        return new Unit(Ids.newId(), name, "", precedence, 1);
    }
}
