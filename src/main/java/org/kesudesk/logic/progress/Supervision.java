package org.kesudesk.logic.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.documents.NoticeHeader;
import org.kesudesk.documents.SupervisionLetter;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.Unit;

/**
 * 督办: which units are written to after a round, and what each letter says. A unit is written to for its tasks
 * whose light is red (past due, not done) or yellow (due soon and not done, or reported 滞后) on the day, and for
 * those past due or due soon on which it has not reported at all ({@link org.kesudesk.model.StatusLight#toChase});
 * a unit with none gets no letter.
 */
public final class Supervision {

    private final ProgressTracking tracking;
    private final Optional<Chases> chases;

    /** Letters that say nothing of earlier chases. */
    public Supervision(ProgressTracking tracking) {
        this.tracking = tracking;
        this.chases = Optional.empty();
    }

    /** Letters that say how the office chased each unit in the round before (its 催办记录). */
    public Supervision(ProgressTracking tracking, Chases chases) {
        this.tracking = tracking;
        this.chases = Optional.of(chases);
    }

    /** The longest 文号 a letter takes (齐政办发〔2022〕16号 is 13 characters). */
    public static final int DOC_NUMBER_LENGTH = 50;

    /** Days units have to reply unless told: a week. */
    public static final int DEFAULT_REPLY_DAYS = 7;

    /** The longest name of the office that sends the letters (a unit's name is at most 64 characters). */
    public static final int ISSUER_LENGTH = 64;

    /**
     * The letters' 版头, 署名 and 版记: the plan's issuer (its 发文机关标志 and 印发机关), the day as 成文日期 and 印发日期,
     * the 文号 as given (empty: the clerk writes it in), no 抄送.
     */
    public static NoticeHeader header(PlanDocument plan, LocalDate today, String docNumber) {
        return header(plan, today, docNumber, Optional.empty());
    }

    /**
     * The letters' header as {@link #header(PlanDocument, LocalDate, String)}, sent by the office named instead of
     * the plan's issuer if one is (the 纲要办 chases the units in its own name, 齐齐哈尔市全民科学素质工作领导小组办公室):
     * its 发文机关标志, 署名 and 印发机关.
     */
    public static NoticeHeader header(PlanDocument plan, LocalDate today, String docNumber, Optional<String> issuer) {
        return header(plan, today, docNumber, issuer, org.kesudesk.model.UnitLiaison.NONE);
    }

    /**
     * The letters' header as {@link #header(PlanDocument, LocalDate, String, Optional)}, with whom the units are to
     * call as its 附注 under the date — （联系人：李四，联系电话：0452-2412345） — if the office named anyone.
     */
    public static NoticeHeader header(PlanDocument plan, LocalDate today, String docNumber, Optional<String> issuer,
                                      org.kesudesk.model.UnitLiaison contact) {
        String number = checked(docNumber, DOC_NUMBER_LENGTH, "progress.supervision.error.docNumber");
        Optional<String> sender = issuer.map(Supervision::issuerName).filter(name -> !name.isEmpty());
        NoticeHeader plans = NoticeHeader.of(plan.plan());
        String date = NoticeHeader.chineseDate(today);
        String masthead = NoticeHeader.mastheadOf(sender.orElse(plans.signature()),
                org.kesudesk.model.PlanNotice.isLetter(number, ""));
        return new NoticeHeader(masthead, number, "", "", "",
                sender.orElse(plans.signature()), date, contactLine(contact), "", sender.orElse(plans.printedBy()),
                date + Messages.get("documents.printed"));
    }

    /** The contact as the letters' 附注 words it, without its brackets ("" if none). */
    static String contactLine(org.kesudesk.model.UnitLiaison contact) {
        if (contact.person().isEmpty() || contact.phone().isEmpty()) {
            return contact.person().isEmpty() && contact.phone().isEmpty() ? ""
                    : contact.person().isEmpty() ? Messages.get("documents.supervision.contactPhone", contact.phone())
                    : Messages.get("documents.supervision.contactPerson", contact.person());
        }
        return Messages.get("documents.supervision.contact", contact.person(), contact.phone());
    }

    /** The name of the office sending the letters as typed, as it is stored and printed, or refused saying why. */
    public static String issuerName(String typed) {
        return checked(typed, ISSUER_LENGTH, "progress.supervision.error.issuer");
    }

    /** A name typed for the letters (a 文号, the sending office), as stored, or refused saying why. */
    private static String checked(String typed, int maxLength, String errorKey) {
        String name = org.kesudesk.model.TextRules.typedName(typed);
        if (!name.isEmpty()) {
            org.kesudesk.model.TextRules.nameProblem(name, maxLength).ifPresent(problem -> {
                throw new UserFacingException(errorKey,
                        org.kesudesk.l10n.ContentMessages.problem(problem, maxLength).text());
            });
        }
        return name;
    }

    /**
     * A unit to chase in a round: how many of its tasks are to be chased (red or yellow, or past due or due soon and
     * not reported on) and how many of those it has not reported on at all.
     */
    public record ToChase(Unit unit, int tasks, int unreported) {
    }

    /** The units to chase on the day, in the order they first appear in the plan: those the letters go to. */
    public List<ToChase> toChase(PlanDocument plan, ReportingRound round, LocalDate today) {
        Map<UUID, Unit> units = new LinkedHashMap<>();
        Map<UUID, int[]> counts = new java.util.HashMap<>();
        for (ProgressTracking.Row row : tracking.rows(plan, round, today)) {
            if (row.toChase()) {
                units.putIfAbsent(row.unit().id(), row.unit());
                int[] count = counts.computeIfAbsent(row.unit().id(), id -> new int[2]);
                count[0]++;
                count[1] += row.report().isEmpty() ? 1 : 0;
            }
        }
        List<ToChase> chased = new ArrayList<>();
        units.forEach((id, unit) -> chased.add(new ToChase(unit, counts.get(id)[0], counts.get(id)[1])));
        return chased;
    }

    /**
     * How the letter says the office chased the unit before (此前已于12月3日电话催办、12月5日发督办通知单。), or "" if it
     * did not: every chase of the round but a letter noted that day (the letter being written).
     */
    static String chasedBefore(List<org.kesudesk.model.ChaseRecord> chases, LocalDate today) {
        List<String> times = chases.stream()
                .filter(chase -> !(chase.means() == org.kesudesk.model.ChaseMeans.LETTER
                        && chase.chasedOn().equals(today)))
                .map(Chases::dayAndWay).toList();
        return times.isEmpty() ? "" : Messages.get("documents.supervision.chased", String.join("、", times));
    }

    /**
     * The letters of a round for the day, one for each unit with tasks to chase (in the order the units first
     * appear in the plan), or for the named unit only.
     *
     * @param replyBy the day units are to reply by
     * @throws UserFacingException if the named unit has no task in the plan, or no task to chase
     */
    public List<SupervisionLetter> letters(PlanDocument plan, ReportingRound round, LocalDate today,
                                           LocalDate replyBy, Optional<String> unit) {
        return lettersTo(plan, round, today, replyBy, unit).letters();
    }

    /** The letters of a round and the units they go to, each unit beside its own letter. */
    public record Letters(List<SupervisionLetter> letters, List<Unit> units) {
        public Letters {
            letters = List.copyOf(letters);
            units = List.copyOf(units);
        }
    }

    /** The letters of a round to the city's counties' offices and the counties they go to, each beside its own. */
    public record CountyLetters(List<SupervisionLetter> letters, List<org.kesudesk.model.Region> counties) {
        public CountyLetters {
            letters = List.copyOf(letters);
            counties = List.copyOf(counties);
        }
    }

    /**
     * The letters of a city's round to its counties' offices (富裕县纲要办), one for each county with tasks to chase
     * in its own plan (in the counties' order), or for the named county only: the city's tasks on which the county's
     * units are red or yellow, or past due or due soon and silent, in the county's own round, with the county's
     * standing on each (推进中、滞后（2/5）) and who there has not reported.
     *
     * @throws UserFacingException beside a plan without counties' plans here, or if the named county has no plan
     *                             here or nothing to chase
     */
    public CountyLetters countyLetters(PlanDocument city, ReportingRound round, LocalDate today, LocalDate replyBy,
                                       Optional<String> county) {
        return countyLetters(city, round, today, replyBy, county, tracking.supervisionIssuer());
    }

    /**
     * {@link #countyLetters(PlanDocument, ReportingRound, LocalDate, LocalDate, Optional)} sent in the name of
     * {@code sender} (the city's 纲要办, as the letters' header names it): each county's office is addressed by the
     * same name with the county in the city's place ({@link ProgressTracking#countyOfficeName}).
     */
    public CountyLetters countyLetters(PlanDocument city, ReportingRound round, LocalDate today, LocalDate replyBy,
                                       Optional<String> county, Optional<String> sender) {
        Map<UUID, String> named = taskNames(city).named();
        Map<UUID, org.kesudesk.model.Region> counties = new LinkedHashMap<>();
        Map<UUID, List<SupervisionLetter.Entry>> entries = new LinkedHashMap<>();
        boolean countyFound = lateInCounties(city, round, today, county, late -> {
            counties.putIfAbsent(late.standing().county().id(), late.standing().county());
            entries.computeIfAbsent(late.standing().county().id(), id -> new ArrayList<>()).add(
                    new SupervisionLetter.Entry(named.getOrDefault(late.task().id(), late.task().title()),
                            late.row().deadline().map(ProgressTracking::deadlineName).orElse(""),
                            late.standing().statusesReported(), late.standing().reportedLine() + "。"));
        });
        if (!countyFound) {
            throw county.map(name -> new UserFacingException("progress.supervision.error.noSuchCounty", name.strip()))
                    .orElseGet(() -> new UserFacingException("progress.supervision.error.noCounties"));
        }
        if (county.isPresent() && entries.isEmpty()) {
            throw new UserFacingException("progress.supervision.error.nothingLate", county.get().strip(),
                    round.name());
        }
        Map<UUID, List<org.kesudesk.model.ChaseRecord>> chased = chases.map(found -> found.byCounty(round))
                .orElse(Map.of());
        List<SupervisionLetter> letters = new ArrayList<>();
        counties.forEach((id, region) -> letters.add(new SupervisionLetter(
                tracking.countyOfficeName(region, sender), round.name(),
                city.plan().name().strip(), entries.get(id), NoticeHeader.chineseDate(replyBy),
                chasedBefore(chased.getOrDefault(id, List.of()), today),
                Messages.get("documents.supervision.toCounty", region.countyLevel()))));
        return new CountyLetters(letters, List.copyOf(counties.values()));
    }

    /** A city's task a county is to be chased on: the county's standing on it and its first row to chase. */
    private record LateInCounty(org.kesudesk.model.PlanNode task, CountyTasks.Standing standing,
                                ProgressTracking.Row row) {
    }

    /**
     * Each city task a county (or the one named, by code or name) is to be chased on in its own plan, in its round
     * answering the city's round, in the plan's order; whether any county (the one named) has a plan here.
     */
    private boolean lateInCounties(PlanDocument city, ReportingRound round, LocalDate today, Optional<String> county,
                                   java.util.function.Consumer<LateInCounty> late) {
        boolean countyFound = false;
        List<org.kesudesk.model.PlanNode> tasks = new ArrayList<>();
        city.forEachNode(node -> {
            if (node.kind().isTask()) {
                tasks.add(node);
            }
        });
        Map<UUID, List<CountyTasks.Standing>> byTask = tracking.countyTasks().byTask(city, Optional.of(round), today);
        for (org.kesudesk.model.PlanNode task : tasks) {
            for (CountyTasks.Standing standing : byTask.getOrDefault(task.id(), List.of())) {
                org.kesudesk.model.Region region = standing.county();
                if (county.isPresent() && !region.name().equals(county.get().strip())
                        && !region.code().equals(county.get().strip())) {
                    continue;
                }
                countyFound = true;
                standing.rows().stream().filter(ProgressTracking.Row::toChase).findFirst()
                        .ifPresent(row -> late.accept(new LateInCounty(task, standing, row)));
            }
        }
        return countyFound;
    }

    /**
     * A county's office to chase in a round: how many of the city's tasks it is to be chased on in its own plan, and
     * on how many of those none of its units has reported.
     */
    public record CountyToChase(org.kesudesk.model.Region county, int tasks, int unreported) {
    }

    /**
     * Beside a city's own plan, the counties' offices to chase in the city's round on the day (those the letters to
     * counties would go to), in the counties' order; none beside any other plan.
     */
    public List<CountyToChase> countiesToChase(PlanDocument city, ReportingRound round, LocalDate today) {
        Map<UUID, org.kesudesk.model.Region> counties = new LinkedHashMap<>();
        Map<UUID, int[]> counts = new java.util.HashMap<>();
        lateInCounties(city, round, today, Optional.empty(), late -> {
            org.kesudesk.model.Region region = late.standing().county();
            counties.putIfAbsent(region.id(), region);
            int[] count = counts.computeIfAbsent(region.id(), id -> new int[2]);
            count[0]++;
            count[1] += late.standing().reported() == 0 ? 1 : 0;
        });
        List<CountyToChase> chased = new ArrayList<>();
        counties.forEach((id, region) -> chased.add(new CountyToChase(region, counts.get(id)[0], counts.get(id)[1])));
        return chased;
    }

    /**
     * How a letter names a plan's tasks: by title and the action or project it is under (its own number is the
     * letter's); to a unit leading the task as its 责任清单 says it, …（牵头）（属于…）.
     */
    private record TaskNames(Map<UUID, String> named, Map<UUID, String> namedToLead) {
    }

    private static TaskNames taskNames(PlanDocument plan) {
        Map<UUID, String> named = new java.util.HashMap<>();
        Map<UUID, String> namedToLead = new java.util.HashMap<>();
        String leading = Messages.get("documents.unitList.leading");
        for (org.kesudesk.model.PlanNode item : plan.items()) {
            String itemName = plan.itemHeading(item);
            String under = Messages.get("documents.unitList.under", itemName);
            item.forEachNode(node -> {
                named.put(node.id(), node.title() + under);
                namedToLead.put(node.id(), node.title() + leading + under);
            });
            // an item that is its own task is named by its number and title alone
            item.ownTask().ifPresent(own -> {
                named.put(own.id(), itemName);
                namedToLead.put(own.id(), itemName + leading);
            });
        }
        return new TaskNames(named, namedToLead);
    }

    /**
     * The letters as {@link #letters}, with the units they go to (the units to note as chased by them): worked out
     * once, from the round's rows.
     */
    public Letters lettersTo(PlanDocument plan, ReportingRound round, LocalDate today, LocalDate replyBy,
                             Optional<String> unit) {
        TaskNames taskNames = taskNames(plan);
        Map<UUID, String> named = taskNames.named();
        Map<UUID, String> namedToLead = taskNames.namedToLead();
        Map<UUID, Unit> units = new LinkedHashMap<>();
        Map<UUID, List<SupervisionLetter.Entry>> entries = new LinkedHashMap<>();
        boolean unitFound = false;
        for (ProgressTracking.Row row : tracking.rows(plan, round, today)) {
            if (unit.isPresent() && !row.unit().name().equals(unit.get().strip())) {
                continue;
            }
            unitFound = true;
            if (!row.toChase()) {
                continue;
            }
            units.putIfAbsent(row.unit().id(), row.unit());
            Map<UUID, String> names = row.task().isLedBy(row.unit()) ? namedToLead : named;
            entries.computeIfAbsent(row.unit().id(), id -> new ArrayList<>()).add(new SupervisionLetter.Entry(
                    names.getOrDefault(row.task().id(), row.task().title()),
                    row.deadline().map(ProgressTracking::deadlineName).orElse(""),
                    row.report().map(report -> ProgressTracking.statusName(report.status()))
                            .orElse(Messages.get("documents.supervision.noReport")),
                    row.report().map(report -> report.progress()).orElse("")));
        }
        if (unit.isPresent() && !unitFound) {
            throw new UserFacingException("progress.supervision.error.noSuchUnit", unit.get().strip());
        }
        if (unit.isPresent() && entries.isEmpty()) {
            throw new UserFacingException("progress.supervision.error.nothingLate", unit.get().strip(), round.name());
        }
        Map<UUID, List<org.kesudesk.model.ChaseRecord>> chased = chases.map(found -> found.byUnit(round))
                .orElse(Map.of());
        List<SupervisionLetter> letters = new ArrayList<>();
        units.forEach((id, u) -> letters.add(new SupervisionLetter(u.name(), round.name(), plan.plan().name().strip(),
                entries.get(id), NoticeHeader.chineseDate(replyBy),
                chasedBefore(chased.getOrDefault(id, List.of()), today))));
        return new Letters(letters, List.copyOf(units.values()));
    }
}
