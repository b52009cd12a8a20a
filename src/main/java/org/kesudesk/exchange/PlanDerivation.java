package org.kesudesk.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kesudesk.logic.PlanContentCheck;
import org.kesudesk.model.Assignment;
import org.kesudesk.model.Ids;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanNotice;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Region;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.store.PlanRepository;

/**
 * A county's plan made from the city's: the same sections, actions, projects, tasks and indicators (new ids), the
 * city's name replaced by the county's, and each unit renamed by the mapping the user reviewed (市教育局 → 县教育局).
 */
public final class PlanDerivation {

    private PlanDerivation() {
    }

    /**
     * The units of the city's plan, each with the name the county's would have by the usual rules
     * ({@link #countyName}). In the plan's order of first appearance, for the user to review and change.
     */
    public static Map<String, String> suggestedUnitNames(PlanDocument plan, Region city, Region county) {
        return suggestedUnitNames(plan, city, county, Map.of());
    }

    /**
     * {@link #suggestedUnitNames(PlanDocument, Region, Region)} for a county whose plan was derived before: a unit
     * named then keeps the name the user gave it then ({@link PlanRepository#derivedUnitNames}); a unit new to the
     * city's plan is named by the rules.
     */
    public static Map<String, String> suggestedUnitNames(PlanDocument plan, Region city, Region county,
                                                         Map<String, String> earlier) {
        Map<String, String> names = new LinkedHashMap<>();
        for (PlanNode section : plan.sections()) {
            collectUnits(section, city, county, earlier, names);
        }
        return names;
    }

    /**
     * Of the names suggested for a county whose plan was derived before, those the user has not given before — the
     * units new to the city's plan, named by the rules — to be looked at; none for a plan derived before the names
     * were kept (every name is then the rules').
     */
    public static Map<String, String> namedByRules(Map<String, String> names, Map<String, String> earlier) {
        Map<String, String> named = new LinkedHashMap<>();
        if (!earlier.isEmpty()) {
            names.forEach((city, county) -> {
                if (!earlier.containsKey(city)) {
                    named.put(city, county);
                }
            });
        }
        return named;
    }

    private static void collectUnits(PlanNode node, Region city, Region county, Map<String, String> earlier,
                                     Map<String, String> names) {
        node.assignments().forEach(a -> names.computeIfAbsent(a.unit().name(),
                name -> earlier.getOrDefault(name, countyName(name, city, county))));
        node.children().forEach(child -> collectUnits(child, city, county, earlier, names));
    }

    /**
     * The county's counterpart of a city unit's name, by the usual rules: the city's name becomes the county's
     * (齐齐哈尔市科学技术协会 → 富裕县科学技术协会, 中共齐齐哈尔市委宣传部 → 中共富裕县委宣传部); a leading 市 becomes the
     * county's own level (县, 区 or 市, from the end of its name: 市教育局 → 县教育局), 团市委 becomes 团县委; the city's
     * counties (各县（市）区, 各县（市、区）人民政府), which a county's plan cannot task, become its own towns (各乡镇,
     * 各乡镇人民政府) or, for a district, its streets (各街道, 各街道办事处); other names stay.
     */
    public static String countyName(String cityUnit, Region city, Region county) {
        String level = levelOf(county);
        java.util.Optional<String> counties = org.kesudesk.model.Unit.countiesGovernmentWord(cityUnit);
        if (counties.isPresent()) {
            boolean government = !counties.get().isEmpty();
            return level.equals("区") ? (government ? "各街道办事处" : "各街道")
                    : "各乡镇" + counties.get();
        }
        if (!city.name().isEmpty() && cityUnit.contains(city.name())) {
            return cityUnit.replace(city.name(), county.name());
        }
        if (cityUnit.startsWith("团市委")) {
            return "团" + level + "委" + cityUnit.substring(3);
        }
        if (cityUnit.startsWith("市") && cityUnit.length() > 1) {
            return level + cityUnit.substring(1);
        }
        return cityUnit;
    }

    /**
     * The city's counties as a notice writes them, however bracketed and listed (各县（市）区, 各县（市、区）人民政府,
     * 各区、县人民政府, 各县区政府): what they become in the county's notice is {@link #countyName}'s to say.
     */
    private static final Pattern COUNTIES_AS_WRITTEN =
            Pattern.compile("各[县区](?:[（(、]?[县区市][)）]?){1,2}(?:人民政府|政府)?");

    /** The city's government as the county's notice names its own (市人民政府, 市政府 → 县人民政府, 县政府). */
    private static Map<String, String> governmentWords(Region county) {
        String level = levelOf(county);
        return level.equals("市") ? Map.of() : Map.of("市人民政府", level + "人民政府", "市政府", level + "政府");
    }

    /**
     * A text of the county's own notice (its addressees and body): the city's counties become the county's towns
     * (or a district's streets), then the words of {@code renaming} (the city's government the county's).
     */
    private static String noticeText(String text, Region city, Region county, TextRenaming renaming) {
        Matcher counties = COUNTIES_AS_WRITTEN.matcher(text);
        StringBuilder towns = new StringBuilder();
        while (counties.find()) {
            counties.appendReplacement(towns, Matcher.quoteReplacement(countyName(counties.group(), city, county)));
        }
        counties.appendTail(towns);
        return renaming.apply(towns.toString());
    }

    /** 县 for a county, 区 for a district, 市 for a county-level city ({@link Region#countyLevel}). */
    static String levelOf(Region county) {
        return county.countyLevel();
    }

    /**
     * Derives the county's plan.
     *
     * @param city      the region whose name the plan's titles carry (replaced by the county's)
     * @param unitNames city unit name → county unit name, as reviewed (units not in it keep their names)
     */
    public static PlanDocument derive(PlanDocument plan, Region city, Region county, Map<String, String> unitNames) {
        Plan source = plan.plan();
        TextRenaming rename = new TextRenaming(city, county, unitNames);
        // the county's own notice speaks of its own government and its towns (经县政府同意, 各乡镇人民政府)
        TextRenaming notice = new TextRenaming(city, county, unitNames, governmentWords(county));
        // the county's own 文号, date, 附注 and 抄送 are its own to write: none taken from the city's
        PlanNotice countyNotice = new PlanNotice("", rename.apply(source.title()),
                noticeText(source.addressees(), city, county, notice),
                noticeText(source.noticeBody(), city, county, notice), rename.apply(source.issuer()),
                Optional.empty(), "", "", rename.apply(source.printedBy()), Optional.empty());
        Plan derived = new Plan(Ids.newPlanId(), Optional.of(county.id()), source.period(), countyNotice,
                rename.apply(source.planTitle()), rename.apply(source.goalText()), 1);
        Map<String, Unit> units = new LinkedHashMap<>();
        List<PlanNode> sections = new ArrayList<>();
        for (PlanNode section : plan.sections()) {
            sections.add(copy(section, rename, unitNames, units));
        }
        PlanDocument countyPlan = new PlanDocument(derived, copyIndicators(plan.goalIndicators()), sections);
        // the names typed in the review are checked like any other
        PlanContentCheck.requireValid(countyPlan);
        return countyPlan;
    }

    /**
     * Stores a county's derived plan, in place of the plan the county has if it has one (the caller made sure the
     * user wants that, and made a backup), keeping the plan as derived and the names its units were given for the
     * next derivation ({@link #update}).
     *
     * @param from      the city's plan it was derived from (its name is kept as where the derivation came from)
     * @param unitNames the names the units were given, as reviewed
     */
    public static PlanDocument store(PlanRepository plans, PlanDocument from, PlanDocument derived,
                                     Map<String, String> unitNames) {
        // the county's plan of the city's plan's period is replaced; one of another period stays beside it
        Optional<UUID> existing = derived.plan().regionId()
                .flatMap(region -> plans.regionPlanDuring(region, from.plan().period()));
        PlanRepository.Source source = new PlanRepository.Source(sourceName(from), PlanData::source);
        Map<String, String> kept = typedNames(unitNames);
        // each task keeps the deadline the city gave it, set by hand or read from its text
        PlanRepository.CopiedFrom copied = new PlanRepository.CopiedFrom(from.plan().id(), copiedNodes(from, derived));
        return existing.isPresent() ? plans.replace(existing.get(), derived, source, kept, copied)
                : plans.addDerived(derived, source, kept, copied);
    }

    /**
     * Each node of a plan and the node a plan derived from it has in its place (a derivation copies the tree as it
     * is: node for node, in order), by id.
     */
    public static Map<UUID, UUID> copiedNodes(PlanDocument from, PlanDocument derived) {
        Map<UUID, UUID> copies = new java.util.HashMap<>();
        copiedNodes(from.sections(), derived.sections(), copies);
        return copies;
    }

    private static void copiedNodes(List<PlanNode> from, List<PlanNode> derived, Map<UUID, UUID> copies) {
        for (int i = 0; i < from.size() && i < derived.size(); i++) {
            copies.put(from.get(i).id(), derived.get(i).id());
            copiedNodes(from.get(i).children(), derived.get(i).children(), copies);
        }
    }

    /**
     * What deriving a county's plan again would change in the plan the county has: the county's plan derived anew
     * from the city's plan as it is now, merged with the county's plan as it is here (its own units kept), against
     * the plan as it was derived last ({@link Revisions#inspectDerived}). Nothing stored yet.
     */
    public static Revisions.Preview update(Revisions revisions, PlanDocument countyPlan, PlanDocument from,
                                           PlanDocument derived, Map<String, String> unitNames) {
        return revisions.inspectDerived(countyPlan, sourceName(from), derived, typedNames(unitNames), from);
    }

    /** Where a derived plan came from, as its kept source names it: the city's plan. */
    static String sourceName(PlanDocument from) {
        return org.kesudesk.l10n.Messages.get("plan.derive.source", from.plan().name());
    }

    /** The names as the derived plan's units have them (typed as a name is typed: spaces stripped, NFC). */
    private static Map<String, String> typedNames(Map<String, String> unitNames) {
        Map<String, String> typed = new LinkedHashMap<>();
        unitNames.forEach((city, county) -> typed.put(city, TextRules.typedName(county)));
        return typed;
    }

    private static PlanNode copy(PlanNode node, TextRenaming rename, Map<String, String> unitNames,
                                 Map<String, Unit> units) {
        List<Assignment> assignments = new ArrayList<>();
        for (Assignment assignment : node.assignments()) {
            String name = TextRules.typedName(unitNames.getOrDefault(assignment.unit().name(),
                    assignment.unit().name()));
            Unit unit = units.computeIfAbsent(name, n -> Unit.create(n, assignment.unit().precedence()));
            // two city units given one county name are one unit: a node names it once, in the first role it has
            // (a task's leads come first: one of them leading, the unit leads)
            if (assignments.stream().noneMatch(a -> a.unit() == unit)) {
                assignments.add(Assignment.create(unit, assignment.role()));
            }
        }
        List<PlanNode> children = new ArrayList<>();
        for (PlanNode child : node.children()) {
            children.add(copy(child, rename, unitNames, units));
        }
        return new PlanNode(Ids.newId(), node.kind(), node.label(), rename.apply(node.title()),
                rename.apply(node.text()), assignments, copyIndicators(node.indicators()), children, 1);
    }

    private static List<Indicator> copyIndicators(List<Indicator> indicators) {
        return indicators.stream().map(i -> new Indicator(Ids.newId(), i.wording(), i.targetValue(),
                i.measure(), i.period(), 1)).toList();
    }

    /**
     * The city's words in a text made the county's, in one pass: the city's name (齐齐哈尔市 → 富裕县), the units as
     * the review named them (市科协发挥综合协调作用 → 县科协…), and the city speaking of itself (全市, 我市, 本市 →
     * 全县, 我县, 本县). At each place the longest word wins, and what is renamed is not looked at again; only the
     * lengths of words starting with the character there are tried (a plan at the limits has 2,000 units and
     * megabytes of text).
     */
    private static final class TextRenaming {
        private final Map<String, String> words = new java.util.HashMap<>();
        /** For a first character, the lengths of the words starting with it, longest first. */
        private final Map<Character, int[]> lengths = new java.util.HashMap<>();

        TextRenaming(Region city, Region county, Map<String, String> unitNames) {
            this(city, county, unitNames, Map.of());
        }

        /** @param more other words to rename (a notice's own: 市政府 → 县政府) */
        TextRenaming(Region city, Region county, Map<String, String> unitNames, Map<String, String> more) {
            words.putAll(more);
            unitNames.forEach((from, to) -> {
                if (!from.isEmpty() && !from.equals(to)) {
                    words.put(from, TextRules.typedName(to));
                }
            });
            String level = levelOf(county);
            if (!level.equals("市")) {
                for (String self : List.of("全市", "我市", "本市")) {
                    words.put(self, self.charAt(0) + level);
                }
            }
            if (!city.name().isEmpty()) {
                words.put(city.name(), county.name());
            }
            Map<Character, java.util.TreeSet<Integer>> byFirst = new java.util.HashMap<>();
            words.keySet().forEach(word -> byFirst.computeIfAbsent(word.charAt(0),
                    c -> new java.util.TreeSet<>(java.util.Comparator.reverseOrder())).add(word.length()));
            byFirst.forEach((first, sizes) -> lengths.put(first,
                    sizes.stream().mapToInt(Integer::intValue).toArray()));
        }

        String apply(String text) {
            if (words.isEmpty() || text.isEmpty()) {
                return text;
            }
            StringBuilder renamed = null;
            int copied = 0;
            for (int i = 0; i < text.length(); ) {
                int[] sizes = lengths.get(text.charAt(i));
                String replacement = null;
                int size = 0;
                if (sizes != null) {
                    for (int candidate : sizes) {
                        if (i + candidate <= text.length()) {
                            replacement = words.get(text.substring(i, i + candidate));
                            if (replacement != null) {
                                size = candidate;
                                break;
                            }
                        }
                    }
                }
                if (replacement == null) {
                    i++;
                    continue;
                }
                if (renamed == null) {
                    renamed = new StringBuilder(text.length() + 16);
                }
                renamed.append(text, copied, i).append(replacement);
                i += size;
                copied = i;
            }
            return renamed == null ? text : renamed.append(text, copied, text.length()).toString();
        }
    }
}
