package org.kesudesk.logic.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kesudesk.l10n.ContentMessages;
import org.kesudesk.l10n.Messages;
import org.kesudesk.l10n.UserFacingException;
import org.kesudesk.model.ChaseMeans;
import org.kesudesk.model.ChaseRecord;
import org.kesudesk.model.ContentLimits;
import org.kesudesk.model.Ids;
import org.kesudesk.model.PlanDocument;
import org.kesudesk.model.Region;
import org.kesudesk.model.ReportingRound;
import org.kesudesk.model.TextRules;
import org.kesudesk.model.Unit;
import org.kesudesk.store.ChaseRepository;
import org.kesudesk.store.Database;

/**
 * 催办记录: each time the office chased a unit for its reports in a round — noted (checked here), listed, removed
 * when noted by mistake, and summed up per unit for the 进展 tab, the 催办名单 and the 通报.
 */
public final class Chases {

    private final ChaseRepository store;

    public Chases(Database database) {
        this.store = new ChaseRepository(database);
    }

    /** A chase as the clerk typed it: the day, how, whom it reached, what they said, the day they promised. */
    public record Entry(LocalDate chasedOn, ChaseMeans means, String person, String answer,
                        Optional<LocalDate> promised) {
    }

    /** The records of a round, oldest first. */
    public List<ChaseRecord> chases(ReportingRound round) {
        return store.chases(round.id());
    }

    /** The records of a round by unit, each unit's oldest first (a unit never chased is not in the map). */
    public Map<UUID, List<ChaseRecord>> byUnit(ReportingRound round) {
        return byUnit(chases(round));
    }

    /** The records by unit, each unit's in the order given. */
    public static Map<UUID, List<ChaseRecord>> byUnit(List<ChaseRecord> chases) {
        Map<UUID, List<ChaseRecord>> byUnit = new LinkedHashMap<>();
        chases.forEach(chase -> byUnit.computeIfAbsent(chase.chasedId(), id -> new ArrayList<>()).add(chase));
        return byUnit;
    }

    /**
     * Checks and stores a chase of a unit in a round of the plan.
     *
     * @param today the day it is noted on: a chase is of a day past or today, and a promise of a day not before
     *              the chase
     * @return the record stored (to remove it, or for an undo)
     * @throws UserFacingException saying what is wrong: the round closed, the unit with no task in the plan, a day
     *                             to come, a promise before the chase, a name or answer that
     *                             is none
     */
    public ChaseRecord record(PlanDocument plan, ReportingRound round, Unit unit, Entry entry, String recordedBy,
                              LocalDate today) {
        ChaseRecord chase = checked(plan, round, unit, entry, recordedBy, today);
        store.record(chase, summary(round, unit));
        return chase;
    }

    /** The record a chase typed would be, checked as {@link #record} checks it, not stored. */
    public static ChaseRecord checked(PlanDocument plan, ReportingRound round, Unit unit, Entry entry,
                                      String recordedBy, LocalDate today) {
        return checked(plan, plan.unitsCarryingOutTasks(), round, unit, entry, recordedBy, today);
    }

    /**
     * {@link #checked(PlanDocument, ReportingRound, Unit, Entry, String, LocalDate)} for one of many chases (a list's
     * rows): the plan's units that carry out a task ({@link PlanDocument#unitsCarryingOutTasks}) worked out once.
     */
    public static ChaseRecord checked(PlanDocument plan, java.util.Set<UUID> carryingUnits, ReportingRound round,
                                      Unit unit, Entry entry, String recordedBy, LocalDate today) {
        if (!round.planId().equals(plan.plan().id())) {
            throw new IllegalArgumentException("the round is another plan's");
        }
        if (!round.isOpen()) {
            throw new UserFacingException("progress.chase.error.roundClosed", round.name());
        }
        if (!carryingUnits.contains(unit.id())) {
            throw new UserFacingException("progress.chase.error.noTask", unit.name(), plan.plan().name().strip());
        }
        return checkedEntry(round, unit.id(), entry, recordedBy, today);
    }

    /** The record of a chase of a unit or a county in an open round: its days, person and answer checked. */
    private static ChaseRecord checkedEntry(ReportingRound round, UUID chasedId, Entry entry, String recordedBy,
                                            LocalDate today) {
        datesProblem(entry.chasedOn(), entry.promised(), today).ifPresent(problem -> {
            throw problem;
        });
        String person = TextRules.typedName(entry.person());
        String answer = TextRules.normalizedText(entry.answer() == null ? "" : entry.answer().strip());
        ChaseRecord chase = new ChaseRecord(Ids.newId(), round.id(), chasedId, entry.chasedOn(), entry.means(),
                person, answer, entry.promised(), recordedBy,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        chase.personProblem().ifPresent(problem -> {
            throw new UserFacingException("progress.chase.error.person",
                    ContentMessages.problem(problem, ContentLimits.PERSON_NAME).text());
        });
        chase.answerProblem().ifPresent(problem -> {
            throw new UserFacingException("progress.chase.error.answer",
                    ContentMessages.problem(problem, ChaseRecord.ANSWER_LENGTH).text());
        });
        return chase;
    }

    /** A city's chases of its counties' offices in a round, by county, each county's oldest first. */
    public Map<UUID, List<ChaseRecord>> byCounty(ReportingRound round) {
        return byUnit(store.countyChases(round.id()));
    }

    /**
     * Checks and stores a chase of a county's office (its 纲要办) by the city, in a round of the city's own plan: the
     * rules of a unit's chase, the county one with a plan beside the city's ({@link ProgressTracking#countyPlans}).
     *
     * @return the record stored (to remove it, or for an undo)
     */
    public ChaseRecord recordCounty(PlanDocument cityPlan, ReportingRound round, Region county,
                                    List<ProgressTracking.CountyPlan> countyPlans, Entry entry, String recordedBy,
                                    LocalDate today) {
        ChaseRecord chase = checkedCounty(cityPlan, round, county, countyPlans, entry, recordedBy, today);
        store.recordCounty(chase, countySummary(round, county));
        return chase;
    }

    /**
     * The record of a chase of a county's office in a round of the city's own plan, checked as
     * {@link #recordCounty} checks it; nothing stored.
     */
    public static ChaseRecord checkedCounty(PlanDocument cityPlan, ReportingRound round, Region county,
                                            List<ProgressTracking.CountyPlan> countyPlans, Entry entry,
                                            String recordedBy, LocalDate today) {
        if (!round.planId().equals(cityPlan.plan().id())) {
            throw new IllegalArgumentException("the round is another plan's");
        }
        if (!round.isOpen()) {
            throw new UserFacingException("progress.chase.error.roundClosed", round.name());
        }
        if (countyPlans.stream().noneMatch(countyPlan -> countyPlan.county().id().equals(county.id()))) {
            throw new UserFacingException("progress.chase.error.noCountyPlan", county.name(),
                    cityPlan.plan().name().strip());
        }
        return checkedEntry(round, county.id(), entry, recordedBy, today);
    }

    /**
     * Stores a 催办名单's answers, its units' and its counties' offices' chases, in one transaction, all or none (or
     * puts them back: a redo).
     */
    public void recordAll(ReportingRound round, List<ChaseRecord> chases, Map<UUID, Unit> units,
                          List<ChaseRecord> countyChases, Map<UUID, Region> counties) {
        store.recordAll(chases, chase -> summary(round, units.get(chase.chasedId())), countyChases,
                chase -> countySummary(round, counties.get(chase.chasedId())));
    }

    /** Takes back a 催办名单's answers noted (an undo), all or none. */
    public void removeAll(ReportingRound round, List<ChaseRecord> chases, Map<UUID, Unit> units,
                          List<ChaseRecord> countyChases, Map<UUID, Region> counties) {
        store.removeAll(chases, chase -> summary(round, units.get(chase.chasedId())), countyChases,
                chase -> countySummary(round, counties.get(chase.chasedId())));
    }

    /** Removes a county's record (noted by mistake, or an undo). */
    public void removeCounty(ChaseRecord chase, ReportingRound round, Region county) {
        store.removeCounty(chase, countySummary(round, county));
    }

    /** Puts a county's removed record back (an undo). */
    public void restoreCounty(ChaseRecord chase, ReportingRound round, Region county) {
        store.recordCounty(chase, countySummary(round, county));
    }

    /**
     * A county's 纲要办 as clerks name it (富裕县纲要办): whom a city chases there, in its lists, dialogs and records,
     * and how a 催办名单's row names it when read back.
     */
    public static String countyOffice(Region county) {
        return Messages.get("progress.chase.countyOffice", county.name());
    }

    /** How the audit log and the 撤销 menu name a county's chase: 催办富裕县纲要办（2026年上半年）. */
    public static String countySummary(ReportingRound round, Region county) {
        return Messages.get("progress.chase.countySummary", county.name(), round.name());
    }

    /**
     * The letters of a round written on a day, noted as a chase of each unit written to (督办通知单) in one transaction:
     * one a unit a day — a unit with a letter noted that day already is left out (the letters written again); the
     * day the letters tell the units to reply by is noted as each chase's promised day.
     *
     * @return the records stored (none if every unit had one that day)
     * @throws UserFacingException if the round is closed
     */
    public List<ChaseRecord> recordLetters(ReportingRound round, List<Unit> units, LocalDate today,
                                           LocalDate replyBy, String recordedBy) {
        if (!round.isOpen()) {
            throw new UserFacingException("progress.chase.error.roundClosed", round.name());
        }
        Map<UUID, Unit> byId = new LinkedHashMap<>();
        List<ChaseRecord> letters = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        for (Unit unit : withoutLetterOn(today, units, chases(round))) {
            byId.put(unit.id(), unit);
            // the day the letter tells the unit to reply by stands as its promise: let pass, it is said so
            letters.add(new ChaseRecord(Ids.newId(), round.id(), unit.id(), today, ChaseMeans.LETTER, "", "",
                    Optional.of(replyBy), recordedBy, now));
        }
        store.recordAll(letters, chase -> summary(round, byId.get(chase.chasedId())));
        return letters;
    }

    /**
     * Notes the letters a city sent its counties' offices that day as chases of them, with the day they are to
     * reply by as their promise, all in one transaction; a county noted so that day already is not noted twice.
     *
     * @throws UserFacingException if the round is closed
     */
    public List<ChaseRecord> recordCountyLetters(ReportingRound round, List<Region> counties, LocalDate today,
                                                 LocalDate replyBy, String recordedBy) {
        if (!round.isOpen()) {
            throw new UserFacingException("progress.chase.error.roundClosed", round.name());
        }
        java.util.Set<UUID> written = new java.util.HashSet<>();
        for (ChaseRecord chase : store.countyChases(round.id())) {
            if (chase.means() == ChaseMeans.LETTER && chase.chasedOn().equals(today)) {
                written.add(chase.chasedId());
            }
        }
        Map<UUID, Region> byId = new LinkedHashMap<>();
        List<ChaseRecord> letters = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        for (Region county : counties) {
            if (written.add(county.id())) {
                byId.put(county.id(), county);
                letters.add(new ChaseRecord(Ids.newId(), round.id(), county.id(), today, ChaseMeans.LETTER, "", "",
                        Optional.of(replyBy), recordedBy, now));
            }
        }
        recordCounties(round, letters, byId);
        return letters;
    }

    /** Puts back letters to counties noted as chases (a redo), all or none. */
    public void recordCounties(ReportingRound round, List<ChaseRecord> chases, Map<UUID, Region> counties) {
        recordAll(round, List.of(), Map.of(), chases, counties);
    }

    /** Takes back letters to counties noted as chases (an undo), all or none. */
    public void removeCounties(ReportingRound round, List<ChaseRecord> chases, Map<UUID, Region> counties) {
        removeAll(round, List.of(), Map.of(), chases, counties);
    }

    /** The units written to that have no letter noted on the day among the chases (each unit once). */
    public static List<Unit> withoutLetterOn(LocalDate day, List<Unit> units, List<ChaseRecord> chases) {
        java.util.Set<UUID> written = new java.util.HashSet<>();
        for (ChaseRecord chase : chases) {
            if (chase.means() == ChaseMeans.LETTER && chase.chasedOn().equals(day)) {
                written.add(chase.chasedId());
            }
        }
        return units.stream().filter(unit -> written.add(unit.id())).toList();
    }

    /** Takes back letters noted as chases (an undo), all or none. */
    public void removeAll(ReportingRound round, List<ChaseRecord> chases, Map<UUID, Unit> units) {
        removeAll(round, chases, units, List.of(), Map.of());
    }

    /**
     * Stores checked records in one transaction, all or none: a 催办名单's answers imported, or chases taken back and
     * noted again (a redo).
     */
    public void recordAll(ReportingRound round, List<ChaseRecord> chases, Map<UUID, Unit> units) {
        recordAll(round, chases, units, List.of(), Map.of());
    }

    /**
     * What is wrong with a chase's days, if anything (the window says it as they are typed): a chase is of a day
     * past or today, and a promise of a day not before the chase.
     */
    public static Optional<UserFacingException> datesProblem(LocalDate chasedOn, Optional<LocalDate> promised,
                                                             LocalDate today) {
        if (chasedOn.isAfter(today)) {
            return Optional.of(new UserFacingException("progress.chase.error.future", chasedOn.toString()));
        }
        if (promised.isPresent() && promised.get().isBefore(chasedOn)) {
            return Optional.of(new UserFacingException("progress.chase.error.promised", promised.get().toString(),
                    chasedOn.toString()));
        }
        return Optional.empty();
    }

    /**
     * Removes a record (noted by mistake, or an undo).
     *
     * @throws org.kesudesk.store.ChangedByOthersException if someone else removed it meanwhile
     */
    public void remove(ChaseRecord chase, ReportingRound round, Unit unit) {
        store.remove(chase, summary(round, unit));
    }

    /** Puts a removed record back (an undo). */
    public void restore(ChaseRecord chase, ReportingRound round, Unit unit) {
        store.record(chase, summary(round, unit));
    }

    /** How the audit log and the 撤销 menu name a chase: 催办市教育局（2026年上半年）. */
    public static String summary(ReportingRound round, Unit unit) {
        return Messages.get("progress.chase.summary", unit.name(), round.name());
    }

    /** How a chase is done, as the user reads it: 电话, 短信、微信, 当面, 督办通知单, 其他. */
    public static String meansName(ChaseMeans means) {
        return Messages.get("progress.chase.means." + means.name());
    }

    /** A means as the user names it (its name or its code), or refused listing the names. */
    public static ChaseMeans means(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (ChaseMeans means : ChaseMeans.values()) {
            if (means.name().equalsIgnoreCase(text.replace('-', '_')) || meansName(means).equals(text)) {
                return means;
            }
        }
        throw new UserFacingException("progress.chase.error.means", text,
                String.join("、", java.util.Arrays.stream(ChaseMeans.values()).map(Chases::meansName).toList()));
    }

    /**
     * A chase on one line, as lists show it: 12月5日电话催办（张三）：分管领导出差，下周报送；承诺12月8日前报送.
     */
    public static String line(ChaseRecord chase) {
        StringBuilder line = new StringBuilder(dayAndWay(chase));
        if (!chase.person().isEmpty()) {
            line.append(Messages.get("progress.chase.line.person", chase.person()));
        }
        if (!chase.answer().isEmpty()) {
            line.append(Messages.get("progress.chase.line.answer", chase.answer().replace('\n', ' ')));
        }
        chase.promised().ifPresent(promised -> line.append(Messages.get(chase.means() == ChaseMeans.LETTER
                ? "progress.chase.line.required" : "progress.chase.line.promised", day(promised))));
        return line.toString();
    }

    /**
     * The chase whose promised day a unit let pass, if it did: the latest chase with a promise (of the unit, or a
     * letter's reply-by day), when that day is before today and the unit has still not reported everything.
     */
    public static Optional<ChaseRecord> promiseMissed(List<ChaseRecord> chases, boolean everythingReported,
                                                      LocalDate today) {
        if (everythingReported) {
            return Optional.empty();
        }
        Optional<ChaseRecord> latest = Optional.empty();
        for (ChaseRecord chase : chases) {
            if (chase.promised().isPresent()) {
                latest = Optional.of(chase);
            }
        }
        return latest.filter(chase -> chase.promised().orElseThrow().isBefore(today));
    }

    /**
     * A promise let pass, as the lists add it after the last chase: （承诺12月10日前报送，已逾期）, or for a letter's
     * reply-by day （要求12月14日前报送，已逾期）.
     */
    public static String promiseMissedNote(ChaseRecord chase) {
        return Messages.get(chase.means() == ChaseMeans.LETTER ? "progress.chase.requiredMissed"
                : "progress.chase.promiseMissed", day(chase.promised().orElseThrow()));
    }

    /** A chase's day and how, as a letter names it: 12月3日电话催办. */
    static String dayAndWay(ChaseRecord chase) {
        return Messages.get("progress.chase.line", day(chase.chasedOn()),
                Messages.get("progress.chase.way." + chase.means().name()));
    }

    /** A unit's chases in a few words: 已催办2次（最近12月5日）, "" if none. */
    public static String count(List<ChaseRecord> chases) {
        return chases.isEmpty() ? "" : Messages.get("progress.chase.count", chases.size(),
                day(chases.get(chases.size() - 1).chasedOn()));
    }

    /** A day as the lists write it: 12月5日. */
    static String day(LocalDate date) {
        return Messages.get("progress.chase.day", date.getMonthValue(), date.getDayOfMonth());
    }
}
