package org.kesudesk.exchange;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.logic.PlanContentCheck;
import org.kesudesk.model.Deadline;
import org.kesudesk.model.DeadlineWording;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.PlanNode;
import org.kesudesk.model.PlanPeriod;
import org.kesudesk.model.Unit;
import org.kesudesk.model.UnitMatching;
import org.kesudesk.parse.AliasSuggestion;
import org.kesudesk.parse.ParseReport;
import org.kesudesk.store.AuditLog;
import org.kesudesk.store.Backups;
import org.kesudesk.store.Database;
import org.kesudesk.store.PlanRepository;
import org.kesudesk.store.ProgressRepository;
import org.kesudesk.store.UnitRepository;

/**
 * A revised document (征求意见稿 then 正式稿, a plan 修订) updating the plan read from the earlier one, rather than
 * stored as a second plan beside it: a three-way merge of the plan as the earlier document gave it (kept when it was
 * read), as it is here, and as the revised document gives it. What the revision changed is taken; what the office
 * changed since (a unit added or removed by hand, a text edited) stays; where both changed one thing differently the
 * user chooses (the office's version unless told otherwise). Rounds, reports and deadlines set by hand stay with
 * their tasks; a task the revision drops that has reports is removed only when the user says so. A plan read before
 * its document was kept has no earlier document: the revision's word is taken for everything it says, and the
 * preview says so.
 */
public final class Revisions {

    private final Database database;
    private final PlanRepository plans;

    public Revisions(Database database) {
        this.database = database;
        this.plans = new PlanRepository(database);
    }

    /**
     * What a revision would do; nothing stored yet.
     *
     * @param current      the plan as stored
     * @param merge        the merge: the plan as it would be, what changes, the conflicts
     * @param earlierKept  whether the plan's earlier document was kept (else the revision's word is taken)
     * @param reportedGone the tasks the revision removes that have progress reports, as the document numbers them
     * @param deadlines    the deadlines the revised texts change (a deadline set by hand stays)
     * @param source       the revised document's plan, to be kept for the next revision
     * @param auditLastId  the audit log's last id for the plan before it was read: applying refuses a plan changed
     *                     since
     */
    public record Preview(String fileName, PlanDocument current, PlanMerge.Result merge, boolean earlierKept,
                          List<String> reportedGone, Map<UUID, Optional<Deadline>> deadlines, byte[] source,
                          Map<String, String> aliases, Optional<Map<String, String>> derivedUnitNames,
                          long auditLastId, Map<UUID, Deadline> givenDeadlines) {
        public boolean changesNothing() {
            return merge.changesNothing() && deadlines.isEmpty();
        }
    }

    /** What a revision did, and the backup made before it. */
    public record Revised(Optional<Path> backup, PlanRepository.Revised applied) {
    }

    /**
     * Merges a revised document's plan into a stored plan.
     *
     * @param shown   the stored plan the document revises (read again here)
     * @param report  the revised document, read
     * @param choices how conflicts are settled, by row id; a conflict not in it keeps the office's version
     * @param aliases the suggestions the user confirmed (市生态局 is 市生态环境局): the revision names the unit, and the
     *                catalogue learns the alias when the revision is applied
     */
    public Preview inspect(PlanDocument shown, ParseReport report, Map<UUID, PlanMerge.Choice> choices,
                           List<AliasSuggestion> aliases) {
        Map<String, String> accepted = new LinkedHashMap<>();
        aliases.forEach(suggestion -> accepted.put(suggestion.alias(), suggestion.canonical()));
        return inspect(shown, report.source(), report.document(), choices, accepted, Optional.empty(), Map.of());
    }

    /**
     * Whether a document under a stored plan's 文号 and title corrects the one the plan was read from — a misprint
     * fixed, a task reworded, a unit added, and the document sent again under its number: it says something that
     * document did not. It is then a revision to update the plan with, not the same document again. A plan whose
     * document was not kept (read by an earlier version) cannot tell, and is taken for the same document.
     *
     * @param stored the plan of that 文号 and title
     * @param report the document read
     */
    public boolean corrects(org.kesudesk.model.PlanSummary stored, ParseReport report) {
        PlanDocument current = plans.find(stored.id())
                .orElseThrow(() -> new UserFacingException("store.error.noSuchPlan", stored.id()));
        Preview preview = inspect(current, report, Map.of(), List.of());
        return preview.earlierKept() && !preview.changesNothing();
    }

    /**
     * Merges a county's plan derived again from the city's (as the city's plan is now) into the county's plan as
     * stored here: what the city's plan changed since the county's was derived is taken; what was done to the
     * county's plan since (its own units given to its tasks, by the county or here) stays. A plan derived before its
     * derivation was kept has no earlier version: the city's word is then taken for the tree and its texts, and each
     * task keeps the units it has here.
     *
     * @param derived   the county's plan derived anew ({@link PlanDerivation#derive})
     * @param unitNames the names its units were given, kept for the next derivation
     */
    public Preview inspectDerived(PlanDocument countyPlan, String sourceName, PlanDocument derived,
                                  Map<String, String> unitNames, Map<UUID, PlanMerge.Choice> choices) {
        return inspect(countyPlan, sourceName, derived, choices, Map.of(), Optional.of(Map.copyOf(unitNames)),
                Map.of());
    }

    /**
     * {@link #inspectDerived(PlanDocument, String, PlanDocument, Map, Map)} of a plan derived from {@code from}: a
     * task the derivation adds to the county's plan takes the deadline the city gave its own (set by hand or read).
     */
    public Preview inspectDerived(PlanDocument countyPlan, String sourceName, PlanDocument derived,
                                  Map<String, String> unitNames, PlanDocument from) {
        Map<UUID, Deadline> cityDeadlines = new ProgressRepository(database).deadlines(from.plan().id());
        Map<UUID, Deadline> given = new HashMap<>();
        PlanDerivation.copiedNodes(from, derived).forEach((cityNode, derivedNode) -> {
            Deadline deadline = cityDeadlines.get(cityNode);
            if (deadline != null) {
                given.put(derivedNode, deadline);
            }
        });
        return inspect(countyPlan, sourceName, derived, Map.of(), Map.of(), Optional.of(Map.copyOf(unitNames)),
                Map.copyOf(given));
    }

    private Preview inspect(PlanDocument shown, String sourceName, PlanDocument document,
                            Map<UUID, PlanMerge.Choice> choices, Map<String, String> accepted,
                            Optional<Map<String, String>> derivedUnitNames, Map<UUID, Deadline> given) {
        UUID planId = shown.plan().id();
        // the plan as it is now, read after the audit log's last id: a change in between is refused when applied
        long auditLastId = new AuditLog(database).lastIdFor(planId);
        PlanDocument current = plans.find(planId)
                .orElseThrow(() -> new UserFacingException("store.error.noSuchPlan", planId));
        Optional<PlanDocument> earlier = plans.source(planId).map(PlanData::readSource)
                .filter(source -> source.plan().id().equals(planId));
        PlanDocument reference = earlier.orElse(current);
        // a unit's name as the plan's catalogue names it, an alias accepted now counted as the catalogue's own
        UnitMatching catalogue = UnitRepository.ofPlan(database, current.plan()).matching();
        PlanDocument revised = PlanRevision.identified(reference, document, name -> {
            String named = catalogue.find(name).isPresent() ? name : accepted.getOrDefault(name, name);
            return catalogue.find(named).map(Unit::name).orElse(named);
        });
        PlanContentCheck.requireValid(revised);
        if (earlier.isEmpty() && derivedUnitNames.isPresent()) {
            // a county's plan derived before derivations were kept: its units were given by the county, not by the
            // city's plan, so the city's plan is taken for the tree and texts and the county's for who does what
            reference = withAssignmentsOf(current, revised);
        }
        // with no earlier document, the stored plan stands for it: every difference is the revision's
        PlanMerge.Result merge = PlanMerge.merge(Optional.of(reference), Optional.of(current), revised, choices);
        return new Preview(sourceName, current, merge, earlier.isPresent(), reportedGone(current, merge),
                deadlines(reference, current, revised, merge.merged(), given), PlanData.source(revised),
                Map.copyOf(accepted), derivedUnitNames, auditLastId, given);
    }

    /** The plan with each node's units as the other plan's node of the same id names them (where it has one). */
    private static PlanDocument withAssignmentsOf(PlanDocument plan, PlanDocument other) {
        Map<UUID, PlanNode> others = nodes(other);
        return new PlanDocument(plan.plan(), plan.goalIndicators(),
                plan.sections().stream().map(section -> withAssignmentsOf(section, others)).toList());
    }

    private static PlanNode withAssignmentsOf(PlanNode node, Map<UUID, PlanNode> others) {
        PlanNode other = others.get(node.id());
        return new PlanNode(node.id(), node.kind(), node.label(), node.title(), node.text(),
                other == null ? node.assignments() : other.assignments(), node.indicators(),
                node.children().stream().map(child -> withAssignmentsOf(child, others)).toList(), node.rowVersion());
    }

    /**
     * The revision as reviewed, with the user's choices of its conflicts: merged again, and applied only if the plan
     * has not changed since the review was read (its changes were not in what the user saw).
     */
    public Preview chosen(Preview reviewed, ParseReport report, Map<UUID, PlanMerge.Choice> choices,
                          List<AliasSuggestion> aliases) {
        return asReviewed(inspect(reviewed.current(), report, choices, aliases), reviewed);
    }

    /** {@link #chosen} for a county's plan derived again. */
    public Preview chosenDerived(Preview reviewed, PlanDocument derived, Map<UUID, PlanMerge.Choice> choices) {
        return asReviewed(inspect(reviewed.current(), reviewed.fileName(), derived, choices, Map.of(),
                Optional.of(reviewed.derivedUnitNames().orElseThrow()), reviewed.givenDeadlines()), reviewed);
    }

    private static Preview asReviewed(Preview again, Preview reviewed) {
        return new Preview(again.fileName(), again.current(), again.merge(), again.earlierKept(), again.reportedGone(),
                again.deadlines(), again.source(), again.aliases(), again.derivedUnitNames(), reviewed.auditLastId(),
                again.givenDeadlines());
    }

    /**
     * Applies a revision as previewed: a backup of the database first, then everything in one transaction.
     *
     * @param removeReported the user confirmed that tasks with progress reports go, with their reports
     * @throws UserFacingException if such tasks would go and the user did not confirm it
     */
    public Revised apply(Preview preview, boolean removeReported) {
        return apply(preview, removeReported, true);
    }

    /**
     * {@link #apply(Preview, boolean)}, the backup left to the caller when {@code backUp} is false (one backup before
     * a batch of updates, rather than one an update).
     */
    public Revised apply(Preview preview, boolean removeReported, boolean backUp) {
        if (!preview.reportedGone().isEmpty() && !removeReported) {
            throw new UserFacingException(preview.derivedUnitNames().isPresent() ? "plan.derive.reportedGone"
                    : "plan.revise.reportedGone", preview.reportedGone().size(),
                    String.join("、", preview.reportedGone()));
        }
        if (preview.changesNothing()) {
            return new Revised(Optional.empty(), new PlanRepository.Revised(0, 0, 0));
        }
        Optional<Path> backup = backUp ? Backups.beforeImport(database) : Optional.empty();
        return new Revised(backup, plans.revise(preview.merge().merged(), preview.deadlines(), preview.aliases(),
                preview.source(), preview.fileName(), preview.auditLastId(), preview.derivedUnitNames(),
                applied -> Messages.get(preview.derivedUnitNames().isPresent() ? "audit.summary.rederived"
                                : "audit.summary.revision", preview.fileName(), applied.inserted(),
                        applied.updated(), applied.deleted())));
    }

    /** What the merge removes that holds what the office recorded since ({@link RecordedWork}). */
    private List<String> reportedGone(PlanDocument current, PlanMerge.Result merge) {
        return RecordedWork.of(database, current.plan().id()).gone(current, merge.merged());
    }

    /**
     * The deadlines the revision changes: of a node whose text the merge takes from the revision, the one its new
     * text gives, where the deadline here is the one its earlier text gave (none, or found there) — a deadline set
     * by hand stays; of a node the revision adds, the one its source gave it ({@code given}: the city's deadline of
     * the task a county's new task was derived from), else the one its text gives.
     */
    private Map<UUID, Optional<Deadline>> deadlines(PlanDocument reference, PlanDocument current,
                                                    PlanDocument revised, PlanDocument merged,
                                                    Map<UUID, Deadline> given) {
        Map<UUID, Deadline> stored = new ProgressRepository(database).deadlines(current.plan().id());
        Map<UUID, PlanNode> before = nodes(reference);
        Map<UUID, PlanNode> here = nodes(current);
        Map<UUID, PlanNode> after = nodes(revised);
        Optional<PlanPeriod> period = merged.plan().period();
        Map<UUID, Optional<Deadline>> changed = new LinkedHashMap<>();
        merged.forEachNode(node -> {
            PlanNode revisedNode = after.get(node.id());
            if (!(node.kind().isItem() || node.kind().isTask()) || revisedNode == null
                    || !revisedNode.text().equals(node.text()) || !revisedNode.title().equals(node.title())) {
                return;
            }
            Optional<Deadline> found = found(node, period);
            Optional<Deadline> now = Optional.ofNullable(stored.get(node.id()));
            if (!here.containsKey(node.id())) {
                // a node new here: the deadline its source gave it (the city's, for a county's plan derived), else
                // the one its text gives
                Optional<Deadline> added = Optional.ofNullable(given.get(node.id())).or(() -> found);
                added.ifPresent(deadline -> changed.put(node.id(), added));
                return;
            }
            PlanNode earlier = before.getOrDefault(node.id(), here.get(node.id()));
            if (now.equals(found(earlier, period)) && !now.equals(found)) {
                changed.put(node.id(), found);
            }
        });
        return changed;
    }

    private static Optional<Deadline> found(PlanNode node, Optional<PlanPeriod> period) {
        return DeadlineWording.find(node.title() + "\n" + node.text(), period);
    }

    private static Map<UUID, PlanNode> nodes(PlanDocument plan) {
        Map<UUID, PlanNode> nodes = new HashMap<>();
        plan.forEachNode(node -> nodes.put(node.id(), node));
        return nodes;
    }
}
