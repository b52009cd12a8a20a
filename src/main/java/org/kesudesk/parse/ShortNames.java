package org.kesudesk.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names a document defines for units: 市全民科学素质工作领导小组办公室（以下简称“市纲要办”）, 市科学技术协会
 * （简称市科协）. Where its lists name the unit by the short name, that name is the unit's alias, as the document says.
 */
final class ShortNames {

    /** A short name's definition, in brackets after the name it shortens: （以下简称“…”）, （下称…）, （简称：…）. */
    private static final Pattern DEFINED = Pattern.compile("[（(](?:以下|下文|下)?(?:简称|称)[：:]?[“\"「‘]?"
            + "([^”\"」’（）()，,。；;：:\\s]{2,16})[”\"」’]?[）)]");
    /** Words a clause may start with before the name: 由市科协…, 成立市…领导小组, 发挥市纲要办的…. */
    private static final Pattern BEFORE_NAME = Pattern.compile(".*(?:由|是|为|在|发挥|成立|建立|设立|组建|依托|通过|会同|"
            + "联合|牵头|负责|建成|的)");
    /** What parts clauses. */
    private static final String CLAUSE_ENDS = "，,。；;：:、（(）)“”\"";

    /**
     * A short name and the full name it stands for.
     *
     * @param shortName the name the document uses after (市纲要办)
     * @param fullName  the unit's name it was defined for
     */
    record Definition(String shortName, String fullName) {
    }

    private ShortNames() {
    }

    /**
     * A unit's name without the definition of its short name after it, as a list may write it: 市全民科学素质工作领导小组
     * 办公室（以下简称市纲要办） is 市全民科学素质工作领导小组办公室 (the definition is read from the paragraph, {@link #in}).
     */
    static String withoutDefinition(String name) {
        if (name.indexOf('称') < 0) {
            return name;
        }
        Matcher defined = DEFINED.matcher(name);
        int start = -1;
        while (defined.find()) {
            start = defined.end() == name.length() ? defined.start() : -1;
        }
        return start > 0 ? name.substring(0, start) : name;
    }

    /** The short names the paragraph defines for names that look like units'. */
    static List<Definition> in(String paragraph) {
        if (paragraph.indexOf('称') < 0) {
            return List.of();
        }
        List<Definition> found = new ArrayList<>();
        Matcher defined = DEFINED.matcher(paragraph);
        while (defined.find()) {
            int start = defined.start();
            while (start > 0 && CLAUSE_ENDS.indexOf(paragraph.charAt(start - 1)) < 0) {
                start--;
            }
            String clause = paragraph.substring(start, defined.start()).strip();
            Matcher verb = BEFORE_NAME.matcher(clause);
            String named = verb.lookingAt() ? clause.substring(verb.end()) : clause;
            // 市教育局和市科学技术协会（简称市科协）: the name the short one follows
            List<String> names = UnitNames.joined(named);
            String full = names.get(names.size() - 1);
            String shortName = defined.group(1);
            if (!full.equals(shortName) && full.length() > shortName.length() && UnitNames.looksLikeUnit(full)) {
                found.add(new Definition(shortName, full));
            }
        }
        return found;
    }
}
