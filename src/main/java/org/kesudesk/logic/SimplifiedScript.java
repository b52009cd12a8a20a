package org.kesudesk.logic;

import java.util.List;

import com.ibm.icu.text.Transliterator;

import org.kesudesk.model.Assignment;
import org.kesudesk.model.Indicator;
import org.kesudesk.model.Plan;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.Unit;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ParseReport;

/**
 * A plan written in traditional characters (牽頭單位, 責任單位, 號), put into simplified ones when the user asks (the
 * document is stored as written otherwise): ICU's Hant-Hans transliteration of every title, text, unit name and
 * header field, and of the alias suggestions, so that they still name the units.
 */
public final class SimplifiedScript {

    /**
     * Characters ICU's Hant-Hans changes that simplified Chinese writes too (俱乐部, 显著, 乾坤, 於 as a surname, 瞭望,
     * 慰藉, 宫商角徵羽, 大阪, 夥颐): a simplified document holding them is no traditional one.
     */
    static final String SIMPLIFIED_TOO = "俱著乾於瞭藉徵阪夥";

    /**
     * Of those, the ones kept as written when a traditional document is simplified: 俱 is never 具 (與時俱進), and 著
     * is 着 only in some words (隨著) but stays 著 in others (顯著). The rest are, in a traditional text, what ICU makes
     * of them (關於 关于, 瞭解 了解, 徵求 征求).
     */
    private static final String KEPT = "俱著";

    private static final Transliterator HANT_TO_HANS = Transliterator.getInstance("[^" + KEPT + "] Hant-Hans");

    private SimplifiedScript() {
    }

    /**
     * Whether the document holds traditional characters (other than those simplified Chinese writes too): each
     * distinct character of its titles and texts is put through the transliteration once (a plan at the limits has
     * 28 MB of text, and a few thousand characters).
     */
    public static boolean hasTraditional(ParseReport report) {
        java.util.BitSet seen = new java.util.BitSet();
        java.util.function.Consumer<String> collect = text -> {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (c >= 0x2E80 && SIMPLIFIED_TOO.indexOf(c) < 0) {
                    seen.set(c);
                }
                i += Character.charCount(c);
            }
        };
        collect.accept(report.document().plan().title());
        report.document().forEachNode(node -> {
            collect.accept(node.title());
            collect.accept(node.text());
            node.assignments().forEach(a -> collect.accept(a.unit().name()));
        });
        for (int c = seen.nextSetBit(0); c >= 0; c = seen.nextSetBit(c + 1)) {
            String character = new String(Character.toChars(c));
            if (!simplified(character).equals(character)) {
                return true;
            }
        }
        return false;
    }

    /** The report with its plan and suggestions in simplified characters. */
    public static ParseReport simplified(ParseReport report) {
        PlanDocument document = report.document();
        Plan p = document.plan();
        Plan plan = new Plan(p.id(), p.regionId(), p.period(), p.notice().withTexts(SimplifiedScript::simplified),
                simplified(p.planTitle()), simplified(p.goalText()), p.rowVersion());
        PlanDocument converted = new PlanDocument(plan, indicators(document.goalIndicators()),
                document.sections().stream().map(SimplifiedScript::node).toList());
        return new ParseReport(report.source(), report.encoding(), converted, report.warnings(),
                simplified(report.aliasSuggestions()), report.cutOff(), report.sources());
    }

    /** Alias suggestions in simplified characters, so that they name the units of the simplified plan. */
    public static List<AliasSuggestion> simplified(List<AliasSuggestion> aliases) {
        return aliases.stream()
                .map(a -> new AliasSuggestion(simplified(a.alias()), simplified(a.canonical()), a.line())).toList();
    }

    static String simplified(String text) {
        return text.isEmpty() ? text : HANT_TO_HANS.transliterate(text);
    }

    private static PlanNode node(PlanNode node) {
        List<Assignment> assignments = node.assignments().stream().map(a -> new Assignment(a.id(),
                new Unit(a.unit().id(), simplified(a.unit().name()), a.unit().kind(), a.unit().precedence(),
                        a.unit().rowVersion()), a.role(), a.rowVersion())).toList();
        return new PlanNode(node.id(), node.kind(), node.label(), simplified(node.title()), simplified(node.text()),
                assignments, indicators(node.indicators()), node.children().stream().map(SimplifiedScript::node)
                .toList(), node.rowVersion());
    }

    private static List<Indicator> indicators(List<Indicator> indicators) {
        return indicators.stream().map(i -> new Indicator(i.id(), simplified(i.wording()), i.targetValue(),
                simplified(i.measure()), i.period(), i.rowVersion())).toList();
    }
}
