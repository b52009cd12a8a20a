package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit names written after a first one without the prefix they share with it: in "市委组织部、宣传部，市发展改革委、
 * 科技局、财政局" the writer means 市委宣传部, 市科技局 and 市财政局. A name is read with the prefix of the last name
 * before it in the same list that has one (a region and 市委/县委 …, or 市/县/区 …) when it has none of its own,
 * looks like a department (ends in 局, 委, 部, 办 …), names no region anywhere (团市委 is whole), is no collective
 * (各…, 有关…) and is not a unit the catalogue already knows. The parser never stores the longer name on its own: it suggests it, and the user decides.
 */
final class SharedPrefix {

    /** A prefix: up to eight characters ending in a region word (and 委 for the Party's bodies), then the rest. */
    private static final Pattern PREFIX = Pattern.compile("^(.{0,8}?(?:市委|县委|区委|旗委|州委|省委|市|县|区|旗|州|盟|省))"
            + "(?=.{2,}$)");
    /** A name that names a region anywhere (团市委, 人民银行某市中心支行) is complete as it is. */
    private static final Pattern REGION_WORD = Pattern.compile(".*[" + UnitNames.REGION_CHARACTERS + "].*");

    private SharedPrefix() {
    }

    /** The prefix the name starts with (市委, 市, 富裕县 …), if it has one. */
    static Optional<String> prefixOf(String name) {
        Matcher prefix = PREFIX.matcher(name);
        return prefix.find() ? Optional.of(prefix.group(1)) : Optional.empty();
    }

    /**
     * For each name of a list, in order, the name it means: itself, or the prefix of the last prefixed name
     * before it and itself.
     *
     * @param known names of units the catalogue already has (never read as a short form)
     */
    static List<String> meant(List<String> names, Collection<String> known) {
        List<String> meant = new ArrayList<>(names.size());
        Optional<String> shared = Optional.empty();
        for (String name : names) {
            Optional<String> own = prefixOf(name);
            if (own.isPresent()) {
                shared = own;
                meant.add(name);
            } else if (shared.isPresent() && !known.contains(name) && UnitNames.looksLikeUnit(name)
                    && !org.kesudesk.model.Unit.isCollectiveName(name) && !REGION_WORD.matcher(name).matches()) {
                meant.add(shared.get() + name);
            } else {
                meant.add(name);
            }
        }
        return meant;
    }
}
